package org.dyad.nlp;

import java.util.List;

/** A sentence and its tokens; {@code begin}/{@code end} are offsets into the article. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }
}
