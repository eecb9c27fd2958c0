package org.dyad.codebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Checks a folder given as {@code --dictionaries} before anything is loaded from it. Files are looked up in it by
 * name and the built-in ones used for every name it lacks, so a folder that is missing, misspelt or empty would
 * otherwise be ignored without a word, and the run would go on with the built-in dictionaries.
 */
public final class DictionaryFolder {
  private DictionaryFolder() {}

  /** Why {@code dir} cannot be a dictionaries folder, as one line; null when it can (or when none is given). */
  public static String problem(Path dir) {
    if (dir == null) return null;
    if (!Files.exists(dir)) return "no such folder: " + dir;
    if (!Files.isDirectory(dir)) return dir + " is a file, not a folder";
    try (Stream<Path> files = Files.list(dir)) {
      // Dyad's own dictionary files and PETRARCH's are all .tsv or .txt; anything else would replace nothing.
      List<Path> dictionaries = files.filter(Files::isRegularFile).filter(DictionaryFolder::isDictionaryFile).toList();
      if (dictionaries.isEmpty()) {
        return dir + " holds no dictionary files (*.tsv, *.txt); leave the option out to use the built-in dictionaries";
      }
      return strayAdditions(dictionaries);
    } catch (IOException e) {
      return "cannot read the folder " + dir + ": " + e.getMessage();
    }
  }

  /** An additions file that adds to no data file (a misspelt name) would be ignored without a word. */
  private static String strayAdditions(List<Path> files) throws IOException {
    Set<String> names = null;
    for (Path p : files) {
      String n = p.getFileName().toString();
      int dot = n.lastIndexOf('.');
      if (!n.substring(0, dot).endsWith(ADDITIONS)) continue;
      String base = n.substring(0, dot - ADDITIONS.length()) + n.substring(dot);
      if (names == null) names = builtInNames();
      if (!names.isEmpty() && !names.contains(base)) {
        return p + " adds to no dictionary file: Dyad has no " + base + " (the names are in docs/dictionaries.md)";
      }
    }
    return null;
  }

  /** {@code organisations.additions.tsv} adds to {@code organisations.tsv}. */
  static final String ADDITIONS = ".additions";

  /** The file names of the built-in data files, from dyad-core's classes folder or jar; empty when that cannot be told. */
  private static Set<String> builtInNames() throws IOException {
    Path where;
    try {
      where = Path.of(TsvFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | NullPointerException | IllegalArgumentException e) {
      return Set.of();
    }
    Set<String> names = new HashSet<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> s = Files.walk(where.resolve("org/dyad"))) {
        s.filter(DictionaryFolder::isDictionaryFile).forEach(p -> names.add(p.getFileName().toString()));
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/dyad/"))
            .forEach(n -> names.add(n.substring(n.lastIndexOf('/') + 1)));
      }
      names.removeIf(n -> !isDictionaryName(n));
    }
    return names;
  }

  /** As {@link #problem}, for code that is handed a folder: the problem as an exception. */
  public static void check(Path dir) {
    String p = problem(dir);
    if (p != null) throw new IllegalArgumentException("dictionaries folder: " + p);
  }

  private static boolean isDictionaryFile(Path p) {
    return isDictionaryName(p.getFileName().toString());
  }

  private static boolean isDictionaryName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return !n.startsWith(".") && (n.endsWith(".tsv") || n.endsWith(".txt"));
  }
}
