package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dyad.doc.Article;

/** An {@link Article} as it travels between Spark tasks (core's records are not {@link Serializable}). */
public record ArticleData(String id, LocalDate date, String text, String title, String url, String source) implements Serializable {
  public static ArticleData of(Article a) {
    return new ArticleData(a.id(), a.date(), a.text(), a.title(), a.url(), a.source());
  }

  public Article article() {
    return new Article(id, date, text, title, url, source);
  }
}
