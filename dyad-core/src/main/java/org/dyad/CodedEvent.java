package org.dyad;

import java.time.LocalDate;
import org.dyad.codebook.EventType;
import org.dyad.events.ActorRef;
import org.dyad.events.Factuality;
import org.dyad.geo.Location;

/**
 * An event as Dyad reports it: dated, placed ({@code location} is null when the article names no place for it),
 * with its codebook entry, the sentence it came from and the rule that coded it. Character offsets are into the
 * article text. {@code factuality} says whether the text asserts the event happened (see {@link Factuality}).
 */
public record CodedEvent(String docId, int sentence, LocalDate date, String datePrecision, ActorRef source, ActorRef target,
    EventType event, String text, String rule, double confidence, String trigger, int triggerStart, int triggerEnd,
    Location location, Factuality factuality) {

  /** An asserted event. */
  public CodedEvent(String docId, int sentence, LocalDate date, String datePrecision, ActorRef source, ActorRef target,
      EventType event, String text, String rule, double confidence, String trigger, int triggerStart, int triggerEnd, Location location) {
    this(docId, sentence, date, datePrecision, source, target, event, text, rule, confidence, trigger, triggerStart, triggerEnd, location,
        Factuality.ASSERTED);
  }

  /** An event not placed (yet). */
  public CodedEvent(String docId, int sentence, LocalDate date, String datePrecision, ActorRef source, ActorRef target,
      EventType event, String text, String rule, double confidence, String trigger, int triggerStart, int triggerEnd) {
    this(docId, sentence, date, datePrecision, source, target, event, text, rule, confidence, trigger, triggerStart, triggerEnd, null,
        Factuality.ASSERTED);
  }
}
