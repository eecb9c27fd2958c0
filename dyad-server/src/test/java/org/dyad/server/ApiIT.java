package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.CodedEvent;
import org.dyad.store.DictionaryFingerprint;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API on a real server on loopback over a real DuckDB store, built by coding the example articles with the
 * real coder; expected figures come from the coder's own output, not from the store.
 */
class ApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "test-token-0123456789abcdef";

  @TempDir
  static Path tmp;

  static ExampleStore examples;
  static EventStore readOnlyStore, writableStore, olderStore;
  static TextIndex readOnlyIndex, writableIndex, olderIndex;
  static ApiServer readOnly, admin, older;

  @BeforeAll
  static void start() throws IOException {
    examples = new ExampleStore();
    examples.buildInto(tmp.resolve("a"));
    ExampleStore.copy(tmp.resolve("a"), tmp.resolve("b"));
    ExampleStore.copy(tmp.resolve("a"), tmp.resolve("c"));
    // A store as an older version left it: nothing says its text index holds the sentences.
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("c").resolve(EventStore.DB_FILE));
        java.sql.Statement st = c.createStatement()) {
      st.execute("DROP TABLE store_info");
      // ... and, before issue 16, ISO-2 place countries and no admin1, feature code, full name or FIPS code.
      st.execute("DROP INDEX events_id"); // DuckDB drops no column of an indexed table
      for (String col : List.of("location_admin1", "location_feature_code", "location_full_name", "location_country_fips")) {
        st.execute("ALTER TABLE events DROP COLUMN " + col);
      }
      st.execute("CREATE UNIQUE INDEX events_id ON events(id)");
      st.execute("UPDATE events SET location_country = 'SY' WHERE location_country = 'SYR'");
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
    olderStore = EventStore.open(tmp.resolve("c"), true);
    olderIndex = TextIndex.open(olderStore.indexDir(), false);
    older = ApiServer.start(ServerOptions.loopback(0), olderStore, olderIndex, null, () -> examples.coder, 1_000_000);
    readOnlyStore = EventStore.open(tmp.resolve("a"), true);
    readOnlyIndex = TextIndex.open(readOnlyStore.indexDir(), false);
    readOnly = ApiServer.start(ServerOptions.loopback(0), readOnlyStore, readOnlyIndex, null, () -> examples.coder, 1_000_000);
    writableStore = EventStore.open(tmp.resolve("b"), false);
    writableIndex = TextIndex.open(writableStore.indexDir(), true);
    StoreWriter w = new StoreWriter(writableStore, writableIndex, DictionaryFingerprint.of(null));
    ServerOptions opts = new ServerOptions("127.0.0.1", 0, TOKEN, 64 * 1024, 4);
    admin = ApiServer.start(opts, writableStore, writableIndex, w, () -> examples.coder, 1_000_000);
  }

  @AfterAll
  static void stop() throws IOException {
    for (ApiServer s : new ApiServer[] {readOnly, admin, older}) if (s != null) s.close();
    for (TextIndex i : new TextIndex[] {readOnlyIndex, writableIndex, olderIndex}) if (i != null) i.close();
    for (EventStore s : new EventStore[] {readOnlyStore, writableStore, olderStore}) if (s != null) s.close();
  }

  private record Reply(int status, JsonNode body) {}

  private static Reply get(ApiServer s, String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), pathAndQuery + " answers JSON: " + r.body());
    return new Reply(r.statusCode(), JSON.readTree(r.body()));
  }

  private static Reply post(ApiServer s, String path, String body, String auth) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) b.header("Authorization", auth);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), JSON.readTree(r.body()));
  }

  /** Follows an accepted ingest to its end through {@code GET /api/ingest/{id}}: the job's last status. */
  static JsonNode finished(Reply accepted) throws IOException, InterruptedException {
    assertEquals(202, accepted.status(), accepted.body().toString());
    String href = accepted.body().get("href").asText();
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
    while (true) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + href))
          .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      JsonNode job = JSON.readTree(r.body());
      if (job.get("state").asText().matches("done|failed")) return job;
      assertTrue(System.nanoTime() < until, "job still " + job);
      Thread.sleep(100);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Reply ok(String pathAndQuery) throws IOException, InterruptedException {
    Reply r = get(readOnly, pathAndQuery);
    assertEquals(200, r.status(), pathAndQuery + " -> " + r.body());
    return r;
  }

  @Test
  void eventsListMatchesTheCodersOutputUnderFilters() throws Exception {
    List<CodedEvent> all = examples.events;
    assertTrue(all.size() >= 10, "the examples code into a dozen or more events, got " + all.size());
    assertEquals(all.size(), ok("/api/events").body().get("total").asInt());
    assertEquals(all.stream().filter(e -> e.event().root().equals("04")).count(), ok("/api/events?root=04").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> e.event().quadClass() >= 3).count(), ok("/api/events?quad_class=3,4").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> e.source().code().startsWith("RUS")).count(), ok("/api/events?source_country=rus").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> e.source().code().equals("TURGOV")).count(), ok("/api/events?source=TURGOV").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> e.target() != null && e.target().code().startsWith("TUR")).count(),
        ok("/api/events?target_country=TUR").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> e.source().code().startsWith("SYR") || (e.target() != null && e.target().code().startsWith("SYR"))).count(),
        ok("/api/events?country=SYR").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> !e.date().isBefore(java.time.LocalDate.of(2024, 1, 1))).count(),
        ok("/api/events?from=2024-01-01&to=2024-12-31").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> e.confidence() >= 0.6).count(), ok("/api/events?min_confidence=0.6").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> e.event().code().startsWith("19")).count(), ok("/api/events?code=19").body().get("total").asLong());
    assertEquals(all.stream().filter(e -> e.location() != null && e.location().country().equals("FR")).count(),
        ok("/api/events?place_country=FRA").body().get("total").asLong());

    // Pages do not overlap and together give every event once, in the chosen order.
    Set<Long> seen = new HashSet<>();
    String prev = null;
    for (int off = 0; off < all.size(); off += 5) {
      for (JsonNode e : ok("/api/events?sort=date&limit=5&offset=" + off).body().get("items")) {
        assertTrue(seen.add(e.get("id").asLong()), "event listed twice: " + e);
        String d = e.get("date").asText();
        assertTrue(prev == null || prev.compareTo(d) <= 0, "sorted by date");
        prev = d;
      }
    }
    assertEquals(all.size(), seen.size());
  }

  /** Words as the text filter's documentation describes them: letters and digits, with inner apostrophes and dots. */
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*");

  private static List<String> words(String s) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(s.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** The documented meaning of q, written apart from the index: its words in order, adjacent, the last one a prefix. */
  private static boolean matches(String sentence, String q) {
    List<String> w = words(sentence), qw = words(q);
    for (int i = 0; i + qw.size() <= w.size(); i++) {
      int k = 0;
      while (k < qw.size() - 1 && w.get(i + k).equals(qw.get(k))) k++;
      if (k == qw.size() - 1 && w.get(i + k).startsWith(qw.get(k))) return true;
    }
    return false;
  }

  private static long expected(String q) {
    return examples.events.stream().filter(e -> matches(e.text(), q)).count();
  }

  @Test
  void textFilterMatchesWordsInOrderTheLastAsABeginning() throws Exception {
    List<String> sentences = examples.events.stream().map(CodedEvent::text).distinct().toList();
    // Queries drawn from the coded sentences: a whole word in capitals, the start of a long word, two adjacent
    // words (also with other case and punctuation), the same two reversed.
    String longWord = sentences.stream().flatMap(t -> words(t).stream()).filter(w -> w.matches("\\p{L}{9,}")).findFirst().orElseThrow();
    List<String> first = words(sentences.get(0));
    String phrase = first.get(1) + " " + first.get(2);
    List<String> queries = List.of("IDLIB", longWord.substring(0, 5), phrase, first.get(1).toUpperCase() + ", " + first.get(2) + "!",
        first.get(2) + " " + first.get(1), phrase.substring(0, phrase.length() - 1));
    for (String q : queries) {
      long want = expected(q);
      assertEquals(want, ok("/api/events?q=" + enc(q)).body().get("total").asLong(), q);
      Reply scan = get(older, "/api/events?q=" + enc(q));
      assertEquals(want, scan.body().get("total").asLong(), "a store without a sentence index scans for the same: " + q);
    }
    assertTrue(expected("IDLIB") > 0 && expected(longWord.substring(0, 5)) > 0 && expected(phrase) > 0, "the queries find something");
    // A match starts at the start of a word: letters from inside a word find nothing, though the text holds them.
    String inner = sentences.stream().flatMap(t -> words(t).stream()).filter(w -> w.matches("\\p{L}{7,}")).map(w -> w.substring(2, 6))
        .filter(f -> expected(f) == 0).findFirst().orElseThrow();
    assertTrue(sentences.stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains(inner)));
    assertEquals(0, ok("/api/events?q=" + enc(inner)).body().get("total").asInt(), inner);
    assertEquals(0, get(older, "/api/events?q=" + enc(inner)).body().get("total").asInt(), inner);
    // Pages of a text filter's events do not overlap and give each event once, in the chosen order.
    long idlib = expected("idlib");
    Set<Long> seen = new HashSet<>();
    double prev = Double.NEGATIVE_INFINITY;
    for (int off = 0; off < idlib + 2; off += 2) {
      JsonNode page = ok("/api/events?q=idlib&sort=goldstein&limit=2&offset=" + off).body();
      assertEquals(idlib, page.get("total").asLong(), "the total does not depend on the page");
      for (JsonNode e : page.get("items")) {
        assertTrue(seen.add(e.get("id").asLong()), "event listed twice: " + e);
        assertTrue(prev <= e.get("event").get("goldstein").asDouble(), "sorted by Goldstein");
        prev = e.get("event").get("goldstein").asDouble();
      }
    }
    assertEquals(idlib, seen.size());
    // The other endpoints select the same events.
    long sum = 0;
    for (JsonNode r : ok("/api/stats/timeline?interval=year&q=idlib").body().get("items")) sum += r.get("count").asLong();
    assertEquals(expected("idlib"), sum);
  }

  @Test
  void oneEventCarriesItsProvenance() throws Exception {
    JsonNode first = ok("/api/events?source=RUSGOV&target=TURGOV&limit=1").body().get("items").get(0);
    JsonNode e = ok("/api/events/" + first.get("id").asLong()).body();
    String sentence = e.get("sentence").get("text").asText();
    JsonNode spans = e.get("sentence").get("spans");
    assertEquals(e.get("source").get("text").asText(), sentence.substring(spans.get("source").get(0).asInt(), spans.get("source").get(1).asInt()));
    assertEquals(e.get("target").get("text").asText(), sentence.substring(spans.get("target").get(0).asInt(), spans.get("target").get(1).asInt()));
    assertEquals(e.get("trigger").get("text").asText(), sentence.substring(spans.get("trigger").get(0).asInt(), spans.get("trigger").get(1).asInt()));
    assertEquals("idlib-airshow.txt", e.get("article").get("doc_id").asText());
    assertFalse(e.get("rule").asText().isEmpty());
    // The same event as the coder gave it.
    assertTrue(examples.events.stream().anyMatch(c -> c.text().equals(sentence) && c.rule().equals(e.get("rule").asText())
        && c.source().code().equals("RUSGOV") && c.confidence() == e.get("confidence").asDouble()));
    JsonNode article = ok("/api/articles/" + e.get("article").get("id").asLong()).body();
    assertTrue(article.get("text").asText().contains(sentence));
    assertTrue(article.get("event_ids").toString().contains(first.get("id").asText()));
  }

  @Test
  void statisticsAddUpToTheEvents() throws Exception {
    long sum = 0;
    for (JsonNode r : ok("/api/stats/timeline?interval=week").body().get("items")) sum += r.get("count").asLong();
    assertEquals(examples.events.size(), sum);
    JsonNode months = ok("/api/stats/timeline?interval=month&quad_class=4").body().get("items");
    for (JsonNode r : months) assertEquals(4, r.get("quad_class").asInt());
    JsonNode dyads = ok("/api/stats/dyads?limit=3").body().get("items");
    JsonNode top = dyads.get(0);
    long expected = examples.events.stream().filter(e -> e.target() != null && e.source().code().equals(top.get("source").asText())
        && e.target().code().equals(top.get("target").asText())).count();
    assertEquals(expected, top.get("count").asLong());
    assertTrue(dyads.size() <= 3);
    // An event counts for a country once, whether an actor or its place is of it (issue 16: one code system).
    long rus = examples.events.stream().filter(e -> e.source().code().startsWith("RUS") || (e.target() != null && e.target().code().startsWith("RUS"))
        || (e.location() != null && e.location().country().equals("RU"))).count();
    boolean found = false;
    for (JsonNode c : ok("/api/stats/countries").body().get("items")) {
      if (c.get("country").asText().equals("RUS")) {
        assertEquals(rus, c.get("count").asLong());
        found = true;
      }
    }
    assertTrue(found);
    JsonNode meta = ok("/api/meta").body();
    assertEquals(examples.docIds.size(), meta.get("articles").asInt());
    assertEquals(examples.events.size(), meta.get("events").asInt());
  }

  @Test
  @org.junit.jupiter.api.Tag("issue-16")
  void issue16_placesAndActorsShareOneCountryCodeInEveryStore() throws Exception {
    long syria = examples.events.stream().filter(e -> e.location() != null && e.location().country().equals("SY")).count();
    assertTrue(syria > 0, "the Idlib example places events in Syria");
    for (ApiServer s : new ApiServer[] {readOnly, older}) {
      assertEquals(syria, get(s, "/api/events?place_country=SYR").body().get("total").asLong());
      assertEquals(syria, get(s, "/api/events?place_country=sy").body().get("total").asLong(), "ISO-2 is read as ISO-3");
      assertOneCodeSystem(get(s, "/api/events?limit=200").body(), get(s, "/api/stats/countries").body());
    }
    assertEquals(400, get(readOnly, "/api/events?place_country=QQ").status());
  }

  /** Issue 15 defect 10: every country in a response is a country's ISO-3 code, and the statistics list each once. */
  private static void assertOneCodeSystem(JsonNode events, JsonNode countries) {
    Set<String> seen = new HashSet<>();
    for (JsonNode c : countries.get("items")) {
      String code = c.get("country").asText();
      assertTrue(org.dyad.geo.CountryCodes.isCountry(code), "a country's ISO-3 code, not '" + code + "'");
      assertTrue(seen.add(code), "one row per country: " + code + " twice in " + countries);
    }
    assertTrue(seen.contains("SYR"), countries.toString());
    for (JsonNode e : events.get("items")) {
      JsonNode l = e.get("location");
      if (l != null && !l.isNull()) assertEquals(3, l.get("country").asText().length(), "ISO-3 place country: " + l);
    }
  }

  @Test
  void articleSearchHighlightsTheWords() throws Exception {
    JsonNode r = ok("/api/articles?q=" + enc("Erdogan AND Putin")).body();
    assertEquals(1, r.get("total").asInt());
    JsonNode hit = r.get("items").get(0);
    assertEquals("idlib-airshow.txt", hit.get("doc_id").asText());
    assertTrue(hit.get("highlights").get(0).asText().contains("<mark>Erdogan</mark>"), hit.toString());
    assertEquals(0, ok("/api/articles?q=" + enc("zanzibar")).body().get("total").asInt());
  }

  @Test
  void badParametersAreClearJson400s() throws Exception {
    String[][] cases = {
        {"/api/events?from=2024-13-01", "from"}, {"/api/events?from=2024-05-01&to=2024-01-01", "from"}, {"/api/events?limit=0", "limit"},
        {"/api/events?limit=501", "limit"}, {"/api/events?offset=-1", "offset"}, {"/api/events?limit=ten", "limit"},
        {"/api/events?sort=drop", "sort"}, {"/api/events?quad_class=5", "quad_class"}, {"/api/events?min_confidence=2", "min_confidence"},
        {"/api/events?root=x1", "root"}, {"/api/events?code=abc", "code"}, {"/api/events?colour=red", "colour"},
        {"/api/events?root=04&root=05", "root"}, {"/api/events?q=" + "a".repeat(201), "q"}, {"/api/stats/timeline?interval=hour", "interval"},
        {"/api/stats/dyads?by=planet", "by"}, {"/api/articles", "q"}, {"/api/articles?q=" + enc("a(("), "q"}, {"/api/events/abc", "id"},
        {"/api/events/-3", "id"}, {"/api/events?q=" + enc("%%"), "q"}, {"/api/stats/dyads?q=" + enc(" -- "), "q"}};
    for (String[] c : cases) {
      Reply r = get(readOnly, c[0]);
      assertEquals(400, r.status(), c[0] + " -> " + r.body());
      assertEquals("bad_parameter", r.body().get("error").asText(), c[0]);
      assertEquals(c[1], r.body().get("parameter").asText(), c[0]);
      assertFalse(r.body().get("message").asText().isBlank());
    }
    Reply missing = get(readOnly, "/api/events/999999");
    assertEquals(404, missing.status());
    assertEquals("not_found", missing.body().get("error").asText());
    assertEquals(404, get(readOnly, "/api/nowhere").status());
  }

  @Test
  void sqlInjectionAttemptsChangeNothing() throws Exception {
    long events = examples.events.size();
    // Free-text values are bound parameters: they match nothing and run nothing.
    for (String attack : List.of("'; DROP TABLE events; --", "x' OR '1'='1", "%' OR 1=1 --", "\\'; DELETE FROM articles; --")) {
      assertEquals(0, ok("/api/events?q=" + enc(attack)).body().get("total").asInt(), attack);
      assertEquals(0, ok("/api/events?place=" + enc(attack)).body().get("total").asInt(), attack);
    }
    // Coded values are checked against their syntax before they reach SQL.
    for (String p : List.of("source", "target", "source_country", "country", "root", "code", "sort", "quad_class", "interval")) {
      String path = p.equals("interval") ? "/api/stats/timeline?" : "/api/events?";
      Reply r = get(readOnly, path + p + "=" + enc("RUS' OR '1'='1"));
      assertEquals(400, r.status(), p + " -> " + r.body());
    }
    assertEquals(400, get(readOnly, "/api/events?sort=" + enc("date; DROP TABLE events")).status());
    assertEquals(400, get(readOnly, "/api/events/" + enc("1 OR 1=1")).status());
    assertEquals(events, ok("/api/events").body().get("total").asLong());
    assertEquals(examples.docIds.size(), ok("/api/meta").body().get("articles").asInt());
  }

  @Test
  void openApiDescribesEveryRouteAndParameter() throws Exception {
    JsonNode doc = ok("/openapi.json").body();
    assertEquals("3.0.3", doc.get("openapi").asText());
    for (ApiServer s : new ApiServer[] {readOnly, admin}) {
      JsonNode paths = get(s, "/openapi.json").body().get("paths");
      for (String route : s.routes()) {
        String[] mp = route.split(" ");
        assertNotNull(paths.path(mp[1]).get(mp[0].toLowerCase()), route + " is described");
      }
      assertEquals(s == admin, paths.has("/api/ingest"));
    }
    Set<String> params = new HashSet<>();
    for (JsonNode p : doc.get("paths").get("/api/events").get("get").get("parameters")) params.add(p.get("name").asText());
    assertTrue(params.containsAll(org.dyad.store.EventFilter.PARAMETERS) && params.containsAll(List.of("limit", "offset", "sort")), params.toString());
  }

  @Test
  void ingestNeedsTheAdminToken() throws Exception {
    String article = "{\"id\": \"posted-1\", \"date\": \"2024-04-02\", \"title\": \"Talks\", \"text\": "
        + "\"German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.\"}\n";
    // Read-only server: the route does not exist.
    assertEquals(404, post(readOnly, "/api/ingest", article, "Bearer " + TOKEN).status());
    // Admin server: no token, a wrong one, or a token in the wrong scheme are refused.
    for (String auth : new String[] {null, "Bearer wrong-token-0123456789", "Basic " + TOKEN, "Bearer " + TOKEN + "x"}) {
      Reply r = post(admin, "/api/ingest", article, auth);
      assertEquals(401, r.status(), String.valueOf(auth));
      assertEquals("unauthorized", r.body().get("error").asText());
    }
    long before = get(admin, "/api/meta").body().get("articles").asLong();
    assertEquals(examples.docIds.size(), before, "refused requests stored nothing");
    Reply accepted = post(admin, "/api/ingest", article, "Bearer " + TOKEN);
    assertEquals(202, accepted.status(), accepted.body().toString());
    JsonNode ok = finished(accepted);
    assertEquals("done", ok.get("state").asText(), ok.toString());
    assertEquals(1, ok.get("added").asInt());
    assertTrue(ok.get("events").asInt() >= 1, ok.toString());
    assertEquals(before + 1, get(admin, "/api/meta").body().get("articles").asLong());
    assertEquals(1, get(admin, "/api/articles?q=Scholz").body().get("total").asInt(), "the new article is searchable at once");
    assertEquals(ok.get("events").asInt(), get(admin, "/api/events?q=scholz").body().get("total").asInt(), "its events too, by their sentence");
    JsonNode again = finished(post(admin, "/api/ingest", article, "Bearer " + TOKEN));
    assertEquals(1, again.get("unchanged").asInt(), "the same article again is not stored twice");
    assertEquals(before + 1, get(admin, "/api/meta").body().get("articles").asLong());
    // Bad lines are reported per document in the job, and a body over the limit is refused whole.
    JsonNode bad = finished(post(admin, "/api/ingest", "{not json}\n", "Bearer " + TOKEN));
    assertEquals("reject.json", bad.get("errors").get(0).get("code").asText());
    assertEquals(401, get(admin, accepted.body().get("href").asText()).status(), "a job's status needs the token too");
    Reply big = post(admin, "/api/ingest", "x".repeat(70 * 1024), "Bearer " + TOKEN);
    assertEquals(413, big.status(), big.body().toString());
  }
}
