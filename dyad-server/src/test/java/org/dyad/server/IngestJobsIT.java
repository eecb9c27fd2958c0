package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.DictionaryFingerprint;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "POST /api/ingest blocks until coding ends": on a real server over a real DuckDB file, a body of
 * articles is answered with 202 and a job before it is coded; the server keeps answering reads while the job runs,
 * readers see the articles of committed batches, and {@code GET /api/ingest/{id}} follows the job to its end with
 * its totals and per-article errors.
 */
@Tag("issue-17")
class IngestJobsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "jobs-token-0123456789abcdef";

  private static JsonNode send(ApiServer s, HttpRequest.Builder b, int status) throws Exception {
    HttpResponse<String> r = HTTP.send(b.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static HttpRequest.Builder at(ApiServer s, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path));
  }

  /** Articles that each code into an event, distinct texts so none is skipped as already stored. */
  private static String body(int n) {
    StringBuilder b = new StringBuilder();
    String[] cities = {"Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Lisbon"};
    for (int i = 0; i < n; i++) {
      b.append("{\"id\": \"job-").append(i).append("\", \"date\": \"2024-04-0").append(1 + i % 9).append("\", \"text\": \"")
          .append("Police arrested ").append(10 + i).append(" protesters in ").append(cities[i % cities.length])
          .append(" on Monday, officials said.\"}\n");
    }
    return b.append("{\"id\": \"job-bad\", \"date\": \"2024-04-01\"}\n").toString();
  }

  @Test
  void ingestAnswersAtOnceAndTheJobTellsItsProgressWhileReadsGoOn(@TempDir Path tmp) throws Exception {
    ExampleStore examples = new ExampleStore();
    examples.buildInto(tmp.resolve("db"));
    try (EventStore store = EventStore.open(tmp.resolve("db"), false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreWriter writer = new StoreWriter(store, index, DictionaryFingerprint.of(null));
      // Batches of one: each coded article is committed, and so visible, on its own.
      try (IngestJobs jobs = new IngestJobs(writer, () -> examples.coder, 1);
          ApiServer server = ApiServer.start(new ServerOptions("127.0.0.1", 0, TOKEN, 1 << 20, 4), store, index, jobs, 1_000_000)) {
        long before = store.count("articles");
        long t0 = System.nanoTime();
        JsonNode accepted = send(server, at(server, "/api/ingest").POST(HttpRequest.BodyPublishers.ofString(body(8))), 202);
        long answeredMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(accepted.get("state").asText().matches("queued|running"), "answered before coding ended: " + accepted);
        String href = accepted.get("href").asText();
        List<Long> seen = new ArrayList<>();
        JsonNode job;
        while (true) {
          // Reads go on while the writer works, and see what has been committed so far.
          JsonNode meta = send(server, at(server, "/api/meta").GET(), 200);
          seen.add(meta.get("articles").asLong());
          job = send(server, at(server, href).GET(), 200);
          if (job.get("state").asText().matches("done|failed")) break;
          assertTrue((System.nanoTime() - t0) / 1_000_000_000L < 300, "job still " + job);
          Thread.sleep(50);
        }
        assertEquals("done", job.get("state").asText(), job.toString());
        assertEquals(9, job.get("read").asInt(), job.toString());
        assertEquals(8, job.get("added").asInt(), job.toString());
        assertEquals(1, job.get("rejected").asInt(), job.toString());
        assertEquals("job-bad", job.get("errors").get(0).get("doc_id").asText(), job.toString());
        assertTrue(job.get("events").asInt() >= 8, job.toString());
        assertEquals(before + 8, send(server, at(server, "/api/meta").GET(), 200).get("articles").asLong());
        long totalMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(answeredMs * 4 < totalMs, "the 202 (" + answeredMs + " ms) came long before the job's end (" + totalMs + " ms)");
        assertTrue(seen.stream().anyMatch(n -> n > before && n < before + 8),
            "readers saw committed articles while the job ran: " + seen);
        assertEquals(404, HTTP.send(at(server, "/api/ingest/999").header("Authorization", "Bearer " + TOKEN).GET().build(),
            HttpResponse.BodyHandlers.ofString()).statusCode());
      }
    }
  }

  @Test
  void queuedBodiesAreBoundedWithA503(@TempDir Path tmp) throws Exception {
    ExampleStore examples = new ExampleStore();
    try (EventStore store = EventStore.open(tmp.resolve("db"), false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreWriter writer = new StoreWriter(store, index, DictionaryFingerprint.of(null));
      try (IngestJobs jobs = new IngestJobs(writer, () -> examples.coder, 1);
          ApiServer server = ApiServer.start(new ServerOptions("127.0.0.1", 0, TOKEN, 1 << 20, 4), store, index, jobs, 1_000_000)) {
        send(server, at(server, "/api/ingest").POST(HttpRequest.BodyPublishers.ofString(body(8))), 202); // keeps the writer busy
        List<String> accepted = new ArrayList<>();
        int busy = 0;
        for (int i = 0; i < IngestApi.MAX_QUEUED + 4; i++) {
          HttpResponse<String> r = HTTP.send(at(server, "/api/ingest").header("Authorization", "Bearer " + TOKEN)
              .POST(HttpRequest.BodyPublishers.ofString(body(1))).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 503) {
            busy++;
            assertEquals("busy", JSON.readTree(r.body()).get("error").asText(), r.body());
          } else {
            assertEquals(202, r.statusCode(), r.body());
            accepted.add(JSON.readTree(r.body()).get("href").asText());
          }
        }
        assertTrue(busy > 0 && accepted.size() >= IngestApi.MAX_QUEUED - 1, busy + " refused, " + accepted.size() + " accepted");
        for (String href : accepted) {
          JsonNode job;
          do {
            Thread.sleep(50);
            job = send(server, at(server, href).GET(), 200);
          } while (job.get("state").asText().matches("queued|running"));
          assertEquals("done", job.get("state").asText(), job.toString());
        }
      }
    }
  }
}
