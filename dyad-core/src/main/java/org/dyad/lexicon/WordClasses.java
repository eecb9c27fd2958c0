package org.dyad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What kind of thing a noun names, by WordNet's lexicographer classes of its most frequent senses (built from WordNet
 * 3.1 by {@link WordClassesBuilder}). Lets a rule say "a person or a group" instead of keeping a list of such words.
 */
public final class WordClasses {
  static final String RESOURCE = "/org/dyad/lexicon/noun-classes.tsv";

  private final Map<String, List<String>> classes;

  private WordClasses(Map<String, List<String>> classes) {
    this.classes = classes;
  }

  /** The built-in classes, read once per JVM and shared: the event and geo stages both ask them, and they never change. */
  public static WordClasses load() {
    return Shipped.CLASSES;
  }

  private static final class Shipped {
    static final WordClasses CLASSES = read();
  }

  private static WordClasses read() {
    Map<String, List<String>> m = new HashMap<>(80_000);
    try (InputStream in = WordClasses.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("built-in word classes missing: " + RESOURCE + " (run the build)");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        if (tab > 0) m.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(",")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new WordClasses(m);
  }

  /** The classes of {@code lemma}'s first senses, most frequent first; empty for a word WordNet lacks. */
  public List<String> of(String lemma) {
    return classes.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * Whether the noun's most frequent sense is a person or a group of people ("journalist", "prisoner", "army",
   * "people"), the kinds of thing that act and are acted on in political events ("bid", "dollar", "ship", "package"
   * are not).
   */
  public boolean actor(String lemma) {
    List<String> c = of(lemma);
    return !c.isEmpty() && (c.get(0).equals("person") || c.get(0).equals("social"));
  }
}
