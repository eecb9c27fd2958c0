package org.dyad.geo;

import java.util.List;

/** The {@code toponyms} layer: every place name of the article, in text order. */
public record Toponyms(List<Toponym> list) {
  public Toponyms {
    list = List.copyOf(list);
  }
}
