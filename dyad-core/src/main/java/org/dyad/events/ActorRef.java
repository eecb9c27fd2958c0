package org.dyad.events;

import org.dyad.actors.Mention;

/**
 * The actor of an event as it appears in the text: code, words, character span, where the code came from, and a
 * name to show a reader ("Bashar al-Assad (Syria, government)", "Syria — rebels"; see {@link org.dyad.actors.ActorNames}).
 * While an event is being coded {@code name} is the dictionary's bare name or null; the coder replaces it with the
 * display name.
 */
public record ActorRef(String code, String text, int start, int end, String origin, String name) {
  public ActorRef(String code, String text, int start, int end, String origin) {
    this(code, text, start, end, origin, null);
  }

  public static ActorRef of(Mention m) {
    return new ActorRef(m.code(), m.text(), m.charBegin(), m.charEnd(), m.origin().label(), m.name());
  }

  public ActorRef withName(String newName) {
    return new ActorRef(code, text, start, end, origin, newName);
  }
}
