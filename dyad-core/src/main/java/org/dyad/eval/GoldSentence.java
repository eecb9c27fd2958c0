package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One gold record: the text to code and the triples a human coder expects from it (empty: no event); {@code parse}
 * is the record's own Penn Treebank tree where it has one (PETRARCH's {@code <Parse>}), else null; {@code options}
 * are the coder options in force for it (PETRARCH's {@code <Config>} elements before it in the file).
 */
public record GoldSentence(String id, LocalDate date, String text, List<Triple> gold, String parse, Map<String, String> options) {
  public GoldSentence {
    gold = List.copyOf(gold);
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  public GoldSentence(String id, LocalDate date, String text, List<Triple> gold) {
    this(id, date, text, gold, null, Map.of());
  }
}
