package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.doc.DocError;
import picocli.CommandLine.Option;

/** {@code --errors FILE}, and the one way a command reports a document it could not handle. */
final class ErrorsOption {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--errors", paramLabel = "FILE", description = "Also write per-document errors to FILE as JSON lines.")
  Path file;

  /** Where errors go: a line on standard error each, and a JSON line in --errors when given. Close it at the end. */
  Sink open(PrintWriter err) throws IOException {
    return new Sink(err, file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  static final class Sink implements Closeable {
    private final PrintWriter err;
    private final Writer json;

    private Sink(PrintWriter err, Writer json) {
      this.err = err;
      this.json = json;
    }

    /** {@code dyad: DOC: reason} on standard error; {@code {"doc_id", "stage", "code", "message"}} in --errors. */
    void report(DocError e) throws IOException {
      err.println("dyad: " + e.docId() + ": " + e.message());
      if (json == null) return;
      Map<String, String> m = new LinkedHashMap<>();
      m.put("doc_id", e.docId());
      m.put("stage", e.stage());
      m.put("code", e.code());
      m.put("message", e.message());
      json.write(JSON.writeValueAsString(m));
      json.write('\n');
    }

    @Override
    public void close() throws IOException {
      if (json != null) json.close();
    }
  }
}
