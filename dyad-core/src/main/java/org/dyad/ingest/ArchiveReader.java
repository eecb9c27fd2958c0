package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.dyad.io.IoErrors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or ARC file (gzipped per record or not) record by record with jwarc, so an archive of any size
 * streams through. Every HTML response or resource record becomes a page; other records (requests, metadata,
 * images, redirects) are skipped. A record that cannot be parsed ends the file with an error naming the file and
 * the byte offset, since nothing after it can be trusted to start at a record boundary.
 */
public final class ArchiveReader {
  private final HtmlReader html;

  public ArchiveReader(HtmlReader html) {
    this.html = html;
  }

  public Iterator<Ingested> open(String file, InputStream in) {
    WarcReader reader;
    try {
      reader = new WarcReader(in);
      reader.setLenient(true); // accept the small header faults real crawlers write (spaces in URLs, bad dates)
    } catch (IOException | IllegalArgumentException e) {
      closeQuietly(in);
      return java.util.List.of(Ingested.failed(file, "reject.warc", "not a WARC or ARC file: " + e.getMessage())).iterator();
    }
    return new Iterator<>() {
      private final java.util.Map<String, Integer> skipped = new java.util.TreeMap<>();
      private int pages;
      private boolean done;
      private Ingested next = advance();

      private Ingested advance() {
        while (true) {
          Optional<WarcRecord> rec;
          try {
            rec = reader.next();
          } catch (IOException | RuntimeException e) {
            done = true;
            // jwarc moves position() to a record's start before parsing its header, so after a failure it names the
            // record that could not be read: the new one, or the previous one when its body or trailer was cut short.
            long offset = reader.position();
            closeQuietly(reader);
            return Ingested.failed(file + "@" + offset, "reject.warc", "unreadable record at byte " + offset
                + ", rest of the file skipped: " + message(e));
          }
          if (rec.isEmpty()) {
            done = true;
            closeQuietly(reader);
            // An archive that yields nothing is said so, with what it held, so no file is passed over in silence.
            return pages > 0 ? null : Ingested.failed(file, "skip.no-pages", "archive holds no HTML page (records: "
                + (skipped.isEmpty() ? "none" : skipped.toString().replaceAll("[{}]", "")) + ")");
          }
          // position() is the start of the record next() just returned; read before next() it is the previous one's.
          String badLength = badLength(rec.get());
          if (badLength != null) {
            done = true;
            long offset = reader.position();
            closeQuietly(reader);
            // Without a length the record's end, and so the next record's start, is unknown.
            return Ingested.failed(file + "@" + offset, "reject.warc", "record at byte " + offset + " has an invalid Content-Length ("
                + badLength + "), rest of the file skipped");
          }
          Ingested page = page(file, reader.position(), rec.get());
          if (page != null && page.error() != null && page.error().code().equals("read.io")) {
            // A record whose body is cut short is the end of the archive: its error is the file's last word.
            done = true;
            closeQuietly(reader);
            return Ingested.failed(page.error().docId(), "reject.warc", page.error().message() + ", rest of the file skipped");
          }
          if (page != null) {
            pages++;
            return page;
          }
          skipped.merge(rec.get().type(), 1, Integer::sum);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Ingested next() {
        if (next == null) throw new NoSuchElementException();
        Ingested cur = next;
        next = done ? null : advance();
        return cur;
      }
    };
  }

  /** The page in a record, an error about it, or null when the record holds no HTML page. */
  private Ingested page(String file, long offset, WarcRecord rec) {
    String id = file + "@" + offset;
    try {
      LocalDate captured = rec.date() == null ? null : LocalDate.ofInstant(rec.date(), ZoneOffset.UTC);
      if (rec instanceof WarcResponse resp) {
        if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE.base()) && !resp.contentType().raw().startsWith("application/http")) {
          return null; // a DNS or Gemini response, or an ARC filedesc record
        }
        HttpResponse http = resp.http();
        if (http.status() != 200 || !isHtml(http.contentType())) return null;
        MessageBody body = http.bodyDecoded();
        return html.read(id, resp.target(), http.contentType().parameters().get("charset"), captured, body.stream());
      }
      if (rec instanceof WarcResource res) {
        if (!isHtml(res.contentType())) return null;
        return html.read(id, res.target(), res.contentType().parameters().get("charset"), captured, res.body().stream());
      }
      return null;
    } catch (IOException e) {
      // Cut short, not malformed: the archive ends here (the caller skips the rest), said once.
      if (IoErrors.truncated(e)) return Ingested.failed(id, "read.io", "record at byte " + offset + " is cut short: " + message(e));
      return Ingested.failed(id, "reject.warc-record", "record at byte " + offset + " has a bad HTTP message: " + message(e));
    } catch (RuntimeException e) {
      return Ingested.failed(id, "reject.warc-record", "record at byte " + offset + " has a bad HTTP message: " + message(e));
    }
  }

  private static boolean isHtml(MediaType t) {
    String base = t.base().toString();
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The record's Content-Length as written when it is not a length (negative, not a number), else null. */
  private static String badLength(WarcRecord rec) {
    Optional<String> raw = rec.headers().first("Content-Length");
    if (raw.isEmpty()) return null;
    try {
      return Long.parseLong(raw.get().strip()) < 0 ? "\"" + raw.get().strip() + "\"" : null;
    } catch (NumberFormatException e) {
      return "\"" + raw.get().strip() + "\"";
    }
  }

  private static String message(Exception e) {
    if (e instanceof UncheckedIOException u) return message(u.getCause());
    if (e instanceof ParsingException p) return parsing(p.getMessage());
    if (e instanceof IOException io) return IoErrors.describe(io);
    if (e instanceof java.util.NoSuchElementException) return "a required header is missing";
    return "the record cannot be parsed" + (e.getMessage() == null ? "" : " (" + e.getMessage().replaceAll("\\s+", " ") + ")");
  }

  /**
   * jwarc's parse error quotes the header with a marker where it stopped; the user is told the header line up to
   * there, without the parser's escapes and marker.
   */
  static String parsing(String m) {
    int here = m == null ? -1 : m.indexOf("<-- HERE -->");
    if (here < 0) return "the record header is malformed";
    String before = m.substring(0, here);
    int lineStart = before.lastIndexOf("\\n");
    String line = lineStart < 0 ? before.replaceFirst("^.*?: \\.*", "") : before.substring(lineStart + 2);
    return line.isBlank() ? "the record header is malformed" : "the record header is malformed at \"" + line.strip() + "\"";
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // closing after a failure; the failure is what gets reported
    }
  }
}
