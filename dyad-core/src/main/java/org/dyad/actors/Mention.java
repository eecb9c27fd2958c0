package org.dyad.actors;

/**
 * An actor mentioned in a sentence: tokens {@code [start, end)}, characters {@code [begin, end)} of the article,
 * and its CAMEO actor code ("RUSGOV", "SYRREB", "IGOUNO", "---GOV" when the country is unknown).
 */
public record Mention(int sentence, int start, int end, int head, int charBegin, int charEnd, String text, String code,
    Origin origin, boolean person, String refersTo) {

  /** A mention that stands for itself; {@code refersTo} is for pronouns, naming what they stand for. */
  public Mention(int sentence, int start, int end, int head, int charBegin, int charEnd, String text, String code, Origin origin,
      boolean person) {
    this(sentence, start, end, head, charBegin, charEnd, text, code, origin, person, null);
  }

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
    return new Mention(sentence, start, end, head, charBegin, charEnd, text, newCode, newOrigin, person, refersTo);
  }

  /** This pronoun read as {@code ante}: its code, and its words for a reader ("it" → "The Israeli military"). */
  public Mention standingFor(Mention ante) {
    return new Mention(sentence, start, end, head, charBegin, charEnd, text, ante.code, Origin.COREFERENCE, person, ante.displayText());
  }

  /** The words a reader should see: the antecedent's for a pronoun, else the mention's own. */
  public String displayText() {
    return refersTo != null ? refersTo : text;
  }
}
