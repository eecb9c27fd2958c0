package org.dyad.codebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The CAMEO event codebook ({@code codebook/cameo.tsv}) and the actor role codes ({@code codebook/roles.tsv}). */
public final class Codebook {
  private static final Pattern CODE = Pattern.compile("\\d{3,4}");
  private final Map<String, EventType> events;
  private final Map<String, Role> roles;

  /** An actor role code of {@code codebook/roles.tsv}: its name, and the lower-case label display names use. */
  public record Role(String code, String kind, String name, String label) {}

  private Codebook(Map<String, EventType> events, Map<String, Role> roles) {
    this.events = Collections.unmodifiableMap(events);
    this.roles = Collections.unmodifiableMap(roles);
  }

  public static Codebook builtIn() {
    return load(null);
  }

  public static Codebook load(Path overrideDir) {
    List<String> problems = new ArrayList<>();
    TsvFile f = TsvFile.open("codebook/cameo.tsv", overrideDir, 6, 6);
    Map<String, EventType> events = new LinkedHashMap<>();
    for (TsvFile.Row r : f.rows()) {
      String code = r.col(0);
      if (!CODE.matcher(code).matches()) {
        f.problem(r, "event code must be 3 or 4 digits: " + code);
        continue;
      }
      if (!code.startsWith(r.col(1))) f.problem(r, "code " + code + " does not start with its root " + r.col(1));
      try {
        int quad = Integer.parseInt(r.col(2));
        double g = Double.parseDouble(r.col(3));
        if (quad < 1 || quad > 4) f.problem(r, "quad class must be 1-4: " + quad);
        if (g < -10 || g > 10) f.problem(r, "Goldstein value must be within -10..10: " + g);
        if (events.put(code, new EventType(code, r.col(1), quad, g, r.col(4), r.col(5))) != null) {
          f.problem(r, "duplicate event code " + code);
        }
      } catch (NumberFormatException e) {
        f.problem(r, "bad number: " + e.getMessage());
      }
    }
    problems.addAll(f.problems());
    TsvFile rf = TsvFile.open("codebook/roles.tsv", overrideDir, 3, 4);
    Map<String, Role> roles = new LinkedHashMap<>();
    for (TsvFile.Row r : rf.rows()) {
      if (!r.col(0).matches("[A-Z]{3}")) rf.problem(r, "role code must be three capitals: " + r.col(0));
      // An older three-column file has no label: the name in lower case stands in.
      String label = r.cols().size() > 3 ? r.col(3) : r.col(2).toLowerCase(java.util.Locale.ROOT);
      if (roles.put(r.col(0), new Role(r.col(0), r.col(1), r.col(2), label)) != null) rf.problem(r, "duplicate role " + r.col(0));
    }
    problems.addAll(rf.problems());
    for (int root = 1; root <= 20; root++) {
      String rc = String.format("%02d", root);
      if (!events.containsKey(rc + "0")) problems.add("codebook/cameo.tsv: root " + rc + " has no base code " + rc + "0");
    }
    if (!problems.isEmpty()) throw new DictionaryException(problems);
    return new Codebook(events, roles);
  }

  /** The event type of a code, or {@code null} when the codebook has no such code. */
  public EventType event(String code) {
    return events.get(code);
  }

  /**
   * The event type of a code; a code that the codebook lacks (a user's own dictionary may use WEIS or local codes)
   * gets a type with quad class 0 and no Goldstein value (NaN), so that it is reported, not lost.
   */
  public EventType eventOrUnlisted(String code) {
    EventType t = events.get(code);
    if (t != null) return t;
    return new EventType(code, code.length() >= 2 ? code.substring(0, 2) : code, 0, Double.NaN, "-", "not in the codebook");
  }

  public boolean hasEvent(String code) {
    return events.containsKey(code);
  }

  public boolean hasRole(String role) {
    return roles.containsKey(role);
  }

  /** The role of a code, or null. */
  public Role role(String code) {
    return roles.get(code);
  }

  /** Every role, in the file's order (the glossary). */
  public java.util.Collection<Role> roles() {
    return roles.values();
  }

  public java.util.Collection<EventType> events() {
    return events.values();
  }
}
