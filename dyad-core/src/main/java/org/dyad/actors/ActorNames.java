package org.dyad.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.TsvFile;
import org.dyad.events.ActorRef;

/**
 * Names for readers: an actor code with the dictionary's name of the person or organisation, when there is one,
 * becomes "Bashar al-Assad (Syria, government)"; a code alone becomes its country and role labels ("Syria —
 * rebels", "Turkey — government, military"). Country names are the first names of {@code actors/countries.tsv};
 * role labels come from the role glossary {@code codebook/roles.tsv}. Immutable.
 */
public final class ActorNames {
  /** The dash between a country and its roles. */
  static final String DASH = " — ";
  private final Map<String, String> countries;
  private final Codebook codebook;

  private ActorNames(Map<String, String> countries, Codebook codebook) {
    this.countries = countries;
    this.codebook = codebook;
  }

  /** Names from the built-in (or {@code overrideDir}'s) countries file and the codebook's roles. */
  public static ActorNames load(Path overrideDir, Codebook codebook) {
    // ActorDictionary validates this file; only the code and the first name are needed here.
    TsvFile f = TsvFile.open("actors/countries.tsv", overrideDir, 2, 4);
    Map<String, String> names = new LinkedHashMap<>();
    for (TsvFile.Row r : f.rows()) {
      List<String> l = TsvFile.list(r.col(1));
      if (!l.isEmpty()) names.putIfAbsent(r.col(0), l.get(0));
    }
    return new ActorNames(Map.copyOf(names), codebook);
  }

  public static ActorNames builtIn() {
    return load(null, Codebook.builtIn());
  }

  /** The actor with its display name in place of the dictionary's bare name. */
  public ActorRef named(ActorRef a) {
    return a == null ? null : a.withName(name(a.code(), a.name(), a.text()));
  }

  /**
   * The display name of {@code code}: {@code entryName} qualified by the code's country and roles where the code
   * has a country, the code's description otherwise; for a code that says nothing ("---"), the words of the text.
   */
  public String name(String code, String entryName, String text) {
    String country = countryName(code);
    List<String> roles = roleLabels(code);
    if (entryName != null && !entryName.isBlank()) {
      if (country == null || entryName.equals(country) && roles.isEmpty()) return entryName;
      List<String> q = new ArrayList<>();
      q.add(country);
      q.addAll(roles);
      return entryName + " (" + String.join(", ", q) + ")";
    }
    if (country != null) return roles.isEmpty() ? country : country + DASH + String.join(", ", roles);
    if (!roles.isEmpty()) {
      String r = String.join(", ", roles);
      return code.startsWith("---") ? r + " (country unknown)" : r;
    }
    return text == null || text.isBlank() ? "unknown actor" : text.strip();
  }

  /** The country's name when the code begins with a known country code; null for IGO, NGO, "---" and the like. */
  String countryName(String code) {
    return code == null || code.length() < 3 ? null : countries.get(code.substring(0, 3));
  }

  /** Labels of the code's known role blocks, in order: the first block too when it is a role (IGO, NGO, IMG). */
  List<String> roleLabels(String code) {
    List<String> out = new ArrayList<>();
    if (code == null) return out;
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      Codebook.Role r = codebook.role(code.substring(i, i + 3));
      if (r != null && !out.contains(r.label())) out.add(r.label());
    }
    return out;
  }
}
