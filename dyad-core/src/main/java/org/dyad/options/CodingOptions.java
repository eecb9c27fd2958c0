package org.dyad.options;

import java.nio.file.Path;
import org.dyad.CoderOptions;
import picocli.CommandLine.Option;

/** What the coder reports, the same in {@code code}, {@code ingest} and {@code dyad-spark code}. */
public final class CodingOptions {
  /** Whether to report events the text does not assert; an enum so picocli lists and checks the values. */
  public enum Factuality { asserted, all }

  @Option(names = "--one-a-day", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Report the same source, target and event code on the same date in one article once (default: on; --no-one-a-day reports every mention).")
  private boolean oneADay = true;

  @Option(names = "--min-confidence", converter = Bounds.Fraction.class, defaultValue = "0",
      description = "Report only events whose confidence is at least this (0-1; default: ${DEFAULT-VALUE}).")
  private double minConfidence;

  @Option(names = "--factuality", defaultValue = "asserted", paramLabel = "asserted|all",
      description = "asserted (default): only events the text says happened; all: also negated, hypothetical, future and alleged ones, "
          + "marked in the 'factuality' field.")
  private Factuality factuality = Factuality.asserted;

  @Option(names = "--fast", description = "One NER model and arcs guessed from POS tags instead of the constituency parse: several times "
      + "faster, somewhat less accurate ('dyad eval --fast' and 'dyad bench' print both).")
  private boolean fast;

  public boolean oneADay() {
    return oneADay;
  }

  public double minConfidence() {
    return minConfidence;
  }

  public boolean allFactualities() {
    return factuality == Factuality.all;
  }

  public boolean fast() {
    return fast;
  }

  /** The coder's options: these with the dictionaries and size limit of the command. */
  public CoderOptions coderOptions(Path dictionaries, int maxChars) {
    return new CoderOptions(dictionaries, maxChars, oneADay, minConfidence, fast, allFactualities());
  }
}
