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

  /**
   * Whether the event is a speech act: a statement, appeal, demand, criticism, rejection or threat (CAMEO roots 01,
   * 02, 10, 11, 12, 13). Its place and date are those of the saying, not of what was said. Meetings, agreements
   * and protests (04, 05, 14), verbal in CAMEO's quad classes, happen at a place and are not counted here.
   */
  public boolean speech() {
    return code.startsWith("01") || code.startsWith("02") || code.startsWith("10") || code.startsWith("11")
        || code.startsWith("12") || code.startsWith("13");
  }

  /**
   * Whether the event is done where its target is when the target is a place: a visit (042), an assault, a fight or
   * mass violence (CAMEO roots 18, 19, 20): "visited Vietnam", "was struck by the cyclone", "attacked Ukraine". A
   * deportation "to China" or sanctions "on the U.S." are not (issue 16).
   */
  public boolean atTarget() {
    return code.startsWith("042") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  public Event withFactuality(Factuality f) {
    return new Event(docId, sentence, code, source, target, rule, confidence, trigger, triggerText, triggerBegin, triggerEnd, f);
  }

  public Event withConfidence(double c) {
    return new Event(docId, sentence, code, source, target, rule, c, trigger, triggerText, triggerBegin, triggerEnd, factuality);
  }
}
