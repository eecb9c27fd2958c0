package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlvScorerTest {
  private static final PlvGold.Event ACCUSE = new PlvGold.Event("ACCUSE", "Iranian Foreign Minister Zarif", "U.S. Supreme Court decision");
  private static final PlvGold.Event PROBE = new PlvGold.Event("ACCUSE", "German prosecutors", null);

  private static PlvGold.Sentence sentence(PlvGold.Event... gold) {
    return new PlvGold.Sentence("1", "text", List.of(gold));
  }

  private static ProducedEvent event(String type, String source, String target, double confidence) {
    return new ProducedEvent(type, source, target, "111", "accuse.condemn", confidence);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "ACCUSE | Zarif | the Supreme Court | true",
      "ACCUSE | Zarif | NULL | false",
      "ACCUSE | Iran | the Supreme Court | false",
      "REJECT | Zarif | the Supreme Court | false",
      "ACCUSE | the foreign minister | decision | true"})
  void anEventMatchesTheGoldDyadWhenTypeSourceAndTargetAgree(String type, String source, String target, boolean match) {
    assertEquals(match, PlvScorer.matches(ACCUSE, event(type, source, target, 0.5)));
  }

  @Test
  void aGoldEventNamingNoTargetAcceptsAnyTarget() {
    assertTrue(PlvScorer.matches(PROBE, event("ACCUSE", "prosecutors", null, 0.5)));
    assertTrue(PlvScorer.matches(PROBE, event("ACCUSE", "prosecutors", "Kempinski", 0.5)));
    assertFalse(PlvScorer.matches(PROBE, event("ACCUSE", "Germany", null, 0.5)));
  }

  @Test
  void typesAreComparedAsSetsAndSummedOverSentences() {
    PlvScorer s = new PlvScorer();
    // Two ACCUSE events count once; REJECT is a false positive; a statement (no type) counts for nothing.
    PlvScorer.Outcome o = s.add(sentence(ACCUSE, PROBE), List.of(event("ACCUSE", "Zarif", "court", 0.9),
        event("ACCUSE", "Zarif", null, 0.9), event("REJECT", "Zarif", null, 0.5), event(null, "Zarif", null, 0.3)));
    assertFalse(o.typesRight());
    assertTrue(o.dyadFound());
    PlvScorer.Outcome missed = s.add(sentence(new PlvGold.Event("AID", "Japan", "Nepal"), new PlvGold.Event("AGREE", "Japan", "Nepal")), List.of());
    assertFalse(missed.right());
    PlvReport r = s.report("t", false, List.of());
    assertEquals(new Score("plover type", 1, 1, 2), r.types());
    assertEquals(1, r.dyadHits());
    assertEquals(0.5, r.dyadRecall(), 1e-9);
    assertEquals(1, r.untypedEvents());
    assertEquals(List.of(new PlvReport.LabelRecall("ACCUSE", 1, 1), new PlvReport.LabelRecall("AGREE", 1, 0),
        new PlvReport.LabelRecall("AID", 1, 0)), r.labels());
  }

  @Test
  void aRightTypeBetweenTheWrongActorsIsNoDyad() {
    PlvScorer s = new PlvScorer();
    PlvScorer.Outcome o = s.add(sentence(ACCUSE), List.of(event("ACCUSE", "Washington", "Tehran", 0.9)));
    assertTrue(o.typesRight());
    assertFalse(o.dyadFound());
    assertFalse(o.right());
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "0.39, 0", "0.4, 1", "0.59, 1", "0.6, 2", "0.79, 2", "0.8, 3", "1.0, 3"})
  void confidenceFallsInItsBand(double confidence, int band) {
    assertEquals(band, PlvScorer.band(confidence));
  }

  @Test
  void bandsCountTypedEventsAndThoseOfAGoldType() {
    PlvScorer s = new PlvScorer();
    s.add(sentence(ACCUSE), List.of(event("ACCUSE", "a", "b", 0.95), event("REJECT", "a", "b", 0.85), event("ACCUSE", "a", "b", 0.1),
        event(null, "a", "b", 0.9)));
    List<PlvReport.Band> bands = s.report("t", false, List.of()).bands();
    assertEquals(4, bands.size());
    assertEquals(new PlvReport.Band(0, 0.4, 1, 1), bands.get(0));
    assertEquals(new PlvReport.Band(0.8, 1, 2, 1), bands.get(3), "the statement (no type) is in no band");
    assertEquals(0.5, bands.get(3).precision(), 1e-9);
    assertEquals(0, bands.get(1).events());
  }

  @Test
  void aCheckSetKeepsNoSentences() {
    PlvScorer s = new PlvScorer();
    s.add(sentence(ACCUSE), List.of());
    List<PlvReport.Miss> misses = List.of(new PlvReport.Miss("1", "text", List.of(ACCUSE), List.of()));
    assertTrue(s.report("plv-check.csv", true, misses).misses().isEmpty());
    assertEquals(1, s.report("plv-tune.csv", false, misses).misses().size());
  }
}
