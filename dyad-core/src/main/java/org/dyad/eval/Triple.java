package org.dyad.eval;

/** A (source, target, event) triple as scored; "---" stands for a missing actor. */
public record Triple(String source, String target, String event) {
  @Override
  public String toString() {
    return source + " " + target + " " + event;
  }
}
