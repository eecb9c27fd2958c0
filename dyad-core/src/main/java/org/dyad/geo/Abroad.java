package org.dyad.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The geoparser's last step. Homonyms abroad: a town of under 100,000 people, without a qualifier, in a country that
 * none of the article's other names is in, while two or more of them place the article in one other country
 * ("Mayadin" resolved to Ukraine in an article whose every other place is in Syria) is dropped: the gazetteer lacks
 * the right one, and no place is better than a wrong one.
 */
final class Abroad {
  /** A town this small, in a country the rest of the article never names, is a homonym abroad. */
  private static final long HOMONYM_MAX_POPULATION = 100_000;

  private Abroad() {}

  static void drop(List<Mention> mentions) {
    Map<String, Set<String>> countriesByKey = new HashMap<>();
    for (Mention m : mentions) {
      Place p = m.place();
      if (!m.demonym && !p.isRegion() && !p.country().isEmpty()) {
        countriesByKey.computeIfAbsent(m.key, k -> new HashSet<>()).add(p.country());
      }
    }
    mentions.removeIf(m -> {
      Place p = m.place();
      if (m.demonym || m.qualifier != null || !p.isCity() || p.population() >= HOMONYM_MAX_POPULATION || p.featureCode().equals("PPLC")) {
        return false;
      }
      Map<String, Integer> names = new HashMap<>(); // the article's other names, by country
      for (var e : countriesByKey.entrySet()) {
        if (e.getKey().equals(m.key)) continue;
        if (e.getValue().contains(p.country())) return false;
        for (String c : e.getValue()) names.merge(c, 1, Integer::sum);
      }
      boolean elsewhere = names.values().stream().anyMatch(n -> n >= 2);
      return elsewhere;
    });
  }
}
