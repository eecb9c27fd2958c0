package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentWordsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Senate President's aide | the aide | true",
      "U.S. Supreme Court decision | the court | true",
      "the Government of Iran | government officials | true",
      "Kremlin's most vocal critics | the Kremlin | true",
      "President of the United States | the Ministry of Defence | false",
      "Erdoğan | erdoğan | true",
      "the s | s | false"})
  void sharesAContentWord(String a, String b, boolean shared) {
    assertEquals(shared, ContentWords.share(a, b), a + " / " + b);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {"NULL | Iran", "Iran | NULL"})
  void aMissingTextSharesNothing(String a, String b) {
    assertEquals(false, ContentWords.share(a, b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"The Senate President's aide | senate,president,aide",
      "an end to the war in and on the border for a day | end,war,border,day"})
  void dropsOnlyTheListedFunctionWords(String text, String words) {
    assertEquals(Set.of(words.split(",")), ContentWords.of(text));
    assertTrue(ContentWords.of("").isEmpty());
  }
}
