package org.dyad.geo;

/**
 * A place name found in an article and the place it stands for. Offsets {@code start}/{@code end} are characters of
 * the article text; tokens {@code [tokenStart, tokenEnd)} are of sentence {@code sentence}. {@code kind} is
 * "literal" (the place itself) or "metonym" (its government or people: "Ankara said", "Turkish troops").
 */
public record Toponym(int sentence, int tokenStart, int tokenEnd, int start, int end, String text, Place place, String kind,
    double confidence) {
  public boolean literal() {
    return kind.equals("literal");
  }
}
