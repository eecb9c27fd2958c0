package org.dyad.nlp;

import java.util.List;

/** A sentence: its tokens and temporal expressions; {@code begin}/{@code end} are offsets into the article. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Timex> timexes) {
  public Sentence {
    tokens = List.copyOf(tokens);
    timexes = List.copyOf(timexes);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }
}
