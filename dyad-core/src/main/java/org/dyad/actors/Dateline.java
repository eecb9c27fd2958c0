package org.dyad.actors;

import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * A news dateline opening a sentence: "MOSCOW --", "LA PAZ, Bolivia --", "JERUSALEM (AP) --". It says where the
 * story was filed and by whom, so the names in it act in nothing the sentence reports; the parser often makes the
 * city the subject and hangs the real one below it.
 */
public final class Dateline {
  private Dateline() {}

  private static final Set<String> DASHES = Set.of("--", "—", "–", "-");
  /** How far into the sentence a dateline may reach. */
  private static final int MAX = 8;

  /** The index of the dash that ends the sentence's dateline, or -1 when it opens with none. */
  public static int end(Sentence s) {
    if (s.size() < 3 || !shouted(s.token(0).word())) return -1;
    for (int i = 1; i < Math.min(MAX, s.size()); i++) {
      Token t = s.token(i);
      if (DASHES.contains(t.word())) return i;
      String pos = t.pos();
      // Only the place, its country and the agency's credit come before the dash.
      if (!(pos.startsWith("NNP") || pos.equals(",") || pos.equals("-LRB-") || pos.equals("-RRB-"))) return -1;
    }
    return -1;
  }

  /** A word in capitals, as datelines set their city: "MOSCOW", not "Moscow" nor "UN" alone (two letters at least). */
  private static boolean shouted(String w) {
    int letters = 0;
    for (char c : w.toCharArray()) {
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 3;
  }
}
