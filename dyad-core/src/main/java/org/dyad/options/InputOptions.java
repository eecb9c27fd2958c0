package org.dyad.options;

import java.time.LocalDate;
import org.dyad.CoderOptions;
import picocli.CommandLine.Option;

/**
 * How articles are read, the same in every command that reads them ({@code code}, {@code clean}, {@code geoparse},
 * {@code ingest}, {@code dyad-spark code}): the date of articles that state none and the size limit.
 */
public final class InputOptions {
  @Option(names = "--date", converter = Bounds.Date.class,
      description = "Date (YYYY-MM-DD) of articles that state none of their own. Default: today (with a warning when an article is dated so).")
  private LocalDate date;

  @Option(names = "--max-chars", converter = Bounds.AtLeastOne.class, defaultValue = "" + CoderOptions.DEFAULT_MAX_CHARS,
      description = "Articles (text files, JSON texts) longer than this are rejected (default: ${DEFAULT-VALUE}).")
  private int maxChars = CoderOptions.DEFAULT_MAX_CHARS;

  /** The --date given, or null. */
  public LocalDate date() {
    return date;
  }

  /** --date, or today when none was given. */
  public LocalDate dateOrToday() {
    return date != null ? date : LocalDate.now();
  }

  public int maxChars() {
    return maxChars;
  }
}
