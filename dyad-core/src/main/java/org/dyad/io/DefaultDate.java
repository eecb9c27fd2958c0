package org.dyad.io;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The date given to articles that state none, which tells once when it is first given: {@code dyad code} warns
 * that articles are dated today only when one is, not when every article carries its own date.
 */
public final class DefaultDate {
  private final LocalDate date;
  private final Runnable onFirstUse;
  private final AtomicBoolean used = new AtomicBoolean();

  public DefaultDate(LocalDate date, Runnable onFirstUse) {
    this.date = date;
    this.onFirstUse = onFirstUse;
  }

  public static DefaultDate of(LocalDate date) {
    return new DefaultDate(date, () -> { });
  }

  /** The date, for an article that states none. */
  public LocalDate use() {
    if (used.compareAndSet(false, true)) onFirstUse.run();
    return date;
  }
}
