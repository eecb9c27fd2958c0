package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;

/** One gold record: the text to code and the triples a human coder expects from it (empty: no event). */
public record GoldSentence(String id, LocalDate date, String text, List<Triple> gold) {
  public GoldSentence {
    gold = List.copyOf(gold);
  }
}
