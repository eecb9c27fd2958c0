package org.dyad.actors;

/**
 * An actor mentioned in a sentence: tokens {@code [start, end)}, characters {@code [begin, end)} of the article,
 * and its CAMEO actor code ("RUSGOV", "SYRREB", "IGOUNO", "---GOV" when the country is unknown).
 */
public record Mention(int sentence, int start, int end, int head, int charBegin, int charEnd, String text, String code,
    Origin origin, boolean person) {

  public String country() {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }

  public boolean hasCountry() {
    return !code.startsWith("---");
  }

  public Mention withCode(String newCode, Origin newOrigin) {
    return new Mention(sentence, start, end, head, charBegin, charEnd, text, newCode, newOrigin, person);
  }
}
