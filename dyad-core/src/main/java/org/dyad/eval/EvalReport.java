package org.dyad.eval;

import java.util.List;

/** The result of scoring one gold set: figures per level, and the sentences Dyad got wrong. */
public record EvalReport(String gold, int sentences, double sentenceAccuracy, List<Score> scores, List<Miss> misses) {
  /** A sentence whose produced triples differ from the gold ones. */
  public record Miss(String id, String text, List<Triple> expected, List<Triple> produced) {}

  public EvalReport {
    scores = List.copyOf(scores);
    misses = List.copyOf(misses);
  }

  public Score score(String level) {
    return scores.stream().filter(s -> s.level().equals(level)).findFirst().orElseThrow();
  }
}
