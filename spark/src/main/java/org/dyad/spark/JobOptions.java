package org.dyad.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.CoderOptions;
import org.dyad.clean.HtmlExtractor;
import org.dyad.ingest.Sources;
import org.dyad.io.InputFormat;

/**
 * What every executor needs to read and code as {@code dyad code} does, in a form Spark can ship.
 * {@code from}: null to detect each file's format; {@code reuters}: read files as Reuters-21578 SGML (also
 * chosen for {@code *.sgm}); {@code dictionaries}: a folder that must exist on every executor (null: built-in);
 * {@code fast}: {@code dyad code --fast}'s mode.
 */
public record JobOptions(InputFormat from, boolean reuters, LocalDate defaultDate, String dictionaries, int maxChars,
    boolean oneADay, double minConfidence, boolean fast, boolean allFactualities) implements Serializable {

  public static JobOptions defaults(LocalDate defaultDate) {
    CoderOptions d = CoderOptions.defaults();
    return new JobOptions(null, false, defaultDate, null, d.maxChars(), d.oneADay(), d.minConfidence(), d.fast(), d.allFactualities());
  }

  /** These options with the coding settings of {@code dyad code}'s options of the same names. */
  public JobOptions withCoding(String dictionaries, int maxChars, boolean oneADay, double minConfidence, boolean fast, boolean allFactualities) {
    return new JobOptions(from, reuters, defaultDate, dictionaries, maxChars, oneADay, minConfidence, fast, allFactualities);
  }

  public CoderOptions coderOptions() {
    return new CoderOptions(dictionaries == null ? null : Path.of(dictionaries), maxChars, oneADay, minConfidence, fast, allFactualities);
  }

  /** The readers, as {@code dyad code} builds them. */
  public Sources sources() {
    return new Sources(from, defaultDate, maxChars, HtmlExtractor.load(dictionaries == null ? null : Path.of(dictionaries)));
  }
}
