package org.dyad.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a document or event stands in the input: the file's index in the sorted input list, the document's index
 * in its file, and the event's index in its document's output ({@code -1} for the document itself). Ordering by it
 * is {@code dyad code}'s output order, whatever the partitioning.
 */
public record Position(int file, long doc, int item) implements Serializable, Comparable<Position> {
  private static final Comparator<Position> ORDER =
      Comparator.comparingInt(Position::file).thenComparingLong(Position::doc).thenComparingInt(Position::item);

  /** The document itself. */
  public static Position ofDoc(int file, long doc) {
    return new Position(file, doc, -1);
  }

  /** The {@code i}-th thing coded from this document (an event or an error). */
  public Position at(int i) {
    return new Position(file, doc, i);
  }

  @Override
  public int compareTo(Position o) {
    return ORDER.compare(this, o);
  }
}
