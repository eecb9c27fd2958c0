package org.dyad.events;

import java.util.List;
import java.util.Set;

/**
 * One event pattern from {@code events/verbs.txt}: a trigger lemma, the words its dependents must include,
 * and where the target comes from ({@code targetPrep}: null for the default, "" for the direct object,
 * else the preposition of the oblique).
 */
public record VerbPattern(String code, String id, boolean noun, String lemma, List<Set<String>> constraints, String targetPrep,
    int line) {
  public int specificity() {
    return constraints.size();
  }
}
