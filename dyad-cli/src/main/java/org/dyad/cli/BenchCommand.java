package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.doc.Article;
import org.dyad.doc.Document;
import org.dyad.events.EventStage;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.GeoStage;
import org.dyad.geo.Geoparser;
import org.dyad.geo.ToponymStage;
import org.dyad.io.ReutersReader;
import org.dyad.nlp.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: Dyad's pipeline, its --fast mode, and a plain CoreNLP pipeline (tokenize, ssplit, pos, lemma,
 * ner with CoreNLP's defaults, then the same parser on every sentence) over the same articles in one run, so the
 * ratios hold whatever the machine. Peak heap is given per mode (the baseline runs first and its models are let
 * go; the fast mode runs last, with the default mode's models still loaded).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure throughput on a Reuters-21578 folder or .sgm file: Dyad's pipeline, its --fast mode, then plain CoreNLP "
        + "on the same text.",
        "Prints articles/s, sentences/s, events/s, peak heap, how many of the default mode's events --fast finds, and the ratios "
        + "of each mode's sentences/s to CoreNLP's."})
public final class BenchCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--articles", defaultValue = "200", description = "Articles to process (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--warmup", defaultValue = "10", description = "Articles run through both pipelines before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--no-baseline", description = "Skip the plain CoreNLP run.")
  boolean noBaseline;

  @Option(names = "--no-fast", description = "Skip the --fast mode's run.")
  boolean noFast;

  @Option(names = "--geo", description = "Measure what geoparsing adds to 'dyad code': the coder without the geo stages, then "
      + "the toponym and geo stages on the same document, both timed per article.")
  boolean geo;

  @Parameters(paramLabel = "CORPUS", description = "Reuters-21578 folder or .sgm file.")
  Path corpus;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> docs = ReutersReader.read(corpus, articles + warmup);
    if (docs.size() <= warmup) throw new IOException(corpus + ": only " + docs.size() + " articles; need more than --warmup " + warmup);
    List<Article> warm = docs.subList(0, warmup);
    List<Article> timed = docs.subList(warmup, docs.size());
    if (geo) return geoOverhead(out, warm, timed);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("articles", timed.size());
    double baseSec = Double.NaN;
    int baseSentences = 0;
    if (!noBaseline) {
      // Plain CoreNLP as its users run it: its default NER (three models, numbers, SUTime, fine-grained labels),
      // then the same shift-reduce parser as Dyad's default on every sentence. Run first, and its models let go
      // before Dyad's are loaded, so that no run pays for another's models in its heap.
      StanfordCoreNLP plain = new StanfordCoreNLP(NlpModels.plainCoreNlpProperties());
      Annotator parser = new ParserAnnotator("parse", NlpModels.parserProperties());
      for (Article a : warm) baseline(plain, parser, a);
      long t1 = System.nanoTime();
      for (Article a : timed) baseSentences += baseline(plain, parser, a);
      baseSec = (System.nanoTime() - t1) / 1e9;
      r.put("baseline_seconds", round(baseSec));
      r.put("baseline_sentences", baseSentences);
      r.put("baseline_sentences_per_s", round(baseSentences / baseSec));
      StanfordCoreNLP.clearAnnotatorPool();
    }
    // The fast mode comes after the default one: its peak heap holds the default mode's models too, an upper bound.
    Run dyad = run(Coder.create(CoderOptions.defaults()), warm, timed);
    put(r, "", dyad);
    Run fastRun = null;
    if (!noFast) {
      fastRun = run(Coder.create(CoderOptions.defaults().withFast(true)), warm, timed);
      put(r, "fast_", fastRun);
      r.put("fast_speedup_vs_default", round(fastRun.sentencesPerSecond() / dyad.sentencesPerSecond()));
      r.put("fast_recall_of_default_events", round(overlap(dyad.events(), fastRun.events())));
      r.put("fast_precision_against_default_events", round(overlap(fastRun.events(), dyad.events())));
    }
    if (!noBaseline) {
      r.put("ratio", round(dyad.sentencesPerSecond() / (baseSentences / baseSec)));
      if (fastRun != null) r.put("fast_ratio", round(fastRun.sentencesPerSecond() / (baseSentences / baseSec)));
    }
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(r));
    } else {
      print(out, "dyad:", dyad);
      if (fastRun != null) {
        print(out, "fast:", fastRun);
        out.printf("          fast finds %.1f%% of the default mode's events; %.1f%% of its events are the default's too%n",
            100 * (double) r.get("fast_recall_of_default_events"), 100 * (double) r.get("fast_precision_against_default_events"));
      }
      if (!noBaseline) {
        out.printf("corenlp:  %d sentences in %.1f s: %.1f sentences/s (tokenize,ssplit,pos,lemma,ner with its defaults, then the "
            + "shift-reduce parse of every sentence)%n", baseSentences, baseSec, baseSentences / baseSec);
        out.printf("ratio:    default %.2fx plain CoreNLP's sentences/s%s%n", r.get("ratio"),
            fastRun == null ? "" : String.format(java.util.Locale.ROOT, "; fast %.2fx", r.get("fast_ratio")));
      }
    }
    out.flush();
    return 0;
  }

  /** One mode's timed run: throughput, peak heap since its warm-up, and the events, for comparing modes. */
  private record Run(int articles, int sentences, int errors, double seconds, long peakMb, List<String> events) {
    double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  private static Run run(Coder coder, List<Article> warm, List<Article> timed) {
    for (Article a : warm) coder.code(a);
    System.gc(); // what earlier runs left behind is not this run's peak
    resetPeaks();
    long t0 = System.nanoTime();
    int sentences = 0;
    int errors = 0;
    List<String> events = new java.util.ArrayList<>();
    for (Article a : timed) {
      CodedArticle c = coder.code(a);
      sentences += c.sentences();
      errors += c.errors().size();
      for (CodedEvent e : c.events()) {
        events.add(e.docId() + "/" + e.sentence() + " " + code(e.source()) + " " + code(e.target()) + " " + e.event().code());
      }
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    return new Run(timed.size(), sentences, errors, sec, peakHeapMb(), events);
  }

  private static String code(org.dyad.events.ActorRef a) {
    return a == null ? "-" : a.code();
  }

  private static int baseline(StanfordCoreNLP plain, Annotator parser, Article a) {
    Annotation ann = new Annotation(a.text());
    ann.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
    plain.annotate(ann);
    parser.annotate(ann);
    return ann.get(CoreAnnotations.SentencesAnnotation.class).size();
  }

  /** Share of {@code of}'s events (as a multiset) also found in {@code in}. */
  private static double overlap(List<String> of, List<String> in) {
    if (of.isEmpty()) return 1;
    Map<String, Integer> left = new java.util.HashMap<>();
    for (String e : in) left.merge(e, 1, Integer::sum);
    int hit = 0;
    for (String e : of) {
      Integer n = left.get(e);
      if (n != null && n > 0) {
        hit++;
        left.put(e, n - 1);
      }
    }
    return (double) hit / of.size();
  }

  private static void put(Map<String, Object> r, String prefix, Run run) {
    r.put(prefix + "sentences", run.sentences());
    r.put(prefix + "events", run.events().size());
    r.put(prefix + "errors", run.errors());
    r.put(prefix + "seconds", round(run.seconds()));
    r.put(prefix + "articles_per_s", round(run.articles() / run.seconds()));
    r.put(prefix + "sentences_per_s", round(run.sentencesPerSecond()));
    r.put(prefix + "events_per_s", round(run.events().size() / run.seconds()));
    r.put(prefix + "peak_heap_mb", run.peakMb());
  }

  private static void print(PrintWriter out, String label, Run run) {
    out.printf("%-9s %d articles, %d sentences, %d events in %.1f s: %.2f articles/s, %.1f sentences/s, %.2f events/s; peak heap %d MB%n",
        label, run.articles(), run.sentences(), run.events().size(), run.seconds(), run.articles() / run.seconds(),
        run.sentencesPerSecond(), run.events().size() / run.seconds(), run.peakMb());
  }

  /**
   * What the geo stages add to {@code dyad code}: each article goes through the coder without them, then through
   * the toponym and geo stages on the same document, each timed; so the two costs come from one run on the same
   * text, free of the drift that two separate runs on a shared machine would add. Prints total and median ratios.
   */
  private int geoOverhead(PrintWriter out, List<Article> warm, List<Article> timed) throws IOException {
    Coder without = Coder.create(CoderOptions.defaults(), false);
    long l0 = System.nanoTime();
    Geoparser parser = new Geoparser(Gazetteer.load());
    long loadNs = System.nanoTime() - l0;
    ToponymStage toponyms = new ToponymStage(parser);
    GeoStage geoStage = new GeoStage(parser.gazetteer());
    for (Article a : warm) geoOnce(without, toponyms, geoStage, a, new long[3]);
    long[] t = new long[3]; // code ns, geo ns, toponyms found
    double[] ratios = new double[timed.size()];
    for (int i = 0; i < timed.size(); i++) {
      long[] one = new long[3];
      geoOnce(without, toponyms, geoStage, timed.get(i), one);
      for (int k = 0; k < 3; k++) t[k] += one[k];
      ratios[i] = (double) one[1] / Math.max(1, one[0]);
    }
    java.util.Arrays.sort(ratios);
    double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2] : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("gazetteer_load_ms", round(loadNs / 1e6));
    r.put("articles", timed.size());
    r.put("toponyms", t[2]);
    r.put("code_seconds", round(t[0] / 1e9));
    r.put("geo_seconds", round(t[1] / 1e9));
    r.put("geo_ms_per_article", round(t[1] / 1e6 / timed.size()));
    r.put("overhead_total_pct", round(100.0 * t[1] / t[0]));
    r.put("overhead_median_article_pct", round(100 * median));
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(r));
    } else {
      out.printf("gazetteer: %d places loaded in %.0f ms%n", parser.gazetteer().size(), loadNs / 1e6);
      out.printf("code without geo: %.1f s; geo stages: %.2f s (%.1f ms per article, %d toponyms) over %d articles%n", t[0] / 1e9,
          t[1] / 1e9, t[1] / 1e6 / timed.size(), t[2], timed.size());
      out.printf("geo overhead: %.2f%% in total, %.2f%% for the median article%n", r.get("overhead_total_pct"),
          r.get("overhead_median_article_pct"));
    }
    out.flush();
    return 0;
  }

  private static void geoOnce(Coder without, ToponymStage toponyms, GeoStage geo, Article a, long[] t) {
    Document doc = new Document(a);
    long t0 = System.nanoTime();
    without.pipeline().run(doc);
    long t1 = System.nanoTime();
    if (!doc.rejected() && doc.has(EventStage.EVENTS)) {
      toponyms.process(doc);
      geo.process(doc);
      t[2] = doc.get(ToponymStage.TOPONYMS).list().size();
    }
    t[0] = t1 - t0;
    t[1] = System.nanoTime() - t1;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the live heap at its highest. */
  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum / (1024 * 1024);
  }
}
