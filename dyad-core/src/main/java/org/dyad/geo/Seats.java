package org.dyad.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.codebook.TsvFile;

/**
 * Seats of government ({@code seats.tsv}: name, town, country, note): "the White House", "the Kremlin". Each stands
 * for the government that sits there, so the geoparser reads it as a metonym of the town. Loading reports every bad
 * line as {@code file:line: message}.
 */
public record Seats(Map<String, Seat> byKey, Set<String> firstWords, List<String> errors) {
  static final String RESOURCE = "geo/seats.tsv";

  /** A seat's town and country, as written in the table. */
  public record Seat(String name, String town, String country) {}

  /** The shipped table; a bad line is a programming error and fails loudly. */
  public static Seats shipped() {
    Seats n = load(null);
    if (!n.errors().isEmpty()) throw new IllegalStateException(String.join("\n", n.errors()));
    return n;
  }

  /** The seats of {@code seats.tsv}: from {@code dir} when it holds that file, else the built-in one. */
  static Seats load(java.nio.file.Path dir) {
    TsvFile tsv = TsvFile.open(RESOURCE, dir, 3, 4);
    Map<String, Seat> byKey = new HashMap<>();
    Set<String> first = new HashSet<>();
    for (TsvFile.Row r : tsv.rows()) {
      String key = Names.key(r.col(0));
      String cc = r.col(2);
      if (key.isEmpty()) tsv.problem(r, "empty name");
      else if (!cc.matches("[A-Z]{2}")) tsv.problem(r, "country '" + cc + "' is not an ISO alpha-2 code");
      else if (byKey.putIfAbsent(key, new Seat(r.col(0), r.col(1), cc)) != null) tsv.problem(r, "'" + r.col(0) + "' is listed twice");
      else first.add(key.split(" ")[0]);
    }
    return new Seats(Map.copyOf(byKey), Set.copyOf(first), List.copyOf(tsv.problems()));
  }

  /** The seat named exactly so, or null. */
  public Seat get(String name) {
    return byKey.get(Names.key(name));
  }

  /** Whether a seat's name begins with this word: the cheap test before trying longer names. */
  public boolean starts(String word) {
    return firstWords.contains(Names.key(word));
  }

  /** The seat's town in the gazetteer: the capital of that name in its country, else its largest town of the name. */
  static Place town(Gazetteer g, Seat seat) {
    Place best = null;
    for (Gazetteer.Candidate c : g.lookup(seat.town())) {
      Place p = c.place();
      if (p.isCity() && p.country().equals(seat.country()) && (best == null || rank(p) > rank(best))) best = p;
    }
    return best;
  }

  private static double rank(Place p) {
    return (p.featureCode().equals("PPLC") ? 1e12 : 0) + p.population();
  }
}
