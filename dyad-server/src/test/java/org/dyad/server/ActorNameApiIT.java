package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.CodedEvent;
import org.dyad.events.ActorRef;
import org.dyad.store.EventStore;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Actor names through the store and the API: a real DuckDB store of the coded examples behind a real server on
 * loopback. The expected events come from the coder's own output (names and mention words), not from the store.
 */
class ActorNameApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path tmp;
  static ExampleStore examples;
  static EventStore store;
  static TextIndex index;
  static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    examples = new ExampleStore();
    examples.buildInto(tmp.resolve("store"));
    store = EventStore.open(tmp.resolve("store"), true);
    index = TextIndex.open(store.indexDir(), false);
    server = ApiServer.start(ServerOptions.loopback(0), store, index, null, null, 0);
  }

  @AfterAll
  static void stop() throws java.io.IOException {
    if (server != null) server.close();
    if (index != null) index.close();
    if (store != null) store.close();
  }

  private static JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
    return JSON.readTree(r.body());
  }

  /** Whether every word is in the actor's name or words, any case: what actor_name promises. */
  private static boolean has(ActorRef a, String words) {
    if (a == null) return false;
    String hay = (a.name() + " " + a.text()).toLowerCase(Locale.ROOT);
    for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) if (!hay.contains(w)) return false;
    return true;
  }

  private static Set<String> expected(String words) {
    Set<String> out = new TreeSet<>();
    for (CodedEvent e : examples.events) {
      if (has(e.source(), words) || has(e.target(), words)) out.add(e.docId() + "/" + e.sentence() + "/" + e.event().code() + "/" + e.source().code());
    }
    return out;
  }

  private static Set<String> found(String words) throws Exception {
    JsonNode page = get("/api/events?limit=500&actor_name=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    Set<String> out = new TreeSet<>();
    for (JsonNode e : page.get("items")) {
      out.add(e.get("doc_id").asText() + "/" + e.get("sentence").asInt() + "/" + e.get("event").get("code").asText() + "/" + e.get("source").get("code").asText());
    }
    assertEquals(page.get("total").asInt(), out.size());
    return out;
  }

  @Test
  void actorNameFindsEventsByNameOrWordsInAnyCase() throws Exception {
    for (String words : new String[] {"syria", "SYRIA", "putin", "vladimir putin", "turkey government", "erdogan"}) {
      Set<String> want = expected(words);
      assertTrue(!want.isEmpty(), "the examples have events for '" + words + "'");
      assertEquals(want, found(words), words);
    }
    assertEquals(Set.of(), found("nosuchactorname"));
  }

  @Test
  void everyListedActorCarriesTheNameTheCoderGaveIt() throws Exception {
    JsonNode items = get("/api/events?limit=500&sort=id").get("items");
    assertEquals(examples.events.size(), items.size());
    Set<String> want = new TreeSet<>(), got = new TreeSet<>();
    for (CodedEvent e : examples.events) want.add(e.docId() + "/" + e.sentence() + "/" + e.source().name() + "/" + (e.target() == null ? "" : e.target().name()));
    for (JsonNode e : items) {
      got.add(e.get("doc_id").asText() + "/" + e.get("sentence").asInt() + "/" + e.get("source").get("name").asText() + "/"
          + (e.get("target").isNull() ? "" : e.get("target").get("name").asText()));
    }
    assertEquals(want, got);
    assertTrue(want.stream().anyMatch(s -> s.contains("Vladimir Putin (Russia, government)")), want.toString());
  }

  @Test
  void aStoreWrittenBeforeNamesIsNamedFromItsCodes() throws Exception {
    // A copy of the store with the events table as it was before the name columns, opened read-only (no ALTER).
    ExampleStore.copy(tmp.resolve("store"), tmp.resolve("older"));
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("older").resolve(EventStore.DB_FILE));
        java.sql.Statement st = c.createStatement()) {
      st.execute("DROP INDEX events_id");
      st.execute("CREATE TABLE events_old AS SELECT * EXCLUDE (source_name, target_name) FROM events");
      st.execute("DROP TABLE events");
      st.execute("ALTER TABLE events_old RENAME TO events");
    }
    try (EventStore older = EventStore.open(tmp.resolve("older"), true); TextIndex olderIndex = TextIndex.open(older.indexDir(), false);
        ApiServer s = ApiServer.start(ServerOptions.loopback(0), older, olderIndex, null, null, 0)) {
      String base = "http://127.0.0.1:" + s.port();
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/events?limit=500&actor_name=putin")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      JsonNode items = JSON.readTree(r.body()).get("items");
      // Without stored names, the words the text used for the actor are what actor_name finds.
      long want = examples.events.stream().filter(e -> e.source().text().toLowerCase(Locale.ROOT).contains("putin")
          || e.target() != null && e.target().text().toLowerCase(Locale.ROOT).contains("putin")).count();
      assertEquals(want, items.size(), items.toString());
      for (JsonNode e : items) {
        String code = e.get("source").get("code").asText();
        if (code.equals("RUSGOV")) assertEquals("Russia — government", e.get("source").get("name").asText(), "named from the code");
      }
      HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/events.csv")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, csv.statusCode(), csv.body());
      assertEquals(examples.events.size() + 1, csv.body().split("\r\n").length);
    }
  }

  @Test
  void theNetworkNamesItsNodes() throws Exception {
    for (JsonNode d : get("/api/stats/dyads").get("items")) {
      assertTrue(!d.get("source_name").asText().isEmpty() && !d.get("source_name").asText().equals(d.get("source").asText()), d.toString());
    }
  }
}
