package org.dyad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Compares, sentence by sentence, the multiset of triples Dyad produced with the gold multiset, at several
 * levels: exact codes; country (first three letters) + event code; country + root. For PLOVER gold the levels
 * are country + PLOVER type, and PLOVER type alone.
 */
public final class Scorer {
  /** A level: its name and how it reduces a triple before comparison. */
  public record Level(String name, UnaryOperator<Triple> reduce) {}

  public static final List<Level> CAMEO_LEVELS = List.of(
      new Level("exact", t -> t),
      new Level("country+code", t -> new Triple(country(t.source()), country(t.target()), t.event())),
      new Level("country+root", t -> new Triple(country(t.source()), country(t.target()), root(t.event()))));
  public static final List<Level> PLOVER_LEVELS = List.of(
      new Level("country+plover", t -> new Triple(country(t.source()), country(t.target()), t.event())),
      new Level("plover", t -> new Triple("", "", t.event())));

  /** Codebook examples: does the sentence yield an event with the expected root, the expected code? Actors are ignored. */
  public static final List<Level> CODEBOOK_LEVELS = List.of(
      new Level("code", t -> new Triple("", "", t.event())),
      new Level("root", t -> new Triple("", "", root(t.event()))));

  private final List<Level> levels;
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private int sentences;
  private int exactSentences;

  public Scorer(List<Level> levels) {
    this.levels = levels;
    for (Level l : levels) counts.put(l.name(), new int[3]);
  }

  /** Adds one sentence; returns true when it was coded exactly right at the first level. */
  public boolean add(List<Triple> gold, List<Triple> produced) {
    sentences++;
    boolean exact = false;
    for (int i = 0; i < levels.size(); i++) {
      Level l = levels.get(i);
      int tp = overlap(reduce(gold, l), reduce(produced, l));
      int[] c = counts.get(l.name());
      c[0] += tp;
      c[1] += produced.size() - tp;
      c[2] += gold.size() - tp;
      if (i == 0) exact = tp == gold.size() && tp == produced.size();
    }
    if (exact) exactSentences++;
    return exact;
  }

  public List<Score> scores() {
    List<Score> out = new ArrayList<>();
    for (var e : counts.entrySet()) out.add(new Score(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
    return out;
  }

  public int sentences() {
    return sentences;
  }

  /** Share of sentences whose triples were exactly the gold ones (PETRARCH's unit-test criterion). */
  public double sentenceAccuracy() {
    return sentences == 0 ? 0 : exactSentences / (double) sentences;
  }

  private static List<Triple> reduce(List<Triple> ts, Level l) {
    List<Triple> out = new ArrayList<>();
    for (Triple t : ts) out.add(l.reduce().apply(t));
    return out;
  }

  static int overlap(List<Triple> a, List<Triple> b) {
    Map<Triple, Integer> m = new HashMap<>();
    for (Triple t : a) m.merge(t, 1, Integer::sum);
    int n = 0;
    for (Triple t : b) {
      Integer c = m.get(t);
      if (c != null && c > 0) {
        n++;
        m.put(t, c - 1);
      }
    }
    return n;
  }

  static String country(String code) {
    if (code == null || code.isBlank()) return "---";
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  static String root(String event) {
    return event.length() >= 2 ? event.substring(0, 2) : event;
  }
}
