package org.dyad;

import java.nio.file.Path;

/**
 * How to build a {@link Coder}. {@code dictionaries}: a folder whose files replace the built-in ones of the
 * same name (null: built-in only). {@code maxChars}: articles longer than this are rejected.
 */
public record CoderOptions(Path dictionaries, int maxChars) {
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  public static CoderOptions defaults() {
    return new CoderOptions(null, DEFAULT_MAX_CHARS);
  }

  public CoderOptions withDictionaries(Path dir) {
    return new CoderOptions(dir, maxChars);
  }
}
