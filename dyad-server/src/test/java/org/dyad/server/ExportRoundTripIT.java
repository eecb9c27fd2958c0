package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.io.OutputFormat;
import org.dyad.store.CsvExport;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Exporter;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports read back equal the store: CSV from the API and GDELT and Parquet from the exporter, over a real DuckDB
 * store of the coded examples plus an article with a formula for a title and a script for a URL, read back by
 * DuckDB's own CSV and Parquet readers and compared with the store's rows.
 */
class ExportRoundTripIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path tmp;
  static EventStore store;
  static TextIndex index;
  static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    ExampleStore examples = new ExampleStore();
    examples.buildInto(tmp.resolve("store"));
    examples.add(tmp.resolve("store"), ExampleStore.HOSTILE);
    store = EventStore.open(tmp.resolve("store"), true);
    index = TextIndex.open(store.indexDir(), false);
    server = ApiServer.start(ServerOptions.loopback(0), store, index, null, null, 0);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (index != null) index.close();
    if (store != null) store.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Rows of a query, each as one string of its columns' text (NULL as "\u2205"). */
  private static List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(i > 1 ? " | " : "").append(r.getString(i) == null ? "\u2205" : r.getString(i));
        out.add(b.toString());
      }
    }
    return out;
  }

  private static String quoted(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  @Test
  void csvFromTheApiReadsBackAsTheStoresRows() throws Exception {
    for (String filter : new String[] {"", "country=RUS", "actor_name=putin", "root=19,04"}) {
      HttpResponse<String> r = get("/api/events.csv" + (filter.isEmpty() ? "" : "?" + filter));
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      Path f = tmp.resolve("events-" + filter.replaceAll("\\W", "_") + ".csv");
      Files.writeString(f, r.body());
      // The same events as the JSON list with the same filters.
      JsonNode page = JSON.readTree(get("/api/events?limit=500" + (filter.isEmpty() ? "" : "&" + filter)).body());
      Set<String> ids = new TreeSet<>();
      for (JsonNode e : page.get("items")) ids.add(e.get("id").asText());
      assertEquals(ids, new TreeSet<>(rows("SELECT id FROM read_csv(" + quoted(f) + ", header = true, all_varchar = true)")), filter);
      // Every cell as the store holds it; a text cell that could run as a formula carries a leading apostrophe.
      StringBuilder want = new StringBuilder("SELECT ");
      List<CsvExport.Column> cols = CsvExport.columns(true);
      for (int i = 0; i < cols.size(); i++) {
        String v = "CAST(" + cols.get(i).sql() + " AS VARCHAR)";
        if (cols.get(i).text()) v = "CASE WHEN regexp_matches(" + v + ", '^[=+\\-@\\t\\r]') THEN '''' || " + v + " ELSE " + v + " END";
        want.append(i > 0 ? ", " : "").append(v);
      }
      want.append(" FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence"
          + " WHERE CAST(e.id AS VARCHAR) IN (SELECT id FROM read_csv(" + quoted(f) + ", header = true, all_varchar = true)) ORDER BY e.id");
      assertEquals(rows(want.toString()), rows("SELECT * FROM read_csv(" + quoted(f) + ", header = true, all_varchar = true) ORDER BY CAST(id AS BIGINT)"),
          filter);
    }
    String all = get("/api/events.csv?actor_name=putin").body();
    assertTrue(all.contains(",\"'=HYPERLINK(\"\"http://attacker.invalid\"\",\"\"click\"\")\","), "the formula title is neutralised: " + all);
    assertTrue(all.contains(",'+hostile-article,"), "so is a doc id that begins with +: " + all);
  }

  @Test
  void gdeltKeepsTheStoresIdsUrlsAndIngestTimes() throws Exception {
    Path first = tmp.resolve("first.gdelt.tsv"), second = tmp.resolve("second.gdelt.tsv");
    for (Path p : List.of(first, second)) {
      StringWriter w = new StringWriter();
      new Exporter(store, index).write(EventFilter.NONE, OutputFormat.GDELT, w);
      Files.writeString(p, w.toString());
    }
    assertEquals(Files.readString(first), Files.readString(second), "two exports of one store agree");
    String read = "read_csv(" + quoted(first) + ", delim = '\\t', header = false, all_varchar = true, quote = '', escape = '')";
    List<String> got = rows("SELECT column00, column06, column16, column59, column60 FROM " + read + " ORDER BY CAST(column00 AS BIGINT)");
    List<String> want = rows("SELECT e.id, upper(e.source_name), coalesce(upper(e.target_name), '\u2205'), strftime(a.ingested_at, '%Y%m%d%H%M%S'),"
        + " coalesce(a.url, a.doc_id) FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id");
    assertEquals(want, got);
    assertTrue(got.stream().anyMatch(l -> l.contains("VLADIMIR PUTIN (RUSSIA, GOVERNMENT)")), got.toString());
  }

  @Test
  void parquetHoldsNamesArticleDatePublisherAndUrl() throws Exception {
    Path f = tmp.resolve("events.parquet");
    long n = new Exporter(store, index).writeParquet(EventFilter.NONE, f);
    assertEquals(store.count("events"), n);
    String cols = "id, source_name, target_name, publisher, article_date, url, doc_id, sentence_text, location_name";
    List<String> got = rows("SELECT " + cols + " FROM read_parquet(" + quoted(f) + ") ORDER BY id");
    List<String> want = rows("SELECT e.id, e.source_name, e.target_name, a.source, a.date, a.url, a.doc_id, s.text, e.location_name"
        + " FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence ORDER BY e.id");
    assertEquals(want, got);
    assertTrue(got.stream().anyMatch(l -> l.contains("@attacker")), "the publisher is there: " + got);
  }
}
