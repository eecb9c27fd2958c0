package org.dyad.clean;

import java.time.LocalDate;
import java.util.List;

/**
 * What the HTML extractor found on a page: the main text (paragraphs separated by blank lines), the page's
 * title, publication date and canonical URL when it states them (else null), and the parts it dropped.
 */
public record Extraction(String text, String title, LocalDate date, String url, List<Removed> dropped) {
  public Extraction {
    dropped = List.copyOf(dropped);
  }

  /** A part of the page left out of the text, and why (for example "comments", "navigation", "link-list"). */
  public record Removed(String text, String reason) {}
}
