package org.dyad.doc;

/** A typed name for one layer of a {@link Document}; declared by the stage that produces the layer. */
public record Key<T>(String name, Class<T> type) {
  @Override
  public String toString() {
    return name;
  }
}
