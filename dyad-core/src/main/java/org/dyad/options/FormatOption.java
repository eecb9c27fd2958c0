package org.dyad.options;

import org.dyad.io.InputFormat;
import picocli.CommandLine.Option;

/** {@code --from}: the input format, detected per file when not given (as every reader of Dyad does). */
public final class FormatOption {
  @Option(names = "--from", converter = Bounds.Format.class, completionCandidates = Bounds.FormatNames.class,
      description = "Input format: ${COMPLETION-CANDIDATES} (default: detected per file from its name and first bytes; standard input: text).")
  private InputFormat from;

  /** The format given, or null to detect it. */
  public InputFormat from() {
    return from;
  }
}
