package org.dyad.io;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Inputs read one at a time by {@link #advance()}, which returns null at the end. A read error ("read.io") ends
 * the stream after it is reported: nothing after it can be trusted.
 */
abstract class InputIterator implements Iterator<Input> {
  private Input next;
  private boolean started;

  /** The next input, or null when there is none. */
  abstract Input advance();

  @Override
  public boolean hasNext() {
    if (!started) {
      started = true;
      next = advance();
    }
    return next != null;
  }

  @Override
  public Input next() {
    if (!hasNext()) throw new NoSuchElementException();
    Input cur = next;
    next = cur.error() != null && cur.error().code().equals("read.io") ? null : advance();
    return cur;
  }
}
