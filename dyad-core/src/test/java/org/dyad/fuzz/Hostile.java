package org.dyad.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Hostile input for every reader, made from a seed so that a failure can be replayed: random bytes, nesting deeper
 * than any library's recursion, lines far over the limits, broken encodings, archives and gzip streams cut short.
 * Sizes are drawn small enough that a round reads in well under a second.
 */
final class Hostile {
  /** A file to feed: its name (which decides the format when it is detected) and its bytes. */
  record Sample(String name, byte[] bytes) {}

  static final String STORY = "Negotiators from Turkey and Russia met in Geneva on Monday to resume the talks that broke down in March, "
      + "officials said. The meeting lasted five hours and will continue on Tuesday, the foreign ministry said.";

  private final Random r;

  Hostile(long seed) {
    r = new Random(seed);
  }

  /** One hostile file of each kind, named {@code prefix-kind.ext}. */
  List<Sample> round(String prefix) {
    List<Sample> out = new ArrayList<>();
    out.add(new Sample(prefix + "-bytes.txt", bytes(r.nextInt(4096) + 1)));
    out.add(new Sample(prefix + "-bytes.bin", bytes(r.nextInt(4096) + 1)));
    out.add(new Sample(prefix + "-bytes.html", bytes(r.nextInt(4096) + 1)));
    out.add(new Sample(prefix + "-bytes.warc", concat("WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII), bytes(r.nextInt(2048)))));
    out.add(new Sample(prefix + "-bytes.rss", concat("<?xml version='1.0'?><rss><channel><item>".getBytes(StandardCharsets.US_ASCII), bytes(r.nextInt(2048)))));
    out.add(new Sample(prefix + "-bytes.jsonl", jsonlGarbage()));
    out.add(new Sample(prefix + "-bytes.xml", utf8("<Sentences><Sentence date=\"2019" + r.nextInt(99) + "\" id=\"" + prefix + "\"><Text>"
        + new String(bytes(r.nextInt(512)), StandardCharsets.ISO_8859_1) + "</Sentence>")));
    out.add(new Sample(prefix + "-deep.html", utf8("<html><body>" + "<div>".repeat(depth()) + STORY + "</div>".repeat(r.nextInt(3)))));
    out.add(new Sample(prefix + "-deep.atom", utf8(deepAtom(depth()))));
    out.add(new Sample(prefix + "-deep.jsonl", utf8("[".repeat(depth()) + "\n{\"id\":\"" + prefix + "-nested\",\"text\":"
        + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}\n")));
    out.add(new Sample(prefix + "-longline.jsonl", longLine()));
    out.add(new Sample(prefix + "-broken.txt", brokenEncoding()));
    out.add(new Sample(prefix + "-half16.txt", halfUtf16()));
    out.add(new Sample(prefix + "-cut.txt.gz", cut(gzip(utf8(STORY)))));
    out.add(new Sample(prefix + "-cut.html.gz", cut(gzip(utf8("<html><body><p>" + STORY + "</p></body></html>")))));
    out.add(new Sample(prefix + "-cut.warc", cut(warc(false))));
    out.add(new Sample(prefix + "-cut.warc.gz", cut(warc(true))));
    out.add(new Sample(prefix + "-controls.txt", controls()));
    out.add(new Sample(prefix + "-empty.txt", new byte[0]));
    return out;
  }

  private int depth() {
    return 5_000 + r.nextInt(30_000);
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  private byte[] jsonlGarbage() {
    StringBuilder sb = new StringBuilder();
    String[] bad = {"{", "}", "{\"text\": 5}", "{\"text\":\"x\",\"date\":\"tomorrow\"}", "null", "[1,2]", "{\"text\":\"\\ud800\"}",
        "{\"text\":\"" + STORY + "\",\"date\":\"2024-02-30\"}", "\u0000\u0001", "{\"a\":\"b\" \"c\"}"};
    for (int i = 0, n = 3 + r.nextInt(8); i < n; i++) sb.append(bad[r.nextInt(bad.length)]).append('\n');
    return concat(utf8(sb.toString()), bytes(r.nextInt(64)));
  }

  /** One line over six times the text limit the fuzz tests use (100,000 characters). */
  private byte[] longLine() {
    String body = "y".repeat(700_000 + r.nextInt(300_000));
    return utf8("{\"id\":\"long\",\"text\":\"" + body + "\"}\n");
  }

  /** Text with invalid UTF-8: lone continuation bytes, overlong forms, surrogates encoded as UTF-8. */
  private byte[] brokenEncoding() {
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, 1, 2, 3}, {(byte) 0xFF}};
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(utf8(STORY.substring(0, r.nextInt(STORY.length()))));
    b.writeBytes(bad[r.nextInt(bad.length)]);
    b.writeBytes(utf8(STORY));
    return b.toByteArray();
  }

  /** A UTF-16 byte-order mark followed by an odd number of bytes: the last character is cut in half. */
  private byte[] halfUtf16() {
    byte[] text = STORY.getBytes(StandardCharsets.UTF_16LE);
    return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, java.util.Arrays.copyOf(text, text.length - 1 - 2 * r.nextInt(10)));
  }

  private byte[] controls() {
    StringBuilder sb = new StringBuilder(STORY);
    for (int i = 0; i < 40; i++) sb.insert(r.nextInt(sb.length()), (char) (r.nextInt(31) + 1));
    sb.append("\u202E\uFEFF\u200B");
    return utf8(sb.toString());
  }

  /** The bytes cut at a random offset short of the end. */
  byte[] cut(byte[] whole) {
    return java.util.Arrays.copyOf(whole, r.nextInt(whole.length));
  }

  static String deepAtom(int depth) {
    return "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Deep</title><id>urn:deep</id>"
        + "<updated>2024-03-12T00:00:00Z</updated><entry><title>Deep</title><id>urn:deep:1</id><updated>2024-03-12T00:00:00Z</updated>"
        + "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>" + "<span>".repeat(depth)
        + STORY + "</span>".repeat(depth) + "</div></content></entry></feed>";
  }

  /** A WARC file of two HTML response records (gzipped record by record when {@code gz}). */
  static byte[] warc(boolean gz) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 1; i <= 2; i++) {
      String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>Talks " + i + "</title></head><body><article><p>"
          + STORY + "</p></article></body></html>";
      byte[] body = utf8(http);
      String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + i + ">\r\n"
          + "WARC-Date: 2024-03-12T10:00:00Z\r\nWARC-Target-URI: https://news.example/talks-" + i + "\r\n"
          + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + body.length + "\r\n\r\n";
      byte[] rec = concat(utf8(head), body, utf8("\r\n\r\n"));
      b.writeBytes(gz ? gzip(rec) : rec);
    }
    return b.toByteArray();
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(b)) {
      z.write(data);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) b.writeBytes(p);
    return b.toByteArray();
  }
}
