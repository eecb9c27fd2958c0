package org.dyad.nlp;

import java.util.Map;

/** The {@code parse} layer: dependency graphs of the sentences that were worth parsing, by sentence index. */
public record Parses(Map<Integer, DepGraph> bySentence) {
  public Parses {
    bySentence = Map.copyOf(bySentence);
  }

  public DepGraph get(int sentence) {
    return bySentence.get(sentence);
  }
}
