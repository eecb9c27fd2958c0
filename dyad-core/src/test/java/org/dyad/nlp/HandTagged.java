package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

/** Sentences built by hand for tests that need no CoreNLP: tokens as "word/POS/lemma", joined by single spaces. */
public final class HandTagged {
  private HandTagged() {}

  public static Sentence sentence(String... tokens) {
    List<Token> ts = new ArrayList<>();
    int pos = 0;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      String[] p = tokens[i].split("/");
      ts.add(new Token(i, p[0], p[2], p[1], "O", pos, pos + p[0].length()));
      text.append(p[0]).append(' ');
      pos += p[0].length() + 1;
    }
    return new Sentence(0, 0, pos - 1, text.toString().strip(), ts);
  }
}
