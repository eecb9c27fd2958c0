package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.dyad.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * The development gold sets as a quality gate: figures may rise, never fall below the pinned floors. A floor is
 * raised when coding improves; lowering one needs a reason in the commit.
 */
class EvalIT {
  /**
   * Issue 3's targets for the PLOVER development half (type F1 0.85, country + type 0.75; measured 0.871 and 0.762
   * on 2026-11-26) and floors just under the codebook figures measured then (examples yielding their root 86.5%,
   * their code 59.1%; the coding-depth issue asks for 75% and 50%). The root floor went from 0.86 to 0.85 on
   * 2026-12-07: issue 14 stops reporting nominal events aimed at no one (precision on plv-check 0.774 to 0.804), which
   * costs the codebook one example ("responsible for mass killings", 202); these sets are fitted and not tuned to.
   * The code floor went from 0.58 to 0.57 on 2026-12-07: habits are generic, not asserted acts (issue 14's VOA audit),
   * and CAMEO's own 182 example is one ("Israeli soldiers routinely beat up Palestinian detainees"), so 100 of 171
   * examples became 99.
   */
  private static final double PLOVER_TYPE_F1_FLOOR = 0.85;
  private static final double PLOVER_COUNTRY_F1_FLOOR = 0.75;
  private static final double CODEBOOK_ROOT_FLOOR = 0.85;
  private static final double CODEBOOK_CODE_FLOOR = 0.57;

  private static Path gold(String name) {
    return SharedCoder.shared().resolve("eval/events").resolve(name);
  }

  @Test
  void ploverDevelopmentHalfStaysAboveItsFloors() throws IOException {
    GoldSet set = GoldReader.read(gold("plover-gsr-dev.json"));
    assertEquals(161, set.sentences().size(), "the DOCUMENT record is skipped, every other record is scored");
    EvalReport r = new Evaluator(SharedCoder.get(), 2).evaluate(set);
    double type = r.score("plover").f1();
    double country = r.score("country+plover").f1();
    assertTrue(type >= PLOVER_TYPE_F1_FLOOR, "PLOVER type F1 " + type);
    assertTrue(country >= PLOVER_COUNTRY_F1_FLOOR, "country + PLOVER type F1 " + country);
  }

  @Test
  void codebookExamplesYieldTheirCodes() throws IOException {
    GoldSet set = GoldReader.read(gold("cameo-codebook.csv"));
    assertEquals(171, set.sentences().size(), "every code with an example sentence");
    EvalReport r = new Evaluator(SharedCoder.get(), 2).evaluate(set);
    assertTrue(r.score("root").recall() >= CODEBOOK_ROOT_FLOOR, "examples yielding their root: " + r.score("root").recall());
    assertTrue(r.score("code").recall() >= CODEBOOK_CODE_FLOOR, "examples yielding their code: " + r.score("code").recall());
  }

  @Test
  void petrarchUnitRecordsAreReadAndScored() throws IOException {
    GoldSet set = GoldReader.read(gold("petrarch-unit/PETR.UnitTest.records.xml"));
    assertEquals(284, set.sentences().size());
    // 385 EventCoding records, of which 26 say "no event": 359 expected triples.
    assertEquals(359, set.sentences().stream().mapToInt(s -> s.gold().size()).sum(), "every expected triple is read");
    EvalReport r = new Evaluator(SharedCoder.get(), 2).evaluate(set);
    assertEquals(284, r.sentences());
    Score exact = r.score("exact");
    assertEquals(359, exact.truePositives() + exact.falseNegatives(), "recall is computed over every gold triple");
  }
}
