package org.dyad.options;

import picocli.CommandLine.Option;

/**
 * How a batch of articles is coded, the same in {@code code} and {@code ingest}: how many at a time, and what
 * becomes of near-copies of an article seen before (the same wire story on several sites).
 */
public final class ParallelOptions {
  @Option(names = "--threads", converter = Bounds.AtLeastOne.class, defaultValue = "1",
      description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).")
  private int threads = 1;

  @Option(names = "--keep-duplicates", description = "Treat near-duplicate articles as articles of their own. Default: a near-copy of an"
      + " earlier article is counted with it ('code' reports it and does not code it; 'ingest' codes it and stores its events as further"
      + " mentions of the events already stored, which raises their NumMentions, NumArticles and NumSources).")
  private boolean keepDuplicates;

  public int threads() {
    return threads;
  }

  public boolean keepDuplicates() {
    return keepDuplicates;
  }
}
