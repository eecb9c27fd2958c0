package org.dyad.nlp;

/** One token: {@code begin}/{@code end} are character offsets into the article text. */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
