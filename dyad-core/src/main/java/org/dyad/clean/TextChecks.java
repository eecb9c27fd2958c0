package org.dyad.clean;

/** Cheap checks that keep undecodable input away from the NLP models (language is {@link LanguageId}'s job). */
public final class TextChecks {
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
}
