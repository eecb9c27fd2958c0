package org.dyad.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Iterator;
import org.dyad.clean.HtmlExtractor;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.io.InputFormat;

/**
 * {@code POST /api/ingest}: articles as JSON lines in the body ({@code {"id", "date", "text"}} plus optional title,
 * url, source), coded and stored like {@code dyad ingest}, as a job on the store's one writer ({@link IngestJobs}):
 * the answer is 202 at once with the job's id, and {@code GET /api/ingest/{id}} tells its progress, totals and
 * per-article errors. Exists only when the server has an admin token; both routes answer 401 without it.
 */
final class IngestApi {
  /** Queued bodies are held in memory (4 MB each at most): this many waiting is enough for any client to keep the writer busy. */
  static final int MAX_QUEUED = 16;
  private final byte[] token;
  private final IngestJobs jobs;
  private final int maxChars;
  private final HtmlExtractor extractor;
  private final long maxBody;

  IngestApi(String token, IngestJobs jobs, int maxChars, long maxBody) {
    this.maxBody = maxBody;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.jobs = jobs;
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

  private void authorize(Context ctx) {
    String auth = ctx.header("Authorization");
    byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "unauthorized", ctx.method() + " " + ctx.path() + " needs the server's admin token as 'Authorization: Bearer TOKEN'");
    }
  }

  /** Queues the body's articles and answers at once: coding a large body takes minutes, which no client should wait out. */
  void ingest(Context ctx) {
    authorize(ctx);
    if (jobs.queued() >= MAX_QUEUED) {
      throw new ApiError(503, "busy", MAX_QUEUED + " ingest jobs are waiting already; try again when GET /api/ingest/{id} says one is done");
    }
    byte[] body = body(ctx);
    if (body.length == 0) throw new ApiError(400, "bad_body", "the body must hold articles as JSON lines: {\"id\", \"date\", \"text\"} per line");
    IngestJobs.Job job = jobs.submit("POST /api/ingest", read(body));
    ctx.header("Location", "/api/ingest/" + job.id());
    ctx.status(202).json(job.json());
  }

  void status(Context ctx) {
    authorize(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new org.dyad.store.BadParameterException("id", "not a job id: a whole number, as POST /api/ingest answered");
    }
    IngestJobs.Job job = jobs.get(id).orElseThrow(() -> new ApiError(404, "not_found", "no ingest job " + id
        + " (this server forgets all but the newest " + IngestJobs.KEEP + " jobs, and all of them when it restarts)"));
    ctx.json(job.json());
  }
}
