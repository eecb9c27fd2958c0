package org.dyad.pipeline;

import java.util.Set;
import org.dyad.doc.Document;
import org.dyad.doc.Key;

/** One step of the pipeline: reads the layers it requires and adds the layers it provides, nothing else. */
public interface Stage {
  /** Short name, used in errors and provenance ("clean", "nlp", "actors"). */
  String name();

  Set<Key<?>> requires();

  Set<Key<?>> provides();

  void process(Document doc);
}
