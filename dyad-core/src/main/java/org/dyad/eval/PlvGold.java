package org.dyad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A PLOVER sentence set ({@code text,label,meta,context,source,target}): news sentences, each with the PLOVER
 * types of its events and their source and target as text spans, not codes. {@code checkSet} is true for a held-out
 * set (its file name contains "check"), whose sentences are never listed, so rules cannot be fitted to it.
 */
public record PlvGold(String name, boolean checkSet, List<Sentence> sentences) {
  /** One sentence and its gold events; {@code id} is the {@code sentence_id} of its {@code meta}. */
  public record Sentence(String id, String text, List<Event> gold) {
    public Sentence {
      gold = List.copyOf(gold);
    }
  }

  /** One gold event: its PLOVER type and spans; {@code source} or {@code target} is null where none is named. */
  public record Event(String type, String source, String target) {
    @Override
    public String toString() {
      return type + " " + span(source) + " -> " + span(target);
    }

    private static String span(String s) {
      return s == null ? "-" : "\"" + s + "\"";
    }
  }

  public PlvGold {
    sentences = List.copyOf(sentences);
  }

  /** Every gold type of the set. */
  public Set<String> types() {
    Set<String> out = new TreeSet<>();
    for (Sentence s : sentences) for (Event e : s.gold()) out.add(e.type());
    return out;
  }

  /** Held-out sets are named so: their sentences are read as totals only. */
  public static boolean isCheckSet(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).contains("check");
  }
}
