package org.dyad.spark;

import java.io.Serializable;
import org.dyad.doc.DocError;

/** A {@link DocError} as it travels between Spark tasks; written out as {@code dyad code --errors} writes it. */
public record ErrorData(String docId, String stage, String code, String message) implements Serializable {
  public static ErrorData of(DocError e) {
    return new ErrorData(e.docId(), e.stage(), e.code(), e.message());
  }
}
