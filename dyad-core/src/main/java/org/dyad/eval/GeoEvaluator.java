package org.dyad.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.geo.Geoparser;
import org.dyad.geo.Place;
import org.dyad.geo.Toponym;
import org.dyad.nlp.NlpModels;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.Sentence;

/**
 * Scores the geoparser on {@link GeoGold}: for each gold toponym, the distance from the gold point to the place of
 * the found toponym that overlaps it most; a gold toponym nothing overlaps counts as wrong (the largest error on
 * Earth). Reports accuracy within 161 km (100 miles), the area under the curve of log errors (lower is better) and
 * the median error, for Dyad and for the plain population baseline on the same found names.
 */
public final class GeoEvaluator {
  /** Half the Earth's circumference: the error of a missed toponym. */
  static final double MAX_KM = 20039;

  public record Result(String system, int toponyms, double accuracy161, double auc, double medianKm) {}

  public record Report(String gold, int articles, int toponyms, int found, Result dyad, Result baseline, List<String> misses) {}

  private final NlpModels models;
  private final Geoparser parser;
  private final int threads;

  public GeoEvaluator(NlpModels models, Geoparser parser, int threads) {
    this.models = models;
    this.parser = parser;
    this.threads = Math.max(1, threads);
  }

  public Report evaluate(GeoGold gold) {
    return score(gold, parseAll(gold));
  }

  /** Scores toponyms already found, one list per gold article. */
  public Report score(GeoGold gold, List<List<Toponym>> found) {
    List<Double> dyad = new ArrayList<>();
    List<Double> base = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    int hit = 0;
    for (int i = 0; i < gold.articles().size(); i++) {
      GeoGold.Article a = gold.articles().get(i);
      for (GeoGold.Toponym g : a.toponyms()) {
        Toponym t = overlapping(found.get(i), g);
        if (t == null) {
          dyad.add(MAX_KM);
          base.add(MAX_KM);
          misses.add(a.id() + " [" + g.start() + "," + g.end() + ") '" + g.phrase() + "': not found");
          continue;
        }
        hit++;
        double km = Place.km(g.lat(), g.lon(), t.place().lat(), t.place().lon());
        dyad.add(km);
        Place b = baseline(t.text(), t.place());
        base.add(Place.km(g.lat(), g.lon(), b.lat(), b.lon()));
        if (km > 161) {
          misses.add(String.format(java.util.Locale.ROOT, "%s [%d,%d) '%s': %s %s.%s (%s) is %.0f km from gold (%.2f, %.2f)", a.id(),
              g.start(), g.end(), g.phrase(), t.place().name(), t.place().country(), t.place().admin1(), t.place().featureCode(), km,
              g.lat(), g.lon()));
        }
      }
    }
    return new Report(gold.name(), gold.articles().size(), dyad.size(), hit, result("dyad", dyad), result("population baseline", base),
        misses);
  }

  /** The most important candidate of the name: a country over a subdivision over the most populous place. */
  private Place baseline(String text, Place resolved) {
    List<org.dyad.geo.Gazetteer.Candidate> c = parser.gazetteer().lookup(text);
    if (c.isEmpty()) return resolved; // a demonym: the baseline reads it as the same country
    return c.stream().map(org.dyad.geo.Gazetteer.Candidate::place)
        .max(Comparator.comparingInt((Place p) -> p.isCountry() || p.isRegion() ? 2 : p.isAdmin1() ? 1 : 0)
            .thenComparingLong(Place::population))
        .orElseThrow();
  }

  private static Toponym overlapping(List<Toponym> found, GeoGold.Toponym g) {
    Toponym best = null;
    int bestOverlap = 0;
    for (Toponym t : found) {
      int o = Math.min(t.end(), g.end()) - Math.max(t.start(), g.start());
      if (o > bestOverlap) {
        bestOverlap = o;
        best = t;
      }
    }
    return best;
  }

  static Result result(String system, List<Double> errors) {
    double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (e.length == 0) return new Result(system, 0, 0, 0, 0);
    long within = Arrays.stream(e).filter(x -> x <= 161).count();
    // AUC as Gritta et al. define it: the mean of log(1 + error) over log(1 + the largest error), 0 is perfect.
    double auc = Arrays.stream(e).map(x -> Math.log1p(x) / Math.log1p(MAX_KM)).average().orElse(0);
    double median = e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
    return new Result(system, e.length, (double) within / e.length, auc, median);
  }

  private List<List<Toponym>> parseAll(GeoGold gold) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Toponym>>> fs = new ArrayList<>();
      for (GeoGold.Article a : gold.articles()) fs.add(pool.submit(() -> parse(a.text())));
      List<List<Toponym>> out = new ArrayList<>();
      for (Future<List<Toponym>> f : fs) out.add(f.get());
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("geoparsing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** The geoparser on raw text, tagged as the nlp stage tags articles. */
  public List<Toponym> parse(String text) {
    Annotation ann = new Annotation(text);
    ann.set(CoreAnnotations.DocDateAnnotation.class, "2018-01-01");
    models.tagger().annotate(ann);
    List<Sentence> sentences = NlpStage.convert(ann, text);
    return parser.parse(text, sentences);
  }
}
