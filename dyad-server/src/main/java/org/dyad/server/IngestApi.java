package org.dyad.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dyad.Coder;
import org.dyad.doc.DocError;
import org.dyad.clean.HtmlExtractor;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.io.InputFormat;
import org.dyad.store.Ingestor;
import org.dyad.store.StoreWriter;

/**
 * {@code POST /api/ingest}: articles as JSON lines in the body ({@code {"id", "date", "text"}} plus optional title,
 * url, source), coded and stored like {@code dyad ingest}. Exists only when the server has an admin token, and
 * answers 401 unless the request carries it as {@code Authorization: Bearer TOKEN}.
 */
final class IngestApi {
  private final byte[] token;
  private final Supplier<Coder> coder;
  private final StoreWriter writer;
  private final int maxChars;
  private final HtmlExtractor extractor;
  private final long maxBody;

  IngestApi(String token, Supplier<Coder> coder, StoreWriter writer, int maxChars, long maxBody) {
    this.maxBody = maxBody;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.coder = coder;
    this.writer = writer;
    this.maxChars = maxChars;
    this.extractor = HtmlExtractor.load(null);
  }

  /** The body's articles, read as {@code dyad ingest} reads a JSON Lines file: through the one per-document guard. */
  private Iterator<Ingested> read(byte[] body) {
    Sources sources = new Sources(InputFormat.JSONL, LocalDate.now(), maxChars, extractor);
    return sources.open("stdin", InputFormat.JSONL, new ByteArrayInputStream(body));
  }

  /**
   * The body, counted as it streams: Jetty's limit looks at Content-Length only, which a chunked body does not
   * have, so without the count a chunked request could be any size.
   */
  private byte[] body(Context ctx) {
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
      if (b.length > maxBody) throw new ApiError(413, "too_large", "the request body is over the limit of " + maxBody + " bytes");
      return b;
    } catch (java.io.IOException e) {
      throw new ApiError(400, "bad_body", "the request body could not be read: " + e.getMessage());
    }
  }

  void ingest(Context ctx) {
    String auth = ctx.header("Authorization");
    byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "unauthorized", "POST /api/ingest needs the server's admin token as 'Authorization: Bearer TOKEN'");
    }
    byte[] body = body(ctx);
    if (body.length == 0) throw new ApiError(400, "bad_body", "the body must hold articles as JSON lines: {\"id\", \"date\", \"text\"} per line");
    List<Map<String, String>> errors = new ArrayList<>();
    Ingestor.Totals t;
    synchronized (writer) { // one writer: requests are stored one after another
      t = new Ingestor(coder, writer, 1, 50, new Ingestor.Listener() {
        @Override
        public void error(DocError e) {
          Map<String, String> m = new LinkedHashMap<>();
          m.put("doc_id", e.docId());
          m.put("stage", e.stage());
          m.put("code", e.code());
          m.put("message", e.message());
          errors.add(m);
        }

        @Override
        public void progress(Ingestor.Totals totals) {
          // a request's result is its response; nothing to show meanwhile
        }
      }).run(read(body));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("read", t.read());
    out.put("added", t.added());
    out.put("replaced", t.replaced());
    out.put("unchanged", t.skipped());
    out.put("rejected", t.rejected());
    out.put("events", t.events());
    out.put("mentions", t.mentions());
    out.put("errors", errors);
    ctx.json(out);
  }
}
