package org.dyad.events;

/**
 * One coded event, before dating: who (source) did what (CAMEO code) to whom (target, may be null), in which
 * sentence, found by which rule, and whether the text asserts it happened. {@code trigger} is the token index of
 * the verb or noun that fired.
 */
public record Event(String docId, int sentence, String code, ActorRef source, ActorRef target, String rule, double confidence,
    int trigger, String triggerText, int triggerBegin, int triggerEnd, Factuality factuality) {

  /** An asserted event. */
  public Event(String docId, int sentence, String code, ActorRef source, ActorRef target, String rule, double confidence,
      int trigger, String triggerText, int triggerBegin, int triggerEnd) {
    this(docId, sentence, code, source, target, rule, confidence, trigger, triggerText, triggerBegin, triggerEnd, Factuality.ASSERTED);
  }

  public boolean asserted() {
    return factuality == Factuality.ASSERTED;
  }

  public Event withFactuality(Factuality f) {
    return new Event(docId, sentence, code, source, target, rule, confidence, trigger, triggerText, triggerBegin, triggerEnd, f);
  }

  public Event withConfidence(double c) {
    return new Event(docId, sentence, code, source, target, rule, c, trigger, triggerText, triggerBegin, triggerEnd, factuality);
  }
}
