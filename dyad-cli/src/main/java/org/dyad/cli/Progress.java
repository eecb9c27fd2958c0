package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.store.Ingestor;

/** The progress bar of ingest and code (on a terminal) or one line per batch (ingest --verbose): done/total, rate, time left. */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final boolean bar;
  private final boolean lines;
  /**
   * Time left is shown once the rate has settled: the first articles take longer (the models warm up, the JIT
   * compiles) and a guess from them would swing wildly.
   */
  static final int SETTLED_ARTICLES = 10;
  static final long SETTLED_NANOS = 15_000_000_000L;
  private final java.util.function.LongSupplier clock;
  private final long started;
  private boolean drawn;
  private long lastDraw;
  private boolean drawnOnce;

  Progress(PrintWriter err, int total, boolean bar, boolean lines) {
    this(err, total, bar, lines, System::nanoTime);
  }

  /** With the clock given (tests). */
  Progress(PrintWriter err, int total, boolean bar, boolean lines, java.util.function.LongSupplier clock) {
    this.clock = clock;
    this.started = clock.getAsLong();
    this.err = err;
    this.total = total;
    this.bar = bar;
    this.lines = lines;
  }

  /**
   * Whether standard error is a terminal. Java cannot ask of standard error alone (its console needs standard
   * output on the terminal too, which it is not when events go to a file), so the launcher tells it
   * ({@code -Ddyad.stderr.tty=true} when {@code [ -t 2 ]}).
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("dyad.stderr.tty");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  void update(Ingestor.Totals t) {
    update(t.done(), t.events());
  }

  /** {@code done} articles so far, {@code events} coded from them (negative: not shown). */
  void update(int done, long events) {
    if (!bar && !lines) return;
    long now = clock.getAsLong();
    // Redrawn at most four times a second: a fast run would otherwise spend its time writing to the terminal.
    if (bar && !lines && drawnOnce && now - lastDraw < 250_000_000L && done != total) return;
    lastDraw = now;
    drawnOnce = true;
    double secs = (now - started) / 1e9;
    double rate = secs > 0 ? done / secs : 0;
    StringBuilder sb = new StringBuilder();
    if (total > 0) {
      int width = 30, filled = (int) Math.min(width, (long) width * done / total);
      sb.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
      sb.append(done).append('/').append(total);
    } else {
      sb.append(done);
    }
    sb.append(String.format(java.util.Locale.ROOT, " articles, %.1f/s", rate));
    if (events >= 0) sb.append(", ").append(events).append(" events");
    boolean settled = done >= SETTLED_ARTICLES && now - started >= SETTLED_NANOS;
    if (total > 0 && settled && rate > 0 && done < total) sb.append(", ETA ").append(duration((long) ((total - done) / rate)));
    if (bar) {
      err.print("\r" + sb + "   ");
      drawn = true;
    } else {
      err.println("dyad: committed: " + sb);
    }
    err.flush();
  }

  void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
      drawn = false;
    }
  }

  static String duration(long s) {
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60) : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
