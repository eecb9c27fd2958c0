package org.dyad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seats of government ({@code seats.tsv}: name, town, country, note): "the White House", "the Kremlin". Each stands
 * for the government that sits there, so the geoparser reads it as a metonym of the town. Loading reports every bad
 * line as {@code file:line: message}.
 */
public record Seats(Map<String, Seat> byKey, Set<String> firstWords, List<String> errors) {
  public static final String RESOURCE = "/org/dyad/geo/seats.tsv";

  /** A seat's town and country, as written in the table. */
  public record Seat(String name, String town, String country) {}

  /** The shipped table; a bad line is a programming error and fails loudly. */
  public static Seats shipped() {
    Seats n;
    try (InputStream in = Seats.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      n = parse("seats.tsv", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!n.errors().isEmpty()) throw new IllegalStateException(String.join("\n", n.errors()));
    return n;
  }

  public static Seats parse(String file, List<String> lines) {
    Map<String, Seat> byKey = new HashMap<>();
    Set<String> first = new HashSet<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String at = file + ":" + (i + 1) + ": ";
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        errors.add(at + "expected name, town, country and note separated by tabs: " + line);
        continue;
      }
      String key = Names.key(f[0].strip());
      String cc = f[2].strip();
      if (key.isEmpty() || f[1].isBlank()) errors.add(at + "empty name or town");
      else if (!cc.matches("[A-Z]{2}")) errors.add(at + "country '" + f[2] + "' is not an ISO alpha-2 code");
      else if (byKey.putIfAbsent(key, new Seat(f[0].strip(), f[1].strip(), cc)) != null) errors.add(at + "'" + f[0] + "' is listed twice");
      else first.add(key.split(" ")[0]);
    }
    return new Seats(Map.copyOf(byKey), Set.copyOf(first), List.copyOf(errors));
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
