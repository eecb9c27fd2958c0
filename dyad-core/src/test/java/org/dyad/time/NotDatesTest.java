package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.nlp.HandTagged;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 16: a bare four-digit number that SUTime took for a year, read in its sentence. */
class NotDatesTest {
  private static final LocalDate ARTICLE = LocalDate.of(2019, 8, 28);

  /** Whether token {@code at} of the hand-tagged sentence, taken by SUTime for a year, is no year. */
  private static boolean notAYear(int at, String... tokens) {
    Sentence s = HandTagged.sentence(tokens);
    String w = s.token(at).word();
    return NotDates.notAYear(s, new Timex(at, at + 1, w, "DATE", w), ARTICLE);
  }

  @Test
  @Tag("issue-16")
  void issue16_clockTimesAreNoYears() {
    assertTrue(notAYear(3, "Rebels/NNS/rebel", "attacked/VBD/attack", "at/IN/at", "2100/CD/2100", "EST/NNP/EST"));
    assertTrue(notAYear(2, "Troops/NNS/troop", "fired/VBD/fire", "0900/CD/0900", "on/IN/on", "Monday/NNP/Monday"));
    assertTrue(notAYear(3, "Troops/NNS/troop", "shelled/VBD/shell", "at/IN/at", "1430/CD/1430"));
    assertTrue(notAYear(3, "Troops/NNS/troop", "arrived/VBD/arrive", "around/IN/around", "1930/CD/1930", "local/JJ/local", "time/NN/time"));
  }

  @Test
  @Tag("issue-16")
  void issue16_agesMoneyAndCountsAreNoYears() {
    assertTrue(notAYear(4, "The/DT/the", "leader/NN/leader", ",/,/,", "aged/VBN/age", "1950/CD/1950"));
    assertTrue(notAYear(2, "They/PRP/they", "paid/VBD/pay", "2000/CD/2000", "dollars/NNS/dollar"));
    assertTrue(notAYear(3, "They/PRP/they", "paid/VBD/pay", "$/$/$", "1999/CD/1999"));
    assertTrue(notAYear(3, "Police/NNS/police", "arrested/VBD/arrest", "about/RB/about", "2000/CD/2000", "people/NNS/people"));
  }

  @Test
  @Tag("issue-16")
  void issue16_yearsFarFromTheArticleNeedAWordThatIntroducesAYear() {
    assertTrue(notAYear(2, "It/PRP/it", "cost/VBD/cost", "1850/CD/1850", "rupees/NNS/rupee"));
    assertTrue(notAYear(3, "The/DT/the", "toll/NN/toll", "reached/VBD/reach", "1850/CD/1850", "./././"));
    assertFalse(notAYear(3, "France/NNP/France", "invaded/VBD/invade", "in/IN/in", "1812/CD/1812"));
    assertFalse(notAYear(3, "It/PRP/it", "will/MD/will", "by/IN/by", "2040/CD/2040"));
    assertFalse(notAYear(3, "Voters/NNS/voter", "rejected/VBD/reject", "the/DT/the", "2016/CD/2016", "referendum/NN/referendum"));
    assertFalse(notAYear(4, "Rebels/NNS/rebel", "took/VBD/take", "the/DT/the", "town/NN/town", "2016/CD/2016"));
  }
}
