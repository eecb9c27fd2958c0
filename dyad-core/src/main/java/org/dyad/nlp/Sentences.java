package org.dyad.nlp;

import java.util.List;

/** The {@code nlp} layer: every sentence of the article, in order. */
public record Sentences(List<Sentence> list) {
  public Sentences {
    list = List.copyOf(list);
  }
}
