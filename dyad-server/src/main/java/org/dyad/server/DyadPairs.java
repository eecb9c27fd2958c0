package org.dyad.server;

import org.dyad.store.BadParameterException;

/** Which actor pairs {@code GET /api/stats/dyads} leaves out ({@code exclude}). */
final class DyadPairs {
  private DyadPairs() {}

  /**
   * The dyads' {@code exclude}: {@code unknown} leaves out pairs with an actor of unknown country ("---", a hub
   * that joins unrelated events), {@code self} pairs of an actor with itself or with its own country (SYRGOV →
   * SYR). Fixed SQL over the two column expressions, never user text.
   */
  static String conditions(String exclude, String src, String tgt) {
    StringBuilder sql = new StringBuilder();
    if (exclude == null || exclude.isBlank()) return "";
    for (String x : exclude.split(",")) {
      switch (x.strip()) {
        case "unknown" -> sql.append(" AND NOT starts_with(").append(src).append(", '---') AND NOT starts_with(").append(tgt).append(", '---')");
        case "self" -> sql.append(" AND NOT starts_with(").append(src).append(", ").append(tgt).append(") AND NOT starts_with(").append(tgt)
            .append(", ").append(src).append(")");
        case "" -> { }
        default -> throw new BadParameterException("exclude", "must be unknown, self or both (comma-separated), got '" + EventsApi.shorten(x) + "'");
      }
    }
    return sql.toString();
  }
}
