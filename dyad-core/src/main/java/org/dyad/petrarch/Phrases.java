package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Dictionary phrases indexed by their first word, longest first, matched case-insensitively on whole words. */
final class Phrases<T> {
  private final Map<String, List<T>> byFirst = new HashMap<>();
  private final Function<T, List<String>> words;

  Phrases(List<T> items, Function<T, List<String>> words) {
    this.words = words;
    for (T t : items) {
      List<String> w = words.apply(t);
      if (!w.isEmpty()) byFirst.computeIfAbsent(key(w.get(0)), k -> new ArrayList<>()).add(t);
    }
    for (List<T> l : byFirst.values()) l.sort(Comparator.comparingInt((T t) -> -words.apply(t).size()));
  }

  static String key(String w) {
    return w.toUpperCase(Locale.ROOT);
  }

  /** The longest phrase starting at {@code from} in the (upper-case) words, or null. */
  T longestAt(List<String> text, int from) {
    List<T> cands = byFirst.get(text.get(from));
    if (cands == null) return null;
    outer:
    for (T t : cands) {
      List<String> w = words.apply(t);
      if (from + w.size() > text.size()) continue;
      for (int k = 1; k < w.size(); k++) if (!key(w.get(k)).equals(text.get(from + k))) continue outer;
      return t;
    }
    return null;
  }

  int length(T t) {
    return words.apply(t).size();
  }
}
