package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedHeadingsTest {
  /** The text, then the headings found in it (joined by " / "), or nothing. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The talks ended late. Border tensions Since the weekend, troops have massed on both sides.|Border tensions",
      "Rebels shelled the port. Aid convoy According to the agency, the trucks turned back.|Aid convoy",
      "He left office in May. Relations with Cairo Despite the dispute, trade grew.|Relations with Cairo",
      // a name after an abbreviation or an initial is not a heading
      "Talks were held in the U.S. Capital markets The Bank of Canada said nothing.|",
      "said deputy chairman E. Duff Scott told The Toronto Star on Monday.|",
      // a sentence going on to a newspaper's name
      "Prices rose. Trump also attacked The Wall Street Journal on Tuesday.|",
      // an article inside the run: a sentence in title case
      "It has new features. See the What's New In Python document.|",
      // a title in title case
      "The album is out. Some Guys Have All The Luck is on in April.|",
      // a run ending on a function word is a name that goes on
      "The panel met. Judges of The Hague court spoke.|",
  })
  void findsHeadingsRunIntoTheNextSentence(String text, String expected) {
    List<int[]> found = GluedHeadings.find(text);
    assertEquals(expected == null ? "" : expected,
        found.stream().map(h -> text.substring(h[0], h[1])).collect(Collectors.joining(" / ")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Troops left the town. Supply lines Since Monday, no trucks have crossed.",
  })
  void blanksTheHeadingAndListsIt(String text) {
    CleanText out = GluedHeadings.blank(new CleanText(text, List.of()));
    assertEquals(text.length(), out.text().length());
    assertEquals("Troops left the town.              Since Monday, no trucks have crossed.", out.text());
    assertEquals(List.of(new Dropped(22, 34, "Supply lines", GluedHeadings.REASON)), out.dropped());
  }
}
