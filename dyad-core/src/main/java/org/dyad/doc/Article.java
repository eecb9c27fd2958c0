package org.dyad.doc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as given to Dyad. {@code text} is the article text that every character offset in Dyad's
 * output points into; {@code date} is the publication date that relative dates ("on Tuesday") resolve against.
 * {@code parse} is a Penn Treebank tree of the text when the input supplies one (PETRARCH's {@code <Parse>}), else
 * null; {@code options} are coder options the input sets for this text (PETRARCH's {@code <Config option value>}),
 * usually none. A blank {@code url} ("", " ") is no URL: stores key articles by URL, and a blank one would make
 * every article without one the same article.
 */
public record Article(String id, LocalDate date, String text, String title, String url, String source, String parse,
    Map<String, String> options) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    url = url == null || url.isBlank() ? null : url.strip();
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** An article without a given parse tree or options, as almost every input gives it. */
  public Article(String id, LocalDate date, String text, String title, String url, String source) {
    this(id, date, text, title, url, source, null, Map.of());
  }

  public static Article of(String id, LocalDate date, String text) {
    return new Article(id, date, text, null, null, null);
  }
}
