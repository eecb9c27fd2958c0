package org.dyad.actors;

import java.time.LocalDate;

/**
 * A dated office: the person is coded {@code code} from {@code from} to {@code to} (null: still in office).
 * {@code name}: the holder's name as the dictionary row gives it first (null where the source has none), for
 * display: one alias ("Assad") may stand for several rows, and the date picks the row.
 */
public record Term(String code, LocalDate from, LocalDate to, String name) {
  public Term(String code, LocalDate from, LocalDate to) {
    this(code, from, to, null);
  }

  public boolean covers(LocalDate d) {
    return !d.isBefore(from) && (to == null || !d.isAfter(to));
  }
}
