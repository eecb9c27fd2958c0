package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.events.Discards;

/** A PETRARCH {@code *.discards.txt} file: one phrase a line; a leading {@code +} discards the whole story. */
final class DiscardFile {
  private DiscardFile() {}

  static Discards read(SourceLines src) {
    List<List<String>> sentence = new ArrayList<>();
    List<List<String>> story = new ArrayList<>();
    for (SourceLines.Line l : src.lines()) {
      String t = l.text();
      if (t.isEmpty()) continue;
      boolean whole = t.startsWith("+");
      List<String> words = new ArrayList<>();
      for (String w : ActorFile.words(whole ? t.substring(1) : t)) words.add(w.toLowerCase(Locale.ROOT));
      if (words.isEmpty()) continue;
      (whole ? story : sentence).add(List.copyOf(words));
    }
    return new Discards(List.copyOf(sentence), List.copyOf(story));
  }
}
