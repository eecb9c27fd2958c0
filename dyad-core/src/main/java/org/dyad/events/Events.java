package org.dyad.events;

import java.util.List;

/** The {@code events} layer: every event of the article, ordered by sentence then trigger position. */
public record Events(List<Event> list) {
  public Events {
    list = List.copyOf(list);
  }
}
