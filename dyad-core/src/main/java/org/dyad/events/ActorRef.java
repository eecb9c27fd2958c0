package org.dyad.events;

import org.dyad.actors.Mention;

/**
 * The actor of an event as it appears in the text: code, words, character span, where the code came from, a name to
 * show a reader ("Bashar al-Assad (Syria, government)", "Syria — rebels"; see {@link org.dyad.actors.ActorNames}) and,
 * for a pronoun, the words of what it stands for ({@code refersTo}: "it" → "The Israeli military"). While an event is
 * being coded {@code name} is the dictionary's bare name or null; the coder replaces it with the display name.
 */
public record ActorRef(String code, String text, int start, int end, String origin, String name, String refersTo) {
  public ActorRef(String code, String text, int start, int end, String origin) {
    this(code, text, start, end, origin, null, null);
  }

  public ActorRef(String code, String text, int start, int end, String origin, String name) {
    this(code, text, start, end, origin, name, null);
  }

  public static ActorRef of(Mention m) {
    return new ActorRef(m.code(), m.text(), m.charBegin(), m.charEnd(), m.origin().label(), m.name(), m.refersTo());
  }

  public ActorRef withName(String newName) {
    return new ActorRef(code, text, start, end, origin, newName, refersTo);
  }

  /**
   * What tells this actor from another in the same article: its code, and for one no dictionary codes ("---": "Kelly",
   * "Polat Sayim") its last capitalised word too, since two unnamed speakers are two actors, not one, while "Kenneth
   * Ombongi" and a later "Ombongi" are one.
   */
  public String identity() {
    if (!code.equals("---")) return code;
    String last = "";
    for (String w : displayText().split("[^\\p{L}\\p{N}'-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) last = w;
    return code + ":" + (last.isEmpty() ? displayText() : last).toLowerCase(java.util.Locale.ROOT);
  }

  /** The words a reader should see: what a pronoun stands for, else the mention's own words. */
  public String displayText() {
    return refersTo != null ? refersTo : text;
  }
}
