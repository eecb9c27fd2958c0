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

  @Option(names = "--geo", description = "Measure what geoparsing adds to 'dyad code': the coder with and without the geo stages, "
      + "alternating on each article.")
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
   * The coder with and without its geo stages on the same articles in one run, the order alternating per article so
   * that drift and caches favour neither: total time of each, and the median of the per-article ratios.
   */
  private int geoOverhead(PrintWriter out, List<Article> warm, List<Article> timed) throws IOException {
    Coder with = Coder.create(CoderOptions.defaults(), true);
    Coder without = Coder.create(CoderOptions.defaults(), false);
    for (Article a : warm) {
      with.code(a);
      without.code(a);
    }
    long totalWith = 0;
    long totalWithout = 0;
    double[] ratios = new double[timed.size()];
    int toponymArticles = 0;
    for (int i = 0; i < timed.size(); i++) {
      Article a = timed.get(i);
      long tw;
      long to;
      if (i % 2 == 0) {
        long t0 = System.nanoTime();
        CodedArticle c = with.code(a);
        tw = System.nanoTime() - t0;
        t0 = System.nanoTime();
        without.code(a);
        to = System.nanoTime() - t0;
        if (c.events().stream().anyMatch(e -> e.location() != null)) toponymArticles++;
      } else {
        long t0 = System.nanoTime();
        without.code(a);
        to = System.nanoTime() - t0;
        t0 = System.nanoTime();
        CodedArticle c = with.code(a);
        tw = System.nanoTime() - t0;
        if (c.events().stream().anyMatch(e -> e.location() != null)) toponymArticles++;
      }
      totalWith += tw;
      totalWithout += to;
      ratios[i] = (double) tw / Math.max(1, to);
    }
    java.util.Arrays.sort(ratios);
    double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2] : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("articles", timed.size());
    r.put("articles_with_placed_events", toponymArticles);
    r.put("seconds_without_geo", round(totalWithout / 1e9));
    r.put("seconds_with_geo", round(totalWith / 1e9));
    r.put("overhead_total_pct", round(100.0 * (totalWith - totalWithout) / totalWithout));
    r.put("overhead_median_article_pct", round(100.0 * (median - 1)));
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(r));
    } else {
      out.printf("code without geo: %.1f s; with geo: %.1f s, over %d articles (%d with placed events)%n", totalWithout / 1e9,
          totalWith / 1e9, timed.size(), toponymArticles);
      out.printf("geo overhead: %.1f%% in total, %.1f%% for the median article%n", r.get("overhead_total_pct"),
          r.get("overhead_median_article_pct"));
    }
    out.flush();
    return 0;
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
