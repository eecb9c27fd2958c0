package org.dyad.codebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
      if (files.filter(Files::isRegularFile).noneMatch(DictionaryFolder::isDictionaryFile)) {
        return dir + " holds no dictionary files (*.tsv, *.txt); leave the option out to use the built-in dictionaries";
      }
    } catch (IOException e) {
      return "cannot read the folder " + dir + ": " + e.getMessage();
    }
    return null;
  }

  /** As {@link #problem}, for code that is handed a folder: the problem as an exception. */
  public static void check(Path dir) {
    String p = problem(dir);
    if (p != null) throw new IllegalArgumentException("dictionaries folder: " + p);
  }

  private static boolean isDictionaryFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !n.startsWith(".") && (n.endsWith(".tsv") || n.endsWith(".txt"));
  }
}
