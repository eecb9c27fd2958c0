package org.dyad.doc;

/**
 * Why a document (or part of one) could not be coded. Bad input is data, not an exception: the batch goes on
 * and the error is reported with the document's id.
 */
public record DocError(String docId, String stage, String code, String message) {
  @Override
  public String toString() {
    return docId + ": " + message + " [" + stage + "/" + code + "]";
  }
}
