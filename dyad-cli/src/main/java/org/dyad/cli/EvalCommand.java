package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.options.Bounds;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.eval.EvalReport;
import org.dyad.eval.Evaluator;
import org.dyad.eval.GoldReader;
import org.dyad.eval.GoldSet;
import org.dyad.eval.GeoEvaluator;
import org.dyad.eval.GeoGold;
import org.dyad.eval.PlvEvaluator;
import org.dyad.eval.PlvGoldReader;
import org.dyad.eval.PlvReport;
import org.dyad.eval.Score;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.Geoparser;
import org.dyad.nlp.NlpModels;
import org.dyad.options.DictionariesOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: precision, recall and F1 against gold event sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score Dyad against gold event data: PETRARCH validation XML (.xml), PLOVER GSR JSON (.json),",
        "the CAMEO codebook's example sentences (.csv: does each example yield its code, its root?), or a PLOVER",
        "sentence set (.csv with the header text,label,meta,context,source,target: PLOVER type P/R/F1, dyad recall,",
        "type precision by confidence band, recall per gold label; a set named *check* is read as totals only);",
        "geoparsing gold (TR-News.xml, GeoWebNews GWN.xml): accuracy within 161 km, AUC, median error, beside the",
        "plain population baseline.",
        "Per sentence, the multiset of (source, target, event) triples is compared at three levels for CAMEO gold",
        "(exact codes; country + event code; country + root) and two for PLOVER gold (country + PLOVER type; PLOVER type)."})
public final class EvalCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DictionariesOption dictionaries;

  @Option(names = "--show-errors", description = {"List every sentence coded wrongly, with expected and produced triples",
      "(on a PLOVER sentence set: gold spans and produced events; never on a check set)."})
  boolean showErrors;

  @Option(names = "--json", description = "Print the totals as one JSON object per gold file and mode (no sentences).")
  boolean json;

  @Option(names = "--threads", converter = Bounds.AtLeastOne.class, defaultValue = "2", description = "Sentences coded in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--fast", description = "Also score the --fast mode, beside the default, and print the difference.")
  boolean fast;

  @Option(names = "--half", paramLabel = "A|B", description = {"Score one half of each geoparsing gold set: A (CRC-32 of the",
      "document id even: the half rules may be written from) or B (odd: read as totals only, --show-errors lists nothing)."})
  GeoGold.Half half;

  private Evaluator ev;
  private Evaluator fastEv;
  private Geoparser geoparser;
  private GeoEvaluator geoEvaluator;
  private GeoEvaluator fastGeoEvaluator;

  @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold files.")
  List<Path> gold;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!DyadCommand.dictionariesUsable(dictionaries.dir(), spec.commandLine().getErr())) return DyadCommand.USAGE;
    // A gold file that is not there is said before the models load (half a minute), not after.
    for (Path g : gold) {
      if (!java.nio.file.Files.isRegularFile(g)) throw new java.nio.file.NoSuchFileException(g.toString());
      if (half != null && !GeoGold.recognises(g)) {
        spec.commandLine().getErr().println("dyad: --half splits geoparsing gold sets only (TR-News, GeoWebNews); " + g + " is not one");
        return DyadCommand.USAGE;
      }
    }
    Coder coder = Coder.create(CoderOptions.defaults().withDictionaries(dictionaries.dir()));
    DyadCommand.reportSkipped(coder, spec.commandLine().getErr());
    if (json && showErrors) spec.commandLine().getErr().println("dyad: --json prints totals only; --show-errors lists no sentences with it");
    ev = new Evaluator(coder, threads);
    Coder fastCoder = fast ? Coder.create(CoderOptions.defaults().withDictionaries(dictionaries.dir()).withFast(true)) : null;
    fastEv = fast ? new Evaluator(fastCoder, threads) : null;
    for (Path g : gold) {
      if (GeoGold.recognises(g)) geo(out, g);
      else if (PlvGoldReader.recognises(g)) plv(out, g, coder, fastCoder);
      else events(out, g);
      out.flush();
    }
    return 0;
  }

  /** A PLOVER sentence set: totals, then (tune sets only) the sentences coded wrongly. */
  private void plv(PrintWriter out, Path g, Coder coder, Coder fastCoder) throws IOException {
    var set = PlvGoldReader.read(g);
    PlvReport r = new PlvEvaluator(coder, threads).evaluate(set);
    PlvReport f = fastCoder == null ? null : new PlvEvaluator(fastCoder, threads).evaluate(set);
    if (json) {
      out.println(EvalJson.plv(r, "default"));
      if (f != null) out.println(EvalJson.plv(f, "fast"));
      return;
    }
    PlvPrinter.totals(out, r, f != null ? " (default mode)" : "");
    if (f != null) PlvPrinter.totals(out, f, " (--fast)");
    if (showErrors) PlvPrinter.errors(out, r);
  }

  /** Gold coded as (source, target, event) triples: PETRARCH XML, PLOVER GSR, the CAMEO codebook. */
  private void events(PrintWriter out, Path g) throws IOException {
    GoldSet set = GoldReader.read(g);
    EvalReport r = ev.evaluate(set);
    EvalReport f = fastEv == null ? null : fastEv.evaluate(set);
    String kind = set.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (json) {
      out.println(EvalJson.events(r, kind, "default"));
      if (f != null) out.println(EvalJson.events(f, kind, "fast"));
      return;
    }
    print(out, r, set, fast ? " (default mode)" : "");
    if (f != null) {
      print(out, f, set, " (--fast)");
      out.printf("  --fast minus default: sentences exactly right %+.1f points", 100 * (f.sentenceAccuracy() - r.sentenceAccuracy()));
      for (Score s : r.scores()) out.printf("; %s F1 %+.3f", s.level(), f.score(s.level()).f1() - s.f1());
      out.println();
    }
  }

  private void print(PrintWriter out, EvalReport r, GoldSet set, String mode) {
    out.printf("%s%s: %d sentences, %.1f%% coded exactly right%n", r.gold(), mode, r.sentences(), 100 * r.sentenceAccuracy());
    out.printf("  %-16s %9s %9s %9s %6s %6s %6s%n", "level", "precision", "recall", "F1", "tp", "fp", "fn");
    for (Score s : r.scores()) {
      out.printf("  %-16s %9.3f %9.3f %9.3f %6d %6d %6d%n", s.level(), s.precision(), s.recall(), s.f1(), s.truePositives(),
          s.falsePositives(), s.falseNegatives());
    }
    if (set.kind() == GoldSet.Kind.CODEBOOK) {
      out.printf("  examples yielding an event with the expected code: %.1f%%, with its root: %.1f%%%n",
          100 * r.score("code").recall(), 100 * r.score("root").recall());
    }
    if (showErrors) {
      for (EvalReport.Miss m : r.misses()) {
        out.printf("%n  [%s] %s%n    expected: %s%n    produced: %s%n", m.id(), m.text(), m.expected(), m.produced());
      }
    }
  }

  /** Geoparsing gold (TR-News, GeoWebNews): Dyad beside the plain population baseline. */
  private void geo(PrintWriter out, Path g) throws IOException {
    if (geoparser == null) geoparser = new Geoparser(Gazetteer.load());
    if (geoEvaluator == null) geoEvaluator = new GeoEvaluator(NlpModels.shared(), geoparser, threads);
    GeoGold gold = half == null ? GeoGold.read(g) : GeoGold.read(g).half(half);
    GeoEvaluator.Report r = geoEvaluator.evaluate(gold);
    out.printf("%s: %d articles, %d gold toponyms with coordinates, %d found%n", r.gold(), r.articles(), r.toponyms(), r.found());
    out.printf("  %-20s %12s %8s %12s%n", "system", "acc@161km", "AUC", "median km");
    List<GeoEvaluator.Result> rows = new java.util.ArrayList<>(List.of(r.dyad(), r.baseline()));
    if (fast) {
      if (fastGeoEvaluator == null) fastGeoEvaluator = new GeoEvaluator(NlpModels.shared(true), geoparser, threads);
      GeoEvaluator.Result f = fastGeoEvaluator.evaluate(gold).dyad();
      rows.add(1, new GeoEvaluator.Result(f.system() + " --fast", f.toponyms(), f.accuracy161(), f.auc(), f.medianKm()));
    }
    if (json) {
      out.println(EvalJson.geo(r, rows));
      return;
    }
    for (GeoEvaluator.Result x : rows) {
      out.printf("  %-20s %12.3f %8.3f %12.1f%n", x.system(), x.accuracy161(), x.auc(), x.medianKm());
    }
    if (showErrors && half == GeoGold.Half.B) out.println("  half B is read as totals only, so no toponyms are listed");
    else if (showErrors) r.misses().forEach(m -> out.println("  " + m));
    out.flush();
  }
}
