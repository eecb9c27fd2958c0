package org.dyad;

import java.nio.file.Path;

/**
 * How to build a {@link Coder}. {@code dictionaries}: a folder whose files replace the built-in ones of the
 * same name, or a folder of PETRARCH-format dictionaries (null: built-in only). {@code maxChars}: articles longer
 * than this are rejected. {@code oneADay}: the same source, target and code on the same date in one article is
 * reported once (GDELT's and ICEWS's "one-a-day" filter). {@code minConfidence}: events below it are not reported.
 * {@code fast}: one NER model and arcs guessed from POS tags instead of the constituency parse (see {@link
 * org.dyad.nlp.NlpModels}); faster, and a measured amount less accurate. {@code allFactualities}: also report
 * events the text does not assert (negated, hypothetical, future, alleged), marked; by default only asserted ones.
 */
public record CoderOptions(Path dictionaries, int maxChars, boolean oneADay, double minConfidence, boolean fast, boolean allFactualities) {
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  public CoderOptions(Path dictionaries, int maxChars, boolean oneADay, double minConfidence, boolean fast) {
    this(dictionaries, maxChars, oneADay, minConfidence, fast, false);
  }

  public CoderOptions(Path dictionaries, int maxChars) {
    this(dictionaries, maxChars, true, 0.0, false);
  }

  public static CoderOptions defaults() {
    return new CoderOptions(null, DEFAULT_MAX_CHARS);
  }

  public CoderOptions withDictionaries(Path dir) {
    return new CoderOptions(dir, maxChars, oneADay, minConfidence, fast, allFactualities);
  }

  public CoderOptions withOneADay(boolean on) {
    return new CoderOptions(dictionaries, maxChars, on, minConfidence, fast, allFactualities);
  }

  public CoderOptions withMinConfidence(double min) {
    return new CoderOptions(dictionaries, maxChars, oneADay, min, fast, allFactualities);
  }

  public CoderOptions withFast(boolean on) {
    return new CoderOptions(dictionaries, maxChars, oneADay, minConfidence, on, allFactualities);
  }

  public CoderOptions withAllFactualities(boolean on) {
    return new CoderOptions(dictionaries, maxChars, oneADay, minConfidence, fast, on);
  }
}
