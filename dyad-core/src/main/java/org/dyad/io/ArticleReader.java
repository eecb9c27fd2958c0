package org.dyad.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
  private final LocalDate defaultDate;
  private final long maxBytes;

  public ArticleReader(InputFormat format, LocalDate defaultDate, long maxBytes) {
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
      return java.util.List.of(Input.failed(name, "read.io", "cannot read file: " + e.getMessage())).iterator();
    }
  }

  /** The inputs of an open stream whose file name is {@code id} (any file system: local, HDFS, S3); closed at its end. */
  public Iterator<Input> read(String id, InputStream in) {
    if (format == InputFormat.PETRARCH_XML) {
      return new PetrarchXmlReader(id, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), defaultDate);
    }
    return format == InputFormat.JSONL ? jsonl(id, in) : text(id, in);
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
    for (byte b : bytes) {
      if (b == 0) return Input.failed(id, "reject.binary", "file is binary (contains NUL bytes), not text");
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = dec.decode(ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\uFEFF")) text = text.substring(1);
      return Input.of(new Article(id, defaultDate, text, null, null, null));
    } catch (CharacterCodingException e) {
      return Input.failed(id, "reject.encoding", "file is not valid UTF-8 text");
    }
  }

  private Iterator<Input> jsonl(String file, InputStream in) {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return new InputIterator() {
      private int lineNo;

      @Override
      Input advance() {
        try {
          String line;
          while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            return parse(file + ":" + lineNo, line);
          }
          r.close();
          return null;
        } catch (IOException e) {
          try {
            r.close();
          } catch (IOException ignored) {
            // already failing; the read error below is what the user needs
          }
          return Input.failed(file + ":" + (lineNo + 1), "read.io", "cannot read: " + e.getMessage());
        }
      }

    };
  }

  Input parse(String where, String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Input.failed(where, "reject.json", "invalid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) return Input.failed(where, "reject.json", "line is not a JSON object");
    String id = n.hasNonNull("id") ? n.get("id").asText() : where;
    if (!n.hasNonNull("text") || !n.get("text").isTextual()) return Input.failed(id, "reject.json", "no \"text\" string (at " + where + ")");
    String text = n.get("text").asText();
    if (text.length() > maxBytes) return Input.failed(id, "reject.too-large", "text is over the size limit of " + maxBytes + " characters");
    LocalDate date = defaultDate;
    if (n.hasNonNull("date")) {
      try {
        String d = n.get("date").asText();
        date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
      } catch (DateTimeParseException e) {
        return Input.failed(id, "reject.date", "\"date\" must be YYYY-MM-DD, got \"" + n.get("date").asText() + "\" (at " + where + ")");
      }
    }
    return Input.of(new Article(id, date, text, str(n, "title"), str(n, "url"), str(n, "source")));
  }

  private static String str(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
