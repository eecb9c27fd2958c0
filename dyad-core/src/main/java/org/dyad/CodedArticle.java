package org.dyad;

import java.util.List;
import org.dyad.clean.Dropped;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;

/** What coding one article produced: its events, the parts the cleaner dropped, and any errors. */
public record CodedArticle(Article article, List<CodedEvent> events, List<Dropped> dropped, List<DocError> errors, int sentences) {
  public CodedArticle {
    events = List.copyOf(events);
    dropped = List.copyOf(dropped);
    errors = List.copyOf(errors);
  }
}
