package org.dyad.eval;

import java.util.List;

/**
 * A gold file: its records and how to compare codes. {@code plover}: the gold gives PLOVER event types and
 * ISO-3 countries (PLOVER GSR), so Dyad's CAMEO codes are mapped to PLOVER before scoring.
 */
public record GoldSet(String name, boolean plover, List<GoldSentence> sentences) {
  public GoldSet {
    sentences = List.copyOf(sentences);
  }
}
