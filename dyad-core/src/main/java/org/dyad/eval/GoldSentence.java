package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold record: the text to code and the triples a human coder expects from it (empty: no event); {@code parse}
 * is the record's own Penn Treebank tree where it has one (PETRARCH's {@code <Parse>}), else null.
 */
public record GoldSentence(String id, LocalDate date, String text, List<Triple> gold, String parse) {
  public GoldSentence {
    gold = List.copyOf(gold);
  }

  public GoldSentence(String id, LocalDate date, String text, List<Triple> gold) {
    this(id, date, text, gold, null);
  }
}
