package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.dyad.SharedCoder;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.Geoparser;
import org.dyad.nlp.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Geoparsing accuracy on the development gold sets, as {@code dyad eval} prints it: floors pinned a little under the
 * measured figures (README), and the margin over the plain population baseline on the same found names.
 */
class GeoEvalIT {
  static final double TR_NEWS_FLOOR = 0.86;
  static final double GEOWEBNEWS_FLOOR = 0.80;
  static final double MARGIN_OVER_BASELINE = 0.05;
  private static GeoEvaluator evaluator;

  @BeforeAll
  static void load() {
    evaluator = new GeoEvaluator(NlpModels.shared(), new Geoparser(Gazetteer.load()), 2);
  }

  @Test
  void trNews() throws IOException {
    GeoGold gold = GeoGold.read(SharedCoder.shared().resolve("eval/geo/TR-News.xml"));
    assertEquals(118, gold.articles().size());
    assertEquals(1275, gold.toponyms(), "1,319 gold toponyms, 44 of them without coordinates");
    GeoEvaluator.Report r = evaluator.evaluate(gold);
    System.out.printf("TR-News: dyad %.3f (AUC %.3f), population baseline %.3f%n", r.dyad().accuracy161(), r.dyad().auc(),
        r.baseline().accuracy161());
    assertTrue(r.dyad().accuracy161() >= TR_NEWS_FLOOR, "accuracy@161km " + r.dyad().accuracy161());
    assertTrue(r.dyad().accuracy161() >= r.baseline().accuracy161() + MARGIN_OVER_BASELINE, "baseline " + r.baseline().accuracy161());
    assertTrue(r.dyad().auc() < r.baseline().auc(), "AUC of log errors: lower is better");
  }

  @Test
  void geoWebNews() throws IOException {
    GeoGold gold = GeoGold.read(SharedCoder.shared().resolve("eval/geo/GWN.xml"));
    assertEquals(200, gold.articles().size());
    assertEquals(2601, gold.toponyms(), "toponyms with coordinates: literal, metonymic, mixed, modifiers, embedded");
    GeoEvaluator.Report r = evaluator.evaluate(gold);
    System.out.printf("GeoWebNews: dyad %.3f (AUC %.3f), population baseline %.3f%n", r.dyad().accuracy161(), r.dyad().auc(),
        r.baseline().accuracy161());
    assertTrue(r.dyad().accuracy161() >= GEOWEBNEWS_FLOOR, "accuracy@161km " + r.dyad().accuracy161());
    assertTrue(r.dyad().accuracy161() > r.baseline().accuracy161(), "baseline " + r.baseline().accuracy161());
  }

  @Test
  void missedToponymsCountAsTheLargestError() {
    var r = GeoEvaluator.result("x", java.util.List.of(0.0, 100.0, GeoEvaluator.MAX_KM));
    assertEquals(2 / 3.0, r.accuracy161(), 1e-9);
    assertEquals(100.0, r.medianKm(), 1e-9);
    assertEquals((0 + Math.log1p(100) / Math.log1p(GeoEvaluator.MAX_KM) + 1) / 3, r.auc(), 1e-9);
  }
}
