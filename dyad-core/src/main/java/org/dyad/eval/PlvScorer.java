package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores PLOVER sentence sets sentence by sentence: the set of PLOVER types Dyad coded against the set of gold
 * types (counts summed over sentences), the dyad (an event of a gold type between the gold actors, matched by a
 * shared content word), type precision per confidence band, and recall per gold label.
 */
public final class PlvScorer {
  /** Lower edges of the confidence bands; the last band runs to 1 inclusive. */
  static final double[] BAND_EDGES = {0, 0.4, 0.6, 0.8};

  /** How one sentence went. */
  public record Outcome(boolean typesRight, boolean dyadFound) {
    public boolean right() {
      return typesRight && dyadFound;
    }
  }

  private int sentences;
  private int tp;
  private int fp;
  private int fn;
  private int dyadHits;
  private int untyped;
  private final int[] bandEvents = new int[BAND_EDGES.length];
  private final int[] bandGold = new int[BAND_EDGES.length];
  private final Map<String, int[]> labels = new TreeMap<>();

  public Outcome add(PlvGold.Sentence gold, List<ProducedEvent> produced) {
    sentences++;
    Set<String> goldTypes = new LinkedHashSet<>();
    for (PlvGold.Event g : gold.gold()) goldTypes.add(g.type());
    Set<String> types = new LinkedHashSet<>();
    for (ProducedEvent e : produced) {
      if (e.type() == null) {
        untyped++;
        continue;
      }
      types.add(e.type());
      int b = band(e.confidence());
      bandEvents[b]++;
      if (goldTypes.contains(e.type())) bandGold[b]++;
    }
    int hit = 0;
    for (String t : goldTypes) {
      int[] c = labels.computeIfAbsent(t, k -> new int[2]);
      c[0]++;
      if (types.contains(t)) {
        c[1]++;
        hit++;
      }
    }
    tp += hit;
    fp += types.size() - hit;
    fn += goldTypes.size() - hit;
    boolean dyad = dyadFound(gold.gold(), produced);
    if (dyad) dyadHits++;
    return new Outcome(types.equals(goldTypes), dyad);
  }

  /** Whether some event has a gold event's type, shares a word with its source and, where it names one, its target. */
  static boolean dyadFound(List<PlvGold.Event> gold, List<ProducedEvent> produced) {
    for (PlvGold.Event g : gold) {
      for (ProducedEvent e : produced) if (matches(g, e)) return true;
    }
    return false;
  }

  static boolean matches(PlvGold.Event g, ProducedEvent e) {
    if (!Objects.equals(g.type(), e.type())) return false;
    if (g.source() != null && !ContentWords.share(g.source(), e.source())) return false;
    return g.target() == null || ContentWords.share(g.target(), e.target());
  }

  static int band(double confidence) {
    for (int i = BAND_EDGES.length - 1; i > 0; i--) if (confidence >= BAND_EDGES[i]) return i;
    return 0;
  }

  public PlvReport report(String gold, boolean checkSet, List<PlvReport.Miss> misses) {
    List<PlvReport.Band> bands = new ArrayList<>();
    for (int i = 0; i < BAND_EDGES.length; i++) {
      double to = i + 1 < BAND_EDGES.length ? BAND_EDGES[i + 1] : 1;
      bands.add(new PlvReport.Band(BAND_EDGES[i], to, bandEvents[i], bandGold[i]));
    }
    List<PlvReport.LabelRecall> perLabel = new ArrayList<>();
    labels.forEach((l, c) -> perLabel.add(new PlvReport.LabelRecall(l, c[0], c[1])));
    return new PlvReport(gold, checkSet, sentences, new Score("plover type", tp, fp, fn), dyadHits, bands, untyped, perLabel,
        checkSet ? List.of() : misses);
  }
}
