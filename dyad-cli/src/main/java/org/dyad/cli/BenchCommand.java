package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
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
 * {@code dyad bench}: the whole pipeline against a plain CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner,
 * parse with the same parser) over the same articles, in one run, so the ratio holds whatever the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure throughput on a Reuters-21578 folder or .sgm file: Dyad's pipeline, then plain CoreNLP on the same text.",
        "Prints articles/s, sentences/s, events/s, peak heap, and the ratio of Dyad's sentences/s to CoreNLP's."})
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
    Coder coder = Coder.create(CoderOptions.defaults());
    // The baseline runs the very same loaded annotators (tokenize…ner, then the parser on every sentence), so the
    // comparison measures what Dyad does differently, and the heap holds one copy of the models, not two.
    NlpModels models = NlpModels.shared();
    java.util.function.Consumer<Annotation> baseline = noBaseline ? null : ann -> {
      models.tagger().annotate(ann);
      models.parser().annotate(ann);
    };
    for (Article a : warm) {
      coder.code(a);
      if (baseline != null) baseline.accept(new Annotation(a.text()));
    }
    resetPeaks();
    long t0 = System.nanoTime();
    int sentences = 0;
    int events = 0;
    int errors = 0;
    for (Article a : timed) {
      CodedArticle c = coder.code(a);
      sentences += c.sentences();
      events += c.events().size();
      errors += c.errors().size();
    }
    double dyadSec = (System.nanoTime() - t0) / 1e9;
    long peakMb = peakHeapMb();
    double baseSec = Double.NaN;
    int baseSentences = 0;
    if (baseline != null) {
      long t1 = System.nanoTime();
      for (Article a : timed) {
        Annotation ann = new Annotation(a.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
        baseline.accept(ann);
        baseSentences += ann.get(CoreAnnotations.SentencesAnnotation.class).size();
      }
      baseSec = (System.nanoTime() - t1) / 1e9;
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("articles", timed.size());
    r.put("sentences", sentences);
    r.put("events", events);
    r.put("errors", errors);
    r.put("seconds", round(dyadSec));
    r.put("articles_per_s", round(timed.size() / dyadSec));
    r.put("sentences_per_s", round(sentences / dyadSec));
    r.put("events_per_s", round(events / dyadSec));
    r.put("peak_heap_mb", peakMb);
    if (baseline != null) {
      r.put("baseline_seconds", round(baseSec));
      r.put("baseline_sentences", baseSentences);
      r.put("baseline_sentences_per_s", round(baseSentences / baseSec));
      r.put("ratio", round((sentences / dyadSec) / (baseSentences / baseSec)));
    }
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(r));
    } else {
      out.printf("dyad:     %d articles, %d sentences, %d events in %.1f s: %.2f articles/s, %.1f sentences/s, %.2f events/s%n",
          timed.size(), sentences, events, dyadSec, timed.size() / dyadSec, sentences / dyadSec, events / dyadSec);
      out.printf("heap:     peak %d MB (after model loading and warm-up)%n", peakMb);
      if (baseline != null) {
        out.printf("corenlp:  %d sentences in %.1f s: %.1f sentences/s (tokenize,ssplit,pos,lemma,ner,parse)%n", baseSentences, baseSec,
            baseSentences / baseSec);
        out.printf("ratio:    %.2fx plain CoreNLP's sentences/s%n", r.get("ratio"));
      }
    }
    out.flush();
    return 0;
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
