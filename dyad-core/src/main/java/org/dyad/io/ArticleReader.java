package org.dyad.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import org.dyad.doc.Article;

/**
 * Reads articles from a file (or standard input, named "-") as a stream: JSON Lines are read line by line,
 * so a large file is never held in memory. Bad documents become {@link Input#failed} items, never exceptions.
 */
public final class ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final InputFormat format;
  private final DefaultDate defaultDate;
  private final long maxBytes;

  public ArticleReader(InputFormat format, LocalDate defaultDate, long maxBytes) {
    this(format, DefaultDate.of(defaultDate), maxBytes);
  }

  public ArticleReader(InputFormat format, DefaultDate defaultDate, long maxBytes) {
    this.format = format;
    this.defaultDate = defaultDate;
    this.maxBytes = maxBytes;
  }

  /** The inputs of one file or of standard input; the caller closes nothing: the stream closes at its end. */
  public Iterator<Input> open(String name, InputStream stdin) {
    try {
      InputStream in = name.equals("-") ? stdin : Files.newInputStream(Path.of(name));
      return read(name.equals("-") ? "stdin" : Path.of(name).getFileName().toString(), in);
    } catch (IOException e) {
      return java.util.List.of(Input.failed(name, "read.io", "cannot read file: " + IoErrors.describe(e))).iterator();
    }
  }

  /** The inputs of an open stream whose file name is {@code id} (any file system: local, HDFS, S3); closed at its end. */
  public Iterator<Input> read(String id, InputStream raw) {
    InputStream in;
    try {
      in = TextDecoding.unzipped(raw);
      if (format == InputFormat.PETRARCH_XML) return new PetrarchXmlReader(id, new BufferedReader(TextDecoding.reader(in)), defaultDate);
      if (format == InputFormat.JSONL) return jsonl(id, new LineReader(TextDecoding.reader(in), maxLineChars()));
    } catch (IOException e) {
      closeQuietly(raw);
      return java.util.List.of(Input.failed(id, "read.io", "cannot read: " + IoErrors.describe(e))).iterator();
    }
    return text(id, in);
  }

  /**
   * The longest JSON line read: room for a text at the size limit written with every character escaped
   * (a backslash-u escape, as Python's json.dumps does for non-ASCII text), and for the other fields.
   */
  private long maxLineChars() {
    return Math.min(Integer.MAX_VALUE - 16L, 6 * maxBytes + 65_536);
  }

  private Iterator<Input> text(String id, InputStream in) {
    Input one;
    try (in) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (bytes.length > maxBytes) {
        one = Input.failed(id, "reject.too-large", "file is over the size limit of " + maxBytes + " bytes");
      } else {
        one = decode(id, bytes);
      }
    } catch (IOException e) {
      one = Input.failed(id, "read.io", "cannot read: " + e.getMessage());
    }
    return java.util.List.of(one).iterator();
  }

  private Input decode(String id, byte[] bytes) {
    Charset bom = TextDecoding.bomCharset(bytes);
    Charset cs = bom == null ? StandardCharsets.UTF_8 : bom;
    if (bom == null) {
      for (byte b : bytes) {
        if (b != 0) continue;
        return TextDecoding.looksLikeUtf16(bytes)
            ? Input.failed(id, "reject.encoding", "file looks like UTF-16 text without a byte-order mark; save it as UTF-8")
            : Input.failed(id, "reject.binary", "file is binary (contains NUL bytes), not text");
      }
    }
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int skip = TextDecoding.bomLength(bom);
    try {
      String text = dec.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
      if (text.isBlank()) return Input.failed(id, "reject.empty", text.isEmpty() ? "file is empty" : "file holds nothing but white space");
      return Input.of(new Article(id, defaultDate.use(), text, null, null, null));
    } catch (CharacterCodingException e) {
      return Input.failed(id, "reject.encoding", "file is not valid " + cs.name() + " text");
    }
  }

  private Iterator<Input> jsonl(String file, LineReader r) {
    return new InputIterator() {
      private int lineNo;
      private int lines;

      @Override
      Input advance() {
        try {
          LineReader.Line line;
          while ((line = r.next()) != null) {
            lineNo++;
            if (line.tooLong()) return tooLong(file + ":" + lineNo, line.length());
            if (line.text().isBlank()) continue;
            lines++;
            return parse(file + ":" + lineNo, line.text());
          }
          r.close();
          // A file without one line to read is said so, rather than passed over in silence.
          return lines++ > 0 ? null : Input.failed(file, "reject.empty", "file holds no JSON line");
        } catch (IOException e) {
          try {
            r.close();
          } catch (IOException ignored) {
            // already failing; the read error below is what the user needs
          }
          return Input.failed(file + ":" + (lineNo + 1), "read.io", "cannot read: " + IoErrors.describe(e));
        }
      }

    };
  }

  private Input tooLong(String where, long length) {
    return Input.failed(where, "reject.too-large", "line has " + length + " characters, over the limit of " + maxLineChars()
        + " for a JSON line (six times the text limit of " + maxBytes + " characters; raise it with --max-chars)");
  }

  Input parse(String where, String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      return Input.failed(where, "reject.json", "the line is beyond what the JSON reader accepts: " + jsonReason(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Input.failed(where, "reject.json", "invalid JSON: " + jsonReason(e));
    }
    if (n == null || !n.isObject()) return Input.failed(where, "reject.json", "line is not a JSON object");
    String id = n.hasNonNull("id") ? n.get("id").asText() : where;
    if (!n.hasNonNull("text") || !n.get("text").isTextual()) return Input.failed(id, "reject.json", "no \"text\" string (at " + where + ")");
    String text = n.get("text").asText();
    if (text.length() > maxBytes) return Input.failed(id, "reject.too-large", "text is over the size limit of " + maxBytes + " characters");
    LocalDate date = null;
    if (n.hasNonNull("date")) {
      try {
        String d = n.get("date").asText();
        date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
      } catch (DateTimeParseException e) {
        return Input.failed(id, "reject.date", "\"date\" must be YYYY-MM-DD, got \"" + n.get("date").asText() + "\" (at " + where + ")");
      }
    }
    return Input.of(new Article(id, date != null ? date : defaultDate.use(), text, str(n, "title"), str(n, "url"), str(n, "source")));
  }

  /** The JSON library's reason without the names of its own methods it cites, on one line and short. */
  private static String jsonReason(com.fasterxml.jackson.core.JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\([^()\\[]*\\[Source: [^\\]]*\\]\\)", "")
        .replaceAll(",? ?from `[^`]*`", "").replaceAll("\\s+", " ").strip();
    return m.length() <= 200 ? m : m.substring(0, 200) + "…";
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the read error is what gets reported
    }
  }

  private static String str(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
