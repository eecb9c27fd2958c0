package org.dyad.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a bound on their length: a line over the bound is counted and skipped, never held, so a
 * 50 MB line in a JSON Lines file costs no memory and gets its own reason instead of a parser's.
 */
final class LineReader implements Closeable {
  /** One line: its text, or null with its length when it is over the bound. */
  record Line(String text, long length) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final long maxChars;
  private final char[] buf = new char[8192];
  private int pos;
  private int end;

  LineReader(Reader in, long maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line (without its line break), or null at the end of the input. */
  Line next() throws IOException {
    StringBuilder sb = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) return any ? line(sb, length) : null;
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n') pos++;
      int n = pos - start;
      length += n;
      if (sb != null && length <= maxChars) {
        sb.append(buf, start, n);
      } else {
        sb = null;
      }
      if (pos < end) {
        pos++; // the line break
        return line(sb, length);
      }
    }
  }

  private Line line(StringBuilder sb, long length) {
    if (sb == null) return new Line(null, length);
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
    return new Line(sb.toString(), sb.length());
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) return false;
    pos = 0;
    end = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
