package org.dyad.clean;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cheap checks that keep undecodable input away from the NLP models. The language guess counts the most frequent
 * function words of a few languages; it only has to tell English from the rest.
 */
public final class TextChecks {
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "by", "as", "it", "his", "at", "from", "has"),
      "fr", Set.of("le", "la", "les", "de", "des", "et", "un", "une", "du", "est", "que", "dans", "pour", "qui", "sur", "au", "pas", "par", "ce", "avec"),
      "es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para", "es", "se", "al", "lo", "su", "como"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "des", "auf", "für", "im", "dem", "von", "auch", "wird"),
      "pt", Set.of("o", "os", "da", "do", "das", "dos", "e", "em", "que", "um", "uma", "para", "com", "não", "por", "ao", "na", "no", "se", "foi"),
      "it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "non", "in", "sono", "del", "della", "con", "si", "gli", "le", "da", "al", "è"));

  private TextChecks() {}

  public static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 8192);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0 || c == '\uFFFD' || (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) bad++;
    }
    return bad > Math.max(2, n / 50);
  }

  /** ISO 639-1 code of the language whose function words are most frequent; "en" when too short to tell. */
  public static String guessLanguage(String text) {
    String sample = text.length() > 20000 ? text.substring(0, 20000) : text;
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    if (words.length < 12) return "en";
    String best = "en";
    int bestCount = -1;
    int enCount = 0;
    for (var e : FUNCTION_WORDS.entrySet()) {
      int c = 0;
      for (String w : words) {
        if (e.getValue().contains(w)) c++;
      }
      if (e.getKey().equals("en")) enCount = c;
      if (c > bestCount) {
        bestCount = c;
        best = e.getKey();
      }
    }
    // Ties and near-ties go to English: shared words ("a", "in") must not turn English away.
    return enCount * 1.2 >= bestCount ? "en" : best;
  }
}
