package org.dyad.time;

import java.util.Map;
import org.dyad.nlp.Sentence;

/**
 * A clause dated by its distance from the rest of the sentence: "two days after Erdogan denounced Israel", "barely
 * 48 hours after the WHO declared an emergency, Nigeria went on alert Friday", "a day after the Taliban reported".
 * The act of the "after" clause happened that long before the act of the main clause, whatever date the main
 * clause carries; SUTime reads "two days" as a duration and the stage gave the embedded act the main clause's date.
 */
final class Offsets {
  private Offsets() {}

  /**
   * The clause of such an expression: tokens {@code [from, to)} after "after"/"before", the quantity's tokens
   * {@code [quantity, from)}, and the days to add to the main clause's date to date an act of the clause.
   */
  record Offset(int quantity, int from, int to, int days) {
    boolean holds(int token) {
      return token >= from && token < to;
    }

    boolean covers(int token) {
      return token >= quantity && token < to;
    }
  }

  private static final Map<String, Integer> UNIT_DAYS = Map.of("hour", 0, "day", 1, "week", 7);
  private static final Map<String, Integer> WORDS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3, "four", 4,
      "five", 5, "six", 6, "seven", 7, "ten", 10);

  /** The offset clause holding {@code token}, or null. */
  static Offset around(Sentence s, int token) {
    for (int k = 2; k < s.size(); k++) {
      String w = s.token(k).lower();
      if (!w.equals("after") && !w.equals("before")) continue;
      Integer unit = UNIT_DAYS.get(s.token(k - 1).lemma().toLowerCase(java.util.Locale.ROOT));
      Integer n = count(s.token(k - 2).lower());
      if (unit == null || n == null) continue;
      // Hours count in whole days: "48 hours after" is two days before, "hours after" the same day.
      int days = unit == 0 ? n / 24 : n * unit;
      int to = k + 1;
      while (to < s.size() && !s.token(to).word().equals(",") && !s.token(to).word().equals(";")) to++;
      Offset o = new Offset(k - 2, k + 1, to, w.equals("after") ? -days : days);
      if (o.holds(token)) return o;
    }
    return null;
  }

  private static Integer count(String w) {
    if (w.matches("\\d{1,3}")) return Integer.parseInt(w);
    return WORDS.get(w);
  }
}
