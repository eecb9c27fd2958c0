package org.dyad.petrarch;

import java.util.List;

/**
 * A PETRARCH verb pattern as PETRARCH reads it, in word order: the elements before the verb ({@code lower}, nearest
 * the verb first) and after it ({@code upper}, in order), the event code, the paired code coded back from the
 * target (or null), the file:line that wrote it, and whether it is a verb's own line (its code when no pattern
 * of its class matches).
 */
record WordPattern(List<Element> lower, List<Element> upper, String code, String back, String rule, boolean base) {

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

  /** How specific the pattern is: any matching pattern beats the verb's own line, then more elements win. */
  int weight() {
    int n = base ? 0 : 1;
    for (Element e : lower) if (e.kind() != Kind.SKIP) n++;
    for (Element e : upper) if (e.kind() != Kind.SKIP) n++;
    return n;
  }
}
