package org.dyad.events;

/**
 * One coded event, before dating: who (source) did what (CAMEO code) to whom (target, may be null), in which
 * sentence, found by which rule. {@code trigger} is the token index of the verb or noun that fired.
 */
public record Event(String docId, int sentence, String code, ActorRef source, ActorRef target, String rule, double confidence,
    int trigger, String triggerText, int triggerBegin, int triggerEnd) {}
