package org.dyad.actors;

/**
 * An actor mentioned in a sentence: tokens {@code [start, end)}, characters {@code [begin, end)} of the article,
 * and its CAMEO actor code ("RUSGOV", "SYRREB", "IGOUNO", "---GOV" when the country is unknown). {@code name}: the
 * dictionary's name of the person or organisation the mention stands for, or null (a country with a role word
 * is named from its code, see {@link ActorNames}).
 */
public record Mention(int sentence, int start, int end, int head, int charBegin, int charEnd, String text, String code,
    Origin origin, boolean person, String name) {
  public Mention(int sentence, int start, int end, int head, int charBegin, int charEnd, String text, String code, Origin origin, boolean person) {
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

  /** The same words with another code: the name stays only while the code does (a person recoded is no longer that person's office). */
  public Mention withCode(String newCode, Origin newOrigin) {
    return withCode(newCode, newOrigin, newCode.equals(code) ? name : null);
  }

  /** The same words standing for another actor, named {@code newName} (a pronoun or surname resolved to a person). */
  public Mention withCode(String newCode, Origin newOrigin, String newName) {
    return new Mention(sentence, start, end, head, charBegin, charEnd, text, newCode, newOrigin, person, newName);
  }
}
