package org.dyad.time;

import java.util.List;
import java.util.Map;
import org.dyad.nlp.Timex;

/** The {@code timexes} layer: SUTime's temporal expressions of the sentences that hold an event, by sentence index. */
public record Timexes(Map<Integer, List<Timex>> bySentence) {
  public Timexes {
    bySentence = Map.copyOf(bySentence);
  }

  public List<Timex> get(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }
}
