package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
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
import org.dyad.server.ApiServer;
import org.dyad.server.ServerOptions;
import org.dyad.store.EventStore;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One wire story from two outlets, ingested by {@code dyad ingest} (real CoreNLP) into a real DuckDB store: its
 * events are stored once with GDELT's counts, each with a mention per outlet, and the API (over HTTP on
 * loopback) and the exports (read back) say what the store holds. Then ingest's coding options
 * (--min-confidence, --keep-duplicates, shared with 'code') are shown to take effect.
 */
@Tag("issue-17")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the last test codes the store again
class SalienceIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Tuesday to discuss"
      + " the war in Syria. The two leaders agreed to extend a ceasefire in the northern province of Idlib, where government forces have"
      + " fought rebels for months. Turkey accused Syrian government forces of shelling its observation posts last week. Erdogan said"
      + " Ankara would respond to any further attack. Russia has backed the government of President Bashar al-Assad since 2015, while"
      + " Turkey supports some rebel groups. The Kremlin said the talks were constructive and that both sides would keep in contact.";

  Path tmp;
  Path input;
  Path db;
  String ingestLog;

  @BeforeAll
  void ingestTwoOutlets(@TempDir Path dir) throws Exception {
    tmp = dir;
    input = tmp.resolve("wire.jsonl");
    Files.writeString(input, line("wire-a", "https://daily-one.example/world/idlib-truce", "Daily One", STORY + " Officials will meet again next month.")
        + line("wire-b", "https://evening-two.example/news/123", "Evening Two", "MOSCOW (Wire) - " + STORY + " Reporting by staff; editing by the desk."));
    db = tmp.resolve("db");
    ingestLog = dyad("ingest", "--db", db.toString(), input.toString());
  }

  private static String line(String id, String url, String source, String text) throws Exception {
    return JSON.writeValueAsString(java.util.Map.of("id", id, "date", "2020-03-05", "url", url, "source", source, "text", text)) + "\n";
  }

  /** Runs a dyad command in this JVM; returns its standard error, after checking it exited 0. */
  private static String dyad(String... args) {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int exit = cl.execute(args);
    assertEquals(0, exit, String.join(" ", args) + ": " + err);
    return err.toString();
  }

  private static List<String> rows(Path db, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (EventStore s = EventStore.open(db, true); Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= n; i++) cols.add(r.getString(i) == null ? "" : r.getString(i));
        out.add(String.join("\t", cols));
      }
    }
    return out;
  }

  /** The meeting in the first sentence: Putin (RUSGOV) met Erdogan (TURGOV), code 040, in both outlets' copies. */
  private static final String MEETING = "SELECT id FROM events WHERE sentence = 0 AND event_code LIKE '04%' AND source_code LIKE 'RUS%' AND target_code LIKE 'TUR%'";

  @Test
  @Order(1)
  void theStoryIsStoredOnceWithCountsAndAMentionPerOutlet() throws Exception {
    assertTrue(ingestLog.matches("(?s).*2 added.*more mention\\(s\\) of events already stored.*"), ingestLog);
    List<String> meeting = rows(db, MEETING);
    assertEquals(1, meeting.size(), "one meeting event, not one per outlet: " + rows(db, "SELECT * FROM events"));
    assertEquals(List.of("2\t2\t2"), rows(db, "SELECT num_mentions, num_articles, num_sources FROM events WHERE id = " + meeting.get(0)));
    assertEquals(List.of("0\thttps://daily-one.example/world/idlib-truce\tDaily One", "0\thttps://evening-two.example/news/123\tEvening Two"),
        rows(db, "SELECT m.sentence, a.url, a.source FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = "
            + meeting.get(0) + " ORDER BY a.url"));
    // The counts are those of the mentions, for every event; every mention of the copy found an event of the original.
    assertEquals(List.of(), rows(db, "SELECT e.id FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)"
        + " OR num_articles <> (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id)"));
    assertEquals(List.of(), rows(db, "SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.doc_id = 'wire-b'"
        + " AND m.event_id IN (SELECT event_id FROM mentions GROUP BY event_id HAVING count(*) = 1)"));
  }

  @Test
  @Order(1)
  void theApiListsTheMentionsOfAnEvent() throws Exception {
    long id = Long.parseLong(rows(db, MEETING).get(0));
    try (EventStore s = EventStore.open(db, true); TextIndex index = TextIndex.open(s.indexDir(), false);
        ApiServer server = ApiServer.start(ServerOptions.loopback(0), s, index, null, null, 0)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      JsonNode mentions = get(http, base + "/api/events/" + id + "/mentions");
      assertEquals(2, mentions.get("total").asInt());
      Set<String> sites = new TreeSet<>();
      for (JsonNode m : mentions.get("items")) {
        sites.add(m.get("article").get("source").asText() + " " + m.get("article").get("url").asText());
        String sentence = m.get("sentence").get("text").asText();
        assertTrue(sentence.contains("met Turkish President"), sentence);
        assertEquals("met", m.get("trigger").get("text").asText());
      }
      assertEquals(Set.of("Daily One https://daily-one.example/world/idlib-truce", "Evening Two https://evening-two.example/news/123"), sites);
      JsonNode one = get(http, base + "/api/events/" + id);
      assertEquals(List.of(2, 2, 2, 2), List.of(one.get("num_mentions").asInt(), one.get("num_articles").asInt(), one.get("num_sources").asInt(),
          one.get("mentions").size()));
      JsonNode list = get(http, base + "/api/events?limit=500");
      for (JsonNode e : list.get("items")) {
        long n = Long.parseLong(rows(db, "SELECT count(*) FROM mentions WHERE event_id = " + e.get("id").asLong()).get(0));
        assertEquals(n, e.get("num_mentions").asLong(), e.toString());
      }
      // Most reported first, over all events and over a text filter's few (selected once into a table of their own).
      for (String q : List.of("", "&q=said")) {
        List<Integer> counts = new ArrayList<>();
        for (JsonNode e : get(http, base + "/api/events?sort=-mentions&limit=500" + q).get("items")) counts.add(e.get("num_mentions").asInt());
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, counts, q);
        assertTrue(counts.size() > 1 && counts.get(0) == 2, q + " " + counts);
      }
      assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/api/events/999999/mentions")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
    }
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + " -> " + r.body());
    return JSON.readTree(r.body());
  }

  @Test
  @Order(1)
  void exportsReadBackEqualTheStore() throws Exception {
    Path gdelt = tmp.resolve("events.gdelt.tsv");
    dyad("export", "--db", db.toString(), "--to", "gdelt", "-o", gdelt.toString());
    List<String> exported = new ArrayList<>();
    for (String l : Files.readAllLines(gdelt)) {
      String[] c = l.split("\t", -1);
      exported.add(String.join("\t", c[0], c[31], c[32], c[33], c[60]));
    }
    assertEquals(rows(db, "SELECT e.id, num_mentions, num_sources, num_articles, a.url FROM events e JOIN articles a ON a.id = e.article_id"
        + " ORDER BY e.article_id, e.sentence, e.id"), exported);
    assertTrue(exported.stream().anyMatch(l -> l.contains("\t2\t2\t2\t")), exported.toString());

    Path mentions = tmp.resolve("mentions.gdelt.tsv");
    dyad("export", "--db", db.toString(), "--to", "gdelt", "--mentions", "-o", mentions.toString());
    List<String> back = new ArrayList<>();
    for (String l : Files.readAllLines(mentions)) {
      String[] c = l.split("\t", -1);
      assertEquals(16, c.length, l);
      back.add(String.join("\t", c[0], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[11], c[12]));
    }
    assertEquals(rows(db, "SELECT m.event_id, 1, a.source, a.url, m.sentence + 1, coalesce(m.source_start, -1), coalesce(m.target_start, -1),"
        + " m.trigger_start, CAST(round(m.confidence * 100) AS BIGINT), length(a.text) FROM mentions m JOIN articles a ON a.id = m.article_id"
        + " ORDER BY m.event_id, m.article_id, m.sentence, m.trigger_start"), back);

    Path csv = tmp.resolve("mentions.csv");
    dyad("export", "--db", db.toString(), "--to", "csv", "--mentions", "-o", csv.toString());
    String path = csv.toString().replace("'", "''");
    assertEquals(rows(db, "SELECT m.event_id, a.doc_id, a.url, a.source, m.sentence, s.text, m.trigger_start, m.confidence FROM mentions m"
        + " JOIN articles a ON a.id = m.article_id JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
        + " ORDER BY m.event_id, m.article_id, m.sentence, m.trigger_start"),
        rows(db, "SELECT event_id, doc_id, url, publisher, sentence, sentence_text, trigger_start, confidence FROM read_csv('" + path
            + "', header = true, all_varchar = true)"));

    Path parquet = tmp.resolve("mentions.parquet");
    dyad("export", "--db", db.toString(), "--to", "parquet", "--mentions", "-o", parquet.toString());
    String columns = "event_id, article_id, sentence, source_start, target_start, trigger_start, confidence";
    assertEquals(rows(db, "SELECT " + columns + " FROM mentions ORDER BY event_id, article_id, sentence, trigger_start"),
        rows(db, "SELECT " + columns + " FROM read_parquet('" + parquet.toString().replace("'", "''") + "')"));
  }

  @Test
  @Order(2)
  void ingestTakesCodesCodingOptions() throws Exception {
    // Re-ingest with a confidence floor: another coding, so both articles are coded again and weak events go.
    String log = dyad("ingest", "--db", db.toString(), "--min-confidence", "0.6", input.toString());
    assertTrue(log.contains("0 added, 2 replaced"), log);
    assertEquals(List.of("0"), rows(db, "SELECT count(*) FROM events WHERE confidence < 0.6"));
    assertEquals(List.of("0"), rows(db, "SELECT count(*) FROM mentions WHERE confidence < 0.6"));
    long merged = Long.parseLong(rows(db, "SELECT count(*) FROM events").get(0));
    long mentions = Long.parseLong(rows(db, "SELECT count(*) FROM mentions").get(0));
    assertTrue(merged > 0 && mentions > merged, merged + " events, " + mentions + " mentions");
    // --keep-duplicates: the copy's events are events of their own, as many as the merged store has mentions.
    Path apart = tmp.resolve("apart");
    dyad("ingest", "--db", apart.toString(), "--min-confidence", "0.6", "--keep-duplicates", input.toString());
    assertEquals(List.of(mentions + "\t" + mentions + "\t1"), rows(apart, "SELECT count(*), (SELECT count(*) FROM mentions), max(num_articles) FROM events"));
  }
}
