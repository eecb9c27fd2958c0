package org.dyad.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * How the bytes of a text, JSON Lines or PETRARCH file become characters: unzipped when they are gzip (a
 * {@code .txt.gz} is text, not binary), and decoded as the byte-order mark says (UTF-16 files from Windows tools
 * carry one), else as UTF-8. The mark itself is not part of the text.
 */
public final class TextDecoding {
  private static final int GZIP_1 = 0x1f;
  private static final int GZIP_2 = 0x8b;

  private TextDecoding() {}

  /** The stream unzipped when its first bytes are gzip's magic number, else as it is. */
  public static InputStream unzipped(InputStream in) throws IOException {
    BufferedInputStream b = in instanceof BufferedInputStream bi ? bi : new BufferedInputStream(in);
    b.mark(2);
    int first = b.read();
    int second = b.read();
    b.reset();
    return first == GZIP_1 && second == GZIP_2 ? new BufferedInputStream(new GZIPInputStream(b)) : b;
  }

  /** The charset a byte-order mark at the start of {@code head} names, or null when there is none. */
  public static Charset bomCharset(byte[] head) {
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
    if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
    if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
    return null;
  }

  /** How many bytes the byte-order mark of {@code cs} takes. */
  public static int bomLength(Charset cs) {
    return cs == null ? 0 : cs.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  /** A reader over the stream in the charset its byte-order mark names (UTF-8 without one), the mark skipped. */
  public static Reader reader(InputStream in) throws IOException {
    InputStream b = in.markSupported() ? in : new BufferedInputStream(in);
    b.mark(3);
    byte[] head = b.readNBytes(3);
    b.reset();
    Charset cs = bomCharset(head);
    b.skipNBytes(bomLength(cs));
    return new InputStreamReader(b, cs == null ? StandardCharsets.UTF_8 : cs);
  }

  /**
   * Whether NUL bytes look like UTF-16 without a byte-order mark (every second byte NUL in ASCII text) rather than
   * binary data: then the user can be told how to fix the file.
   */
  public static boolean looksLikeUtf16(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) return false;
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) evenNul++;
      if (bytes[i + 1] == 0) oddNul++;
    }
    int pairs = n / 2;
    return Math.max(evenNul, oddNul) > pairs * 0.9 && Math.min(evenNul, oddNul) < pairs * 0.1;
  }
}
