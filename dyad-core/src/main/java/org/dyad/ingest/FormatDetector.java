package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.dyad.io.InputFormat;

/**
 * Tells a file's format from its name, then from its first bytes when the name says nothing (a ".gz", ".txt",
 * ".xml" or no extension at all): WARC and ARC headers, feed and HTML roots, a JSON object per line.
 */
public final class FormatDetector {
  private static final int SNIFF_BYTES = 2048;

  private FormatDetector() {}

  public static InputFormat detect(Path file) {
    return detect(file.getFileName().toString(), () -> Files.newInputStream(file));
  }

  /** Opens a file's bytes from the start; each call a new stream (any file system). */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** The format of the file named {@code fileName} whose bytes {@code opener} gives (opened only when the name says nothing). */
  public static InputFormat detect(String fileName, Opener opener) {
    String name = fileName.toLowerCase(Locale.ROOT);
    boolean gz = name.endsWith(".gz");
    String base = gz ? name.substring(0, name.length() - 3) : name;
    if (base.endsWith(".warc") || base.endsWith(".arc")) return InputFormat.WARC;
    if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) return InputFormat.HTML;
    if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) return InputFormat.JSONL;
    if (base.endsWith(".rss") || base.endsWith(".atom")) return InputFormat.FEED;
    return sniff(opener, gz);
  }

  /** The format the first bytes show; plain text when they show nothing else (or cannot be read). */
  static InputFormat sniff(Opener file, boolean gz) {
    byte[] head;
    try (InputStream raw = file.open()) {
      head = raw.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      return InputFormat.TEXT; // the reader will report why the file cannot be read
    }
    // Gzip whatever the name says: look inside (an archive renamed .bad or .tmp is still an archive).
    if (head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      try (InputStream raw = file.open(); InputStream in = new GZIPInputStream(raw)) {
        head = in.readNBytes(SNIFF_BYTES);
      } catch (IOException e) {
        return gz ? InputFormat.TEXT : InputFormat.WARC; // a corrupt gzip is reported by the reader
      }
    }
    java.nio.charset.Charset bom = org.dyad.io.TextDecoding.bomCharset(head);
    String s = new String(head, bom == null ? StandardCharsets.UTF_8 : bom).stripLeading();
    if (s.startsWith("\uFEFF")) s = s.substring(1).stripLeading();
    if (s.startsWith("WARC/") || s.startsWith("filedesc://")) return InputFormat.WARC;
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("{")) return InputFormat.JSONL;
    // PETRARCH input and validation files: <Sentences> or <Validation> at the root, <Sentence date id> inside.
    if (s.contains("<Sentence ") || s.contains("<Sentences>") || s.startsWith("<Validation>")) return InputFormat.PETRARCH_XML;
    if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) return InputFormat.FEED;
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body") || lower.contains("<head")) {
      return InputFormat.HTML;
    }
    return InputFormat.TEXT;
  }
}
