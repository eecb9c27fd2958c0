package org.dyad.events;

import org.dyad.actors.Mention;

/** The actor of an event as it appears in the text: code, words, character span, and where the code came from. */
public record ActorRef(String code, String text, int start, int end, String origin) {
  public static ActorRef of(Mention m) {
    return new ActorRef(m.code(), m.text(), m.charBegin(), m.charEnd(), m.origin().label());
  }
}
