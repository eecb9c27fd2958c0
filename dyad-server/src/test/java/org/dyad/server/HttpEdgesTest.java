package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.SyntheticEvents;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: what the server answers at the edges of HTTP, spoken over a raw socket so the request is exactly what a
 * client could send. A real server on loopback over a real store of synthetic events; no request here is coded.
 */
@Tag("issue-15")
class HttpEdgesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-0123456789abcdef";
  private static final int MAX_BODY = 1000;

  @TempDir
  static Path tmp;

  static EventStore store;
  static TextIndex index;
  static ApiServer server;

  @BeforeAll
  static void start() {
    store = EventStore.open(tmp.resolve("db"), false);
    index = TextIndex.open(store.indexDir(), true);
    SyntheticEvents.generate(store, 50, 1);
    StoreWriter writer = new StoreWriter(store, index, "synthetic");
    ServerOptions opts = new ServerOptions("127.0.0.1", 0, TOKEN, MAX_BODY, 4);
    server = ApiServer.start(opts, store, index, writer, () -> {
      throw new AssertionError("no request in this test is coded");
    }, 1_000_000);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) server.close();
    if (index != null) index.close();
    if (store != null) store.close();
  }

  /** The status line, the headers (lower-cased names) and the body of one exchange on its own connection. */
  record Reply(int status, String head, String body) {
    JsonNode json() throws IOException {
      assertTrue(head.contains("content-type: application/json"), "JSON: " + head + "\n" + body);
      return JSON.readTree(body);
    }
  }

  /** Sends {@code head} (request line and headers, without the blank line) and then {@code body} chunks as given. */
  static Reply exchange(String head, byte[]... chunks) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] c : chunks) out.write(c);
        out.flush();
      } catch (IOException closedEarly) {
        // the server may answer and close before it has read all we send; its answer is what counts
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      in.transferTo(got);
      String text = got.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String headPart = split < 0 ? text : text.substring(0, split);
      String body = split < 0 ? "" : text.substring(split + 4);
      if (headPart.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) body = unchunk(body);
      return new Reply(Integer.parseInt(headPart.substring(9, 12)), headPart.toLowerCase(java.util.Locale.ROOT), body);
    }
  }

  private static String unchunk(String body) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int eol = body.indexOf("\r\n", i);
      int n = Integer.parseInt(body.substring(i, eol).strip(), 16);
      if (n == 0) break;
      sb.append(body, eol + 2, eol + 2 + n);
      i = eol + 2 + n + 2;
    }
    return sb.toString();
  }

  static Reply get(String target) throws IOException {
    return exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port());
  }

  private static byte[] chunk(byte[] data) {
    byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[head.length + data.length + 2];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(data, 0, out, head.length, data.length);
    out[out.length - 2] = '\r';
    out[out.length - 1] = '\n';
    return out;
  }

  @Test
  void issue15_aChunkedBodyOverTheLimitIs413() throws IOException {
    byte[] line = ("{\"id\": \"x\", \"date\": \"2024-01-01\", \"text\": \"" + "a".repeat(400) + "\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[][] chunks = new byte[11][];
    for (int i = 0; i < 10; i++) chunks[i] = chunk(line);
    chunks[10] = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    Reply r = exchange("POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nAuthorization: Bearer " + TOKEN
        + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked", chunks);
    assertEquals(413, r.status(), r.body());
    assertEquals("too_large", r.json().get("error").asText());
  }

  @Test
  void issue15_aRegexTooLargeForLuceneIsA400() throws IOException {
    // Lucene refuses the first as "input automaton is too large", the second as too complex to determinize
    for (String regex : new String[] {"/a{1,9999}/", "/.*a.{1,400}/"}) {
      Reply r = get("/api/articles?q=" + java.net.URLEncoder.encode(regex, StandardCharsets.UTF_8));
      assertEquals(400, r.status(), r.body());
      assertEquals("q", r.json().get("parameter").asText());
    }
  }

  @Test
  void issue15_everyErrorIsJson() throws IOException {
    Reply notFound = get("/api/nothing");
    assertEquals(404, notFound.status());
    assertEquals("not_found", notFound.json().get("error").asText());
    Reply longUri = get("/api/events?x=" + "a".repeat(20_000));
    assertEquals(414, longUri.status(), longUri.body());
    assertEquals("uri_too_long", longUri.json().get("error").asText());
    Reply bigHeader = exchange("GET /api/meta HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Big: " + "b".repeat(20_000));
    assertEquals(431, bigHeader.status(), bigHeader.body());
    assertEquals("headers_too_large", bigHeader.json().get("error").asText());
    Reply badHeader = exchange("GET /api/meta HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nNo colon here");
    assertEquals(400, badHeader.status(), badHeader.body());
    assertEquals("bad_request", badHeader.json().get("error").asText());
  }

  @Test
  void issue15_optionsSaysWhichMethodsAPathTakes() throws IOException {
    Reply r = exchange("OPTIONS /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port());
    assertEquals(204, r.status(), r.head());
    assertTrue(r.head().contains("allow: get, head, options"), r.head());
    Reply ingest = exchange("OPTIONS /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:" + server.port());
    assertTrue(ingest.head().contains("allow: options, post"), ingest.head());
    Reply none = exchange("OPTIONS /api/nothing HTTP/1.1\r\nHost: 127.0.0.1:" + server.port());
    assertEquals(404, none.status());
    assertEquals("not_found", none.json().get("error").asText());
  }

  @Test
  void issue15_aRequestForAnotherHostIsRefused() throws IOException {
    // DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 would read the API as its own origin.
    Reply rebound = exchange("GET /api/meta HTTP/1.1\r\nHost: evil.example:" + server.port());
    assertEquals(403, rebound.status(), rebound.head());
    assertEquals("host_not_allowed", rebound.json().get("error").asText());
    assertEquals(200, exchange("GET /api/meta HTTP/1.1\r\nHost: localhost:" + server.port()).status());
    assertEquals(200, get("/api/meta").status());
  }

  @Test
  void issue15_everyAnswerCarriesSecurityHeaders() throws IOException {
    for (String target : List.of("/api/meta", "/api/nothing", "/openapi.json")) {
      Reply r = get(target);
      assertTrue(r.head().contains("x-content-type-options: nosniff"), target + ": " + r.head());
      assertTrue(r.head().contains("content-security-policy: ") && r.head().contains("frame-ancestors 'none'"), target + ": " + r.head());
    }
  }
}
