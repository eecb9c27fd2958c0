package org.dyad.events;

import java.util.List;
import java.util.Set;

/**
 * One event pattern from {@code events/verbs.txt}: a trigger lemma, the words its dependents must include,
 * and where the target comes from ({@code targetPrep}: null for the default, "" for the direct object,
 * else the preposition of the oblique, or several as {@code at|on|into}). {@code targetCode}, when not null, is what the target does in return
 * (PETRARCH's paired codes: "visit" is 042 for the visitor and 043 for the host).
 */
public record VerbPattern(String code, String id, boolean noun, String lemma, List<Set<String>> constraints, String targetPrep,
    int line, String targetCode) {
  public VerbPattern(String code, String id, boolean noun, String lemma, List<Set<String>> constraints, String targetPrep, int line) {
    this(code, id, noun, lemma, constraints, targetPrep, line, null);
  }

  /** The prepositions of the obliques that may hold the target ("at|on|into" gives three); empty when none is named. */
  public List<String> targetPreps() {
    return targetPrep == null || targetPrep.isEmpty() ? List.of() : List.of(targetPrep.split("\\|"));
  }

  public int specificity() {
    return constraints.size();
  }
}
