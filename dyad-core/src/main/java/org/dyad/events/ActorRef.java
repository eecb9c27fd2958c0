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

  /** The words a reader should see: what a pronoun stands for, else the mention's own words. */
  public String displayText() {
    return refersTo != null ? refersTo : text;
  }
}
