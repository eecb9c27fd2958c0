package org.dyad.ingest;

import java.util.List;
import org.dyad.clean.Extraction;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;
import org.dyad.io.Input;

/**
 * One document read from any source: the article (its text already extracted from HTML where it came as a page)
 * and the parts of the page left out, or the error that kept it from becoming an article.
 */
public record Ingested(Article article, List<Extraction.Removed> dropped, DocError error) {
  public Ingested {
    dropped = List.copyOf(dropped);
  }

  public static Ingested of(Article a, List<Extraction.Removed> dropped) {
    return new Ingested(a, dropped, null);
  }

  public static Ingested of(Input in) {
    return new Ingested(in.article(), List.of(), in.error());
  }

  public static Ingested failed(String docId, String code, String message) {
    return of(Input.failed(docId, code, message));
  }

  public static Ingested failed(DocError error) {
    return new Ingested(null, List.of(), error);
  }

  public Input input() {
    return new Input(article, error);
  }
}
