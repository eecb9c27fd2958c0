package org.dyad.petrarch;

import edu.stanford.nlp.ling.HasOffset;
import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Map;

/** Penn Treebank trees as PETRARCH's input gives them, and where their words are in the text. */
final class PennTrees {
  /** Treebank spellings of characters that the text writes plainly. */
  private static final Map<String, String> ESCAPES = Map.of("-LRB-", "(", "-RRB-", ")", "-LCB-", "{", "-RCB-", "}", "-LSB-", "[",
      "-RSB-", "]", "``", "\"", "''", "\"");
  /** How far ahead in the text a word is looked for before it is taken as missing (a tree of another text). */
  private static final int WINDOW = 40;

  private PennTrees() {}

  /** A bracketed tree, or null when the text is not one (unbalanced brackets included: CoreNLP's reader forgives them). */
  static Tree read(String bracketed) {
    int depth = 0;
    for (int i = 0; i < bracketed.length(); i++) {
      char c = bracketed.charAt(i);
      if (c == '(') depth++;
      else if (c == ')' && --depth < 0) return null;
    }
    if (depth != 0) return null;
    try {
      Tree t = Tree.valueOf(bracketed.strip());
      return t == null || t.isLeaf() ? null : t;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Character offsets [begin, end) of each leaf: a parser's own leaves carry them; a given tree's words are found
   * in the text in order (a word not found within a few characters gets an empty span where the search stands).
   */
  static int[][] offsets(List<Tree> leaves, String text) {
    int[][] out = new int[leaves.size()][];
    int cursor = 0;
    for (int i = 0; i < leaves.size(); i++) {
      Tree l = leaves.get(i);
      if (l.label() instanceof HasOffset o && o.endPosition() > o.beginPosition() && o.endPosition() <= text.length()) {
        out[i] = new int[] {o.beginPosition(), o.endPosition()};
        cursor = o.endPosition();
        continue;
      }
      String w = l.value();
      String plain = ESCAPES.getOrDefault(w, w);
      int at = find(text, plain, cursor);
      if (at < 0 && !plain.equals(w)) at = find(text, w, cursor);
      if (at < 0 && (w.equals("``") || w.equals("''"))) {
        plain = w.equals("``") ? "\u201c" : "\u201d";
        at = find(text, plain, cursor);
      }
      if (at < 0) {
        out[i] = new int[] {cursor, cursor};
      } else {
        out[i] = new int[] {at, at + plain.length()};
        cursor = at + plain.length();
      }
    }
    return out;
  }

  private static int find(String text, String w, int from) {
    int at = text.indexOf(w, from);
    if (at < 0) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      at = lower.indexOf(w.toLowerCase(java.util.Locale.ROOT), from);
    }
    return at >= 0 && at - from <= WINDOW ? at : -1;
  }
}
