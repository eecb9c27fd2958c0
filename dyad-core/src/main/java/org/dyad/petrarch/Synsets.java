package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The synonym sets of a PETRARCH verb file: a line {@code &NAME} starts a set, each following {@code +phrase} line
 * is a member, and a member may itself name a set. Both the dependency coder's and the tree coder's readers use it.
 */
final class Synsets {
  /** Nesting deeper than this is taken for a cycle in the file and not followed further. */
  private static final int MAX_DEPTH = 8;

  private Synsets() {}

  /** Every set by name, with its member phrases (as words, in the file's case), nested sets expanded. */
  static Map<String, List<List<String>>> read(SourceLines src) {
    Map<String, List<String>> raw = new HashMap<>();
    List<String> cur = null;
    for (SourceLines.Line l : src.lines()) {
      String t = l.text();
      if (t.startsWith("&")) {
        cur = new ArrayList<>();
        raw.put(name(t.split("\\s+")[0]), cur);
      } else if (cur != null && t.startsWith("+")) {
        cur.add(t.substring(1).strip());
      } else {
        cur = null;
      }
    }
    Map<String, List<List<String>>> out = new HashMap<>();
    for (String name : raw.keySet()) out.put(name, List.copyOf(expand(name, raw, new LinkedHashSet<>(), 0)));
    return out;
  }

  private static Set<List<String>> expand(String name, Map<String, List<String>> raw, Set<List<String>> acc, int depth) {
    List<String> members = raw.get(name);
    if (members == null || depth > MAX_DEPTH) return acc;
    for (String m : members) {
      if (m.startsWith("&")) {
        expand(name(m.split("\\s+")[0]), raw, acc, depth + 1);
      } else {
        List<String> w = ActorFile.words(m);
        if (!w.isEmpty()) acc.add(List.copyOf(w));
      }
    }
    return acc;
  }

  /** The lines of a verb file that are neither blank nor part of a synonym set: the verb classes and patterns. */
  static List<SourceLines.Line> verbLines(SourceLines src) {
    List<SourceLines.Line> out = new ArrayList<>();
    boolean inSet = false;
    for (SourceLines.Line l : src.lines()) {
      String t = l.text();
      if (t.isEmpty()) {
        inSet = false;
      } else if (t.startsWith("&")) {
        inSet = true;
      } else if (!(inSet && t.startsWith("+"))) {
        inSet = false;
        out.add(l);
      }
    }
    return out;
  }

  /** "&PREPOSIT1_" and "&PREPOSIT1" name the same set. */
  static String name(String w) {
    String n = w.toUpperCase(Locale.ROOT);
    while (n.endsWith("_")) n = n.substring(0, n.length() - 1);
    return n;
  }
}
