package org.dyad;

import java.time.LocalDate;
import org.dyad.codebook.EventType;
import org.dyad.events.ActorRef;

/**
 * An event as Dyad reports it: dated, with its codebook entry, the sentence it came from and the rule that
 * coded it. Character offsets are into the article text.
 */
public record CodedEvent(String docId, int sentence, LocalDate date, String datePrecision, ActorRef source, ActorRef target,
    EventType event, String text, String rule, double confidence, String trigger, int triggerStart, int triggerEnd) {}
