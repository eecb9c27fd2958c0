package org.dyad.petrarch;

import java.util.List;

/**
 * A PETRARCH verb pattern as PETRARCH reads it, in word order: the elements before the verb ({@code lower}, nearest
 * the verb first) and after it ({@code upper}, in order), the event code, the paired code coded back from the
 * target (or null), and the file:line that wrote it.
 */
record WordPattern(List<Element> lower, List<Element> upper, String code, String back, String rule) {

  enum Kind {
    /** A literal word. */
    WORD,
    /** A synonym set: any of its phrases. */
    SET,
    /** {@code +}: the target's noun phrase. */
    TARGET,
    /** {@code $}: the source's noun phrase. */
    SOURCE,
    /** {@code %}: a compound noun phrase whose members act on one another. */
    COMPOUND,
    /** {@code ^}: skip one noun phrase (matched as "any words"). */
    SKIP
  }

  /**
   * One element. {@code phrases}: for a word, one one-word phrase; for a set, every member phrase (upper case).
   * {@code adjacent}: joined by {@code _} to its neighbour on the verb's side, so no word may come between.
   */
  record Element(Kind kind, List<List<String>> phrases, boolean adjacent) {}

  /** Literal words and sets: how specific the pattern is (the most specific matching pattern wins). */
  int weight() {
    int n = 0;
    for (Element e : lower) if (e.kind() == Kind.WORD || e.kind() == Kind.SET) n++;
    for (Element e : upper) if (e.kind() == Kind.WORD || e.kind() == Kind.SET) n++;
    return n;
  }
}
