package org.dyad.codebook;

import java.util.List;

/** A dictionary or codebook file could not be loaded; the message lists every problem as {@code file:line: message}. */
public final class DictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public DictionaryException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
