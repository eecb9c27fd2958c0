package org.dyad.clean;

import java.util.List;

/**
 * The article text with dropped parts blanked out. Dropped characters become spaces (newlines are kept), so
 * the cleaned text has the same length as the article and every offset into it is an offset into the article.
 */
public record CleanText(String text, List<Dropped> dropped) {
  public CleanText {
    dropped = List.copyOf(dropped);
  }
}
