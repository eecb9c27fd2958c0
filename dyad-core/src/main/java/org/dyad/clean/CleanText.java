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

  /**
   * Why nothing is left to code when the rules dropped every line (a file of bare URLs, of share prompts), so the
   * article is reported instead of passing through without a word; null when some text is left.
   */
  public String nothingLeft() {
    if (!text.isBlank() || dropped.isEmpty()) return null;
    java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();
    for (Dropped d : dropped) reasons.merge(d.reason(), 1, Integer::sum);
    return "nothing left to code: the cleaning rules dropped every line (" + dropped.size() + " dropped: "
        + reasons.toString().replaceAll("[{}]", "") + ")";
  }
}
