package org.dyad.actors;

import java.time.LocalDate;

/** A dated office: the person is coded {@code code} from {@code from} to {@code to} (null: still in office). */
public record Term(String code, LocalDate from, LocalDate to) {
  public boolean covers(LocalDate d) {
    return !d.isBefore(from) && (to == null || !d.isAfter(to));
  }
}
