package org.dyad.options;

import java.nio.file.Path;
import org.dyad.codebook.DictionaryFolder;
import picocli.CommandLine.Option;

/** {@code --dictionaries DIR}, in every command that codes, cleans or serves. */
public final class DictionariesOption {
  @Option(names = "--dictionaries", paramLabel = "DIR",
      description = "Folder whose dictionary files replace the built-in ones of the same name (Dyad's own .tsv files, or PETRARCH's).")
  private Path dictionaries;

  /** The folder given, or null for the built-in dictionaries. */
  public Path dir() {
    return dictionaries;
  }

  /** Why the folder cannot be used (a usage error), or null when it can or none was given. */
  public String problem() {
    return DictionaryFolder.problem(dictionaries);
  }
}
