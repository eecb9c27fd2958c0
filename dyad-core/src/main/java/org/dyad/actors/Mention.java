package org.dyad.actors;

/**
 * An actor mentioned in a sentence: tokens {@code [start, end)}, characters {@code [begin, end)} of the article,
 * and its CAMEO actor code ("RUSGOV", "SYRREB", "IGOUNO", "---GOV" when the country is unknown). {@code name}: the
 * dictionary's name of the person or organisation the mention stands for, or null (a country with a role word
 * is named from its code, see {@link ActorNames}). {@code refersTo}: for a pronoun, the words of what it stands for.
 */
public record Mention(int sentence, int start, int end, int head, int charBegin, int charEnd, String text, String code,
    Origin origin, boolean person, String name, String refersTo) {
  public Mention(int sentence, int start, int end, int head, int charBegin, int charEnd, String text, String code, Origin origin, boolean person) {
    this(sentence, start, end, head, charBegin, charEnd, text, code, origin, person, null, null);
  }

  public Mention(int sentence, int start, int end, int head, int charBegin, int charEnd, String text, String code, Origin origin, boolean person,
      String name) {
    this(sentence, start, end, head, charBegin, charEnd, text, code, origin, person, name, null);
  }

  public String country() {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }

  /** A named organisation of the dictionary ("IGOUNO", "NGOHRIAMN", "USAMED"): not a country, a place or a person. */
  public boolean organisation() {
    return origin == Origin.DICTIONARY && !person && code.length() > 3;
  }

  public boolean hasCountry() {
    return !code.startsWith("---");
  }

  /** The same words with another code: the name stays only while the code does (a person recoded is no longer that person's office). */
  public Mention withCode(String newCode, Origin newOrigin) {
    return withCode(newCode, newOrigin, newCode.equals(code) ? name : null);
  }

  /** The same words standing for another actor, named {@code newName} (a pronoun or surname resolved to a person). */
  public Mention withCode(String newCode, Origin newOrigin, String newName) {
    return new Mention(sentence, start, end, head, charBegin, charEnd, text, newCode, newOrigin, person, newName, refersTo);
  }

  /** This pronoun read as {@code ante}: its code and name, and its words for a reader ("it" → "The Israeli military"). */
  public Mention standingFor(Mention ante) {
    return new Mention(sentence, start, end, head, charBegin, charEnd, text, ante.code, Origin.COREFERENCE, person, ante.name,
        ante.displayText());
  }

  /** The words a reader should see: the antecedent's for a pronoun, else the mention's own. */
  public String displayText() {
    return refersTo != null ? refersTo : text;
  }
}
