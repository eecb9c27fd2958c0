package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;

/** The {@code actors} layer: every actor mention of the article, in text order. */
public record Mentions(List<Mention> list) {
  public Mentions {
    list = List.copyOf(list);
  }

  public List<Mention> inSentence(int sentence) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : list) {
      if (m.sentence() == sentence) out.add(m);
    }
    return out;
  }
}
