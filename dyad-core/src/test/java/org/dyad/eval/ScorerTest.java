package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
  @Test
  void scoresMultisetsAtEachLevel() {
    Scorer s = new Scorer(Scorer.CAMEO_LEVELS);
    boolean exact = s.add(List.of(new Triple("RUSGOV", "TURGOV", "042"), new Triple("SYRMIL", "SYRREB", "195")),
        List.of(new Triple("RUSGOV", "TURGOV", "042"), new Triple("SYR", "SYRREB", "190"), new Triple("USA", "TUR", "160")));
    assertFalse(exact);
    Score ex = s.scores().get(0);
    assertEquals(1, ex.truePositives());
    assertEquals(2, ex.falsePositives());
    assertEquals(1, ex.falseNegatives());
    Score root = s.scores().get(2);
    assertEquals(2, root.truePositives());
    assertEquals(2 / 3.0, root.precision(), 1e-9);
    assertEquals(1.0, root.recall(), 1e-9);
    assertTrue(s.add(List.of(), List.of()), "a no-event sentence coded with nothing is right");
    assertEquals(0.5, s.sentenceAccuracy(), 1e-9);
  }

  @Test
  void duplicatesCountOnceEach() {
    assertEquals(1, Scorer.overlap(List.of(new Triple("A", "B", "01")), List.of(new Triple("A", "B", "01"), new Triple("A", "B", "01"))));
  }
}
