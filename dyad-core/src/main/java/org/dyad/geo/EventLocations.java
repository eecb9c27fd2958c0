package org.dyad.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The {@code locations} layer: one entry per event of the events layer, in order; an entry is null when unplaced. */
public record EventLocations(List<Location> list) {
  public EventLocations {
    list = Collections.unmodifiableList(new ArrayList<>(list));
  }
}
