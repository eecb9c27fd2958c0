package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: drawn from the start, with time left only once the rate has settled. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void showsTheFirstArticleAtOnceAndTimeLeftOnlyOnceTheRateHasSettled() {
    AtomicLong now = new AtomicLong(0);
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), 100, true, false, now::get);
    p.update(0, 0);
    assertTrue(out.toString().contains("0/100 articles"), "drawn before the first article is done: " + out);
    now.set(2 * SECOND);
    p.update(1, 4);
    assertTrue(out.toString().contains("1/100 articles"), "the first article shows: " + out);
    assertFalse(out.toString().contains("ETA"), "no guess from one article: " + out);
    now.set(10 * SECOND);
    p.update(40, 50);
    assertFalse(out.toString().contains("ETA"), "nor from ten seconds: " + out);
    now.set(20 * SECOND);
    p.update(50, 60);
    assertTrue(out.toString().contains("ETA 20s"), "50 left at 2.5 a second: " + out);
  }
}
