package org.dyad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names never taken as places on their own ({@code not-places.tsv}: name, class, note). Loading reports every bad
 * line as {@code file:line: message}: an empty name, an unknown class, a missing column, a name listed twice.
 */
public record NotPlaces(Set<String> keys, List<String> errors) {
  public static final String RESOURCE = "/org/dyad/geo/not-places.tsv";
  private static final List<String> CLASSES = List.of("generic", "organisation", "institution", "combining", "timezone");

  /** The shipped list; a bad line is a programming error and fails loudly. */
  public static NotPlaces shipped() {
    NotPlaces n;
    try (InputStream in = NotPlaces.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      n = parse("not-places.tsv", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!n.errors().isEmpty()) throw new IllegalStateException(String.join("\n", n.errors()));
    return n;
  }

  public static NotPlaces parse(String file, List<String> lines) {
    Set<String> keys = new HashSet<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String at = file + ":" + (i + 1) + ": ";
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        errors.add(at + "expected name, class and note separated by tabs: " + line);
        continue;
      }
      String key = Names.key(f[0].strip());
      if (key.isEmpty()) errors.add(at + "empty name");
      else if (!CLASSES.contains(f[1].strip())) errors.add(at + "unknown class '" + f[1] + "' (expected one of " + CLASSES + ")");
      else if (!keys.add(key)) errors.add(at + "'" + f[0] + "' is listed twice");
    }
    return new NotPlaces(Set.copyOf(keys), List.copyOf(errors));
  }

  public boolean contains(String name) {
    return keys.contains(Names.key(name));
  }
}
