package org.dyad.eval;

import java.util.List;

/**
 * The result of scoring one PLOVER sentence set. {@code types} counts the PLOVER types of each sentence as sets;
 * {@code dyadHits} is how many sentences got an event of a gold type between the gold actors; {@code misses} is
 * empty for a check set, whatever was wrong.
 */
public record PlvReport(String gold, boolean checkSet, int sentences, Score types, int dyadHits, List<Band> bands,
    int untypedEvents, List<LabelRecall> labels, List<Miss> misses) {
  /** Events whose confidence lies in {@code [from, to)} (the last band includes 1) and how many have a gold type. */
  public record Band(double from, double to, int events, int goldType) {
    public double precision() {
      return events == 0 ? 0 : goldType / (double) events;
    }
  }

  /** For one gold label: how many sentences carry it, and in how many Dyad coded an event of that type. */
  public record LabelRecall(String label, int sentences, int found) {
    public double recall() {
      return sentences == 0 ? 0 : found / (double) sentences;
    }
  }

  /** A sentence coded wrongly: types not the gold ones, or no event between the gold actors. */
  public record Miss(String id, String text, List<PlvGold.Event> gold, List<ProducedEvent> produced) {
    public Miss {
      gold = List.copyOf(gold);
      produced = List.copyOf(produced);
    }
  }

  public PlvReport {
    bands = List.copyOf(bands);
    labels = List.copyOf(labels);
    misses = List.copyOf(misses);
  }

  /** Share of sentences with an event of a gold type whose actors share a content word with the gold spans. */
  public double dyadRecall() {
    return sentences == 0 ? 0 : dyadHits / (double) sentences;
  }
}
