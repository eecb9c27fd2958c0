package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlvEvaluatorTest {
  private static PlvGold set(String... types) {
    List<PlvGold.Sentence> s = new java.util.ArrayList<>();
    for (String t : types) s.add(new PlvGold.Sentence(t, "text", List.of(new PlvGold.Event(t, "a", null))));
    return new PlvGold("plv-tune.csv", false, s);
  }

  @Test
  void concedeAndRetreatAreScoredAsYieldWhereTheSetUsesTheOlderName() {
    Map<String, String> renames = PlvEvaluator.renames(set("YIELD", "AGREE"));
    ProducedEvent release = new ProducedEvent("RETREAT", "Ethiopia", "leaders", "0841", "release.free", 0.7);
    assertEquals("YIELD", release.renamed(renames).type());
    assertEquals("YIELD", new ProducedEvent("CONCEDE", "a", null, "081", "r", 0.7).renamed(renames).type());
    assertEquals("AGREE", new ProducedEvent("AGREE", "a", null, "057", "r", 0.7).renamed(renames).type());
    assertEquals(null, new ProducedEvent(null, "a", null, "010", "r", 0.7).renamed(renames).type());
  }

  @Test
  void aSetWithPlover2021NamesKeepsThem() {
    assertEquals(Map.of(), PlvEvaluator.renames(set("CONCEDE", "RETREAT", "AGREE")));
    assertEquals(Map.of(), PlvEvaluator.renames(set("AGREE")));
  }
}
