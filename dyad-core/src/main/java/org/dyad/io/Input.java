package org.dyad.io;

import org.dyad.doc.Article;
import org.dyad.doc.DocError;

/** One item read from the input: an article, or the error that kept a document from becoming one. */
public record Input(Article article, DocError error) {
  public static Input of(Article a) {
    return new Input(a, null);
  }

  public static Input failed(String docId, String code, String message) {
    return new Input(null, new DocError(docId, "read", code, message));
  }
}
