package org.dyad.events;

import org.dyad.actors.Mention;

/** The actor of an event as it appears in the text: code, words, character span, and where the code came from. */
public record ActorRef(String code, String text, int start, int end, String origin, String refersTo) {
  public ActorRef(String code, String text, int start, int end, String origin) {
    this(code, text, start, end, origin, null);
  }

  public static ActorRef of(Mention m) {
    return new ActorRef(m.code(), m.text(), m.charBegin(), m.charEnd(), m.origin().label(), m.refersTo());
  }

  /** The words a reader should see: what a pronoun stands for, else the mention's own words. */
  public String displayText() {
    return refersTo != null ? refersTo : text;
  }
}
