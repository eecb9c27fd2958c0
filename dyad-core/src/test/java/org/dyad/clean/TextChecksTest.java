package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextChecksTest {
  @Test
  void tellsFrenchFromEnglish() {
    assertEquals("fr", TextChecks.guessLanguage("Le président de la République a rencontré les ministres des affaires "
        + "étrangères pour discuter de la situation dans le pays et des relations avec les pays voisins."));
    assertEquals("en", TextChecks.guessLanguage("The president of the republic met the foreign ministers to discuss the "
        + "situation in the country and the relations with its neighbours."));
  }

  @Test
  void shortTextIsGivenTheBenefitOfTheDoubt() {
    assertEquals("en", TextChecks.guessLanguage("Putin met Erdogan."));
  }

  @Test
  void controlCharactersMarkBinary() {
    assertTrue(TextChecks.looksBinary("\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007"));
    assertFalse(TextChecks.looksBinary("Plain text\twith a tab\nand lines."));
  }
}
