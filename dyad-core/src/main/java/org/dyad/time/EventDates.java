package org.dyad.time;

import java.util.List;

/** The {@code time} layer: one date per event, in the order of the events layer. */
public record EventDates(List<EventDate> list) {
  public EventDates {
    list = List.copyOf(list);
  }
}
