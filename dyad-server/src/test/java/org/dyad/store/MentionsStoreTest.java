package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.codebook.EventType;
import org.dyad.doc.Article;
import org.dyad.events.ActorRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of one story in a real DuckDB store: which events merge, the GDELT counts kept from the mentions, and
 * what a store remembers between writers (ingest runs). Coded articles are written out by hand, so each case
 * controls exactly which events a copy reports.
 */
@Tag("issue-17")
class MentionsStoreTest {
  @TempDir
  Path dir;

  private static final EventType MEET = new EventType("040", "04", 1, 1.0, "CONSULT", "Consult");
  private static final EventType ACCUSE = new EventType("112", "11", 3, -2.0, "DISAPPROVE", "Accuse");
  private static final String STORY = "Russia met Turkey. Turkey accused Syria. The talks in Moscow lasted four hours and ended without a joint"
      + " statement from either side. Officials from both countries said more meetings would follow in the coming weeks, and that"
      + " the ceasefire in the north would hold until then.";
  private static final String COPY = "MOSCOW (Wire) - " + STORY + " Reporting by the desk.";
  private static final String OTHER = "Russia met Turkey. Turkey accused Syria. In a separate development, farmers in the south of the"
      + " country reported a record wheat harvest this summer, helped by late rains and lower fuel prices across the region.";

  /** An article coding "Russia met Turkey." and, with {@code both}, "Turkey accused Syria." where its text says them. */
  private static CodedArticle coded(String id, String url, String publisher, String text, boolean both) {
    Article a = new Article(id, LocalDate.of(2024, 3, 12), text, "title " + id, url, publisher);
    List<CodedEvent> events = new ArrayList<>();
    events.add(event(a, 0, "Russia", "met", "Turkey", "RUS", "TUR", MEET));
    if (both) events.add(event(a, 1, "Turkey", "accused", "Syria", "TUR", "SYR", ACCUSE));
    return new CodedArticle(a, events, List.of(), List.of(), 4);
  }

  private static CodedEvent event(Article a, int sentence, String src, String verb, String tgt, String srcCode, String tgtCode, EventType type) {
    String s = src + " " + verb + " " + tgt + ".";
    int at = a.text().indexOf(s);
    int v = at + src.length() + 1, t = v + verb.length() + 1;
    return new CodedEvent(a.id(), sentence, a.date(), "day", new ActorRef(srcCode, src, at, at + src.length(), "dictionary"),
        new ActorRef(tgtCode, tgt, t, t + tgt.length(), "dictionary"), type, s, "test.rule", 0.8, verb, v, v + verb.length());
  }

  /** Commits each batch with a writer of its own (a run of ingest each), closing the store in between. */
  private List<StoreWriter.BatchResult> store(String fingerprint, boolean keepDuplicates, CodedArticle... articles) throws Exception {
    List<StoreWriter.BatchResult> out = new ArrayList<>();
    try (EventStore s = EventStore.open(dir, false); TextIndex index = TextIndex.open(s.indexDir(), true)) {
      StoreWriter w = new StoreWriter(s, index, fingerprint, keepDuplicates);
      for (CodedArticle a : articles) out.add(w.commit(List.of(a)));
    }
    return out;
  }

  /** Rows of a query over the closed store, each row's columns joined by " ". */
  private List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (EventStore s = EventStore.open(dir, true); Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(i > 1 ? " " : "").append(r.getString(i));
        out.add(b.toString());
      }
    }
    return out;
  }

  private static final String COUNTS = "SELECT source_code, event_code, num_mentions, num_articles, num_sources FROM events ORDER BY id";

  @Test
  void copiesInLaterRunsBecomeMentionsOfTheStoredEventsWithGdeltCounts() throws Exception {
    store("f", false, coded("a", "https://one.example/a", "Daily One", STORY, true));
    StoreWriter.BatchResult copy = store("f", false, coded("b", "https://two.example/b", "Evening Two", COPY, true)).get(0);
    assertEquals(List.of(0, 2), List.of(copy.events(), copy.mentionsAdded()), "the copy adds mentions, not events: " + copy);
    assertEquals(List.of("RUS 040 2 2 2", "TUR 112 2 2 2"), rows(COUNTS));
    // A third copy from the first site: one more article, no more sources.
    store("f", false, coded("c", "https://one.example/c", "Daily One", COPY.replace("MOSCOW", "ANKARA"), true));
    assertEquals(List.of("RUS 040 3 3 2", "TUR 112 3 3 2"), rows(COUNTS));
    assertEquals(List.of("a 1", "a 1", "b 1", "b 1", "c 1", "c 1"), rows("SELECT a.doc_id, d.original_id FROM mentions m"
        + " JOIN articles a ON a.id = m.article_id JOIN near_duplicates d ON d.article_id = a.id ORDER BY a.doc_id, m.event_id"));
    // Each mention points at its own article's sentence: offsets differ by the copy's 16-character dateline.
    assertEquals(List.of("a 0 0", "b 0 16", "c 0 16"), rows("SELECT a.doc_id, m.sentence, m.source_start FROM mentions m"
        + " JOIN articles a ON a.id = m.article_id WHERE m.event_id = 1 ORDER BY a.doc_id"));
  }

  @Test
  void aCopyReportsOnlyTheEventsItCodesAndKeepsItsOthersApart() throws Exception {
    store("f", false, coded("a", "https://one.example/a", "Daily One", STORY, false), coded("b", "https://two.example/b", "Evening Two", COPY, true));
    assertEquals(List.of("RUS 040 2 2 2", "TUR 112 1 1 1"), rows(COUNTS));
  }

  @Test
  void keepDuplicatesStoresEachCopysEventsOfTheirOwn() throws Exception {
    store("f", true, coded("a", "https://one.example/a", "Daily One", STORY, true), coded("b", "https://two.example/b", "Evening Two", COPY, true));
    assertEquals(List.of("RUS 040 1 1 1", "TUR 112 1 1 1", "RUS 040 1 1 1", "TUR 112 1 1 1"), rows(COUNTS));
  }

  @Test
  void anotherStoryWithTheSameEventsIsNotACopy() throws Exception {
    store("f", false, coded("a", "https://one.example/a", "Daily One", STORY, true), coded("o", "https://two.example/o", "Evening Two", OTHER, true));
    assertEquals(4, rows(COUNTS).size(), "same actors and codes on the same day in two different stories: " + rows(COUNTS));
    assertEquals(List.of("1", "2"), rows("SELECT original_id FROM near_duplicates ORDER BY article_id"));
  }

  @Test
  void recodingTheFirstArticleHandsItsEventsToTheCopyAndMergesAgain() throws Exception {
    store("f", false, coded("a", "https://one.example/a", "Daily One", STORY, true), coded("b", "https://two.example/b", "Evening Two", COPY, true));
    // New dictionaries: "a" now codes the meeting only. The accusation stays, seen in "b" alone, and moves there.
    store("g", false, coded("a", "https://one.example/a", "Daily One", STORY, false));
    assertEquals(List.of("RUS 040 2 2 2", "TUR 112 1 1 1"), rows(COUNTS));
    assertEquals(List.of("b Turkey accused Syria. 42 49"), rows("SELECT a.doc_id, s.text, e.trigger_start, e.trigger_end FROM events e"
        + " JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence WHERE e.event_code = '112'"));
    assertEquals(List.of("3"), rows("SELECT count(*) FROM mentions"));
  }

  @Test
  void aStoreWrittenBeforeMentionsIsServedReadOnlyAndCountedOnceOpenedForWriting() throws Exception {
    store("f", true, coded("a", "https://one.example/a", "Daily One", STORY, true), coded("b", "https://two.example/b", "Evening Two", COPY, true));
    // The store as it was before mentions: no mentions or stories, events without counts.
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.DB_FILE));
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE mentions");
      st.execute("DROP TABLE near_duplicates");
      st.execute("DELETE FROM store_info WHERE key = 'mentions'");
      st.execute("DROP INDEX events_id");
      st.execute("CREATE TABLE events_old AS SELECT * EXCLUDE (num_mentions, num_articles, num_sources) FROM events");
      st.execute("DROP TABLE events");
      st.execute("ALTER TABLE events_old RENAME TO events");
    }
    try (EventStore s = EventStore.open(dir, true); TextIndex index = TextIndex.open(s.indexDir(), false);
        org.dyad.server.ApiServer server = org.dyad.server.ApiServer.start(org.dyad.server.ServerOptions.loopback(0), s, index, null, null, 0)) {
      String base = "http://127.0.0.1:" + server.port();
      var http = java.net.http.HttpClient.newHttpClient();
      java.util.function.Function<String, java.net.http.HttpResponse<String>> get = path -> {
        try {
          return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
          throw new AssertionError(path, e);
        }
      };
      assertEquals(200, get.apply("/api/events/3/mentions").statusCode());
      assertTrue(get.apply("/api/events/3/mentions").body().contains("\"total\":1"), "an event of its own is its one mention");
      assertTrue(get.apply("/api/events/3").body().contains("\"num_mentions\":1"));
      assertEquals(400, get.apply("/api/events?sort=-mentions").statusCode(), "no counts to sort by");
      java.io.StringWriter gdelt = new java.io.StringWriter();
      new Exporter(s, index).write(EventFilter.NONE, org.dyad.io.OutputFormat.GDELT, gdelt);
      for (String line : gdelt.toString().split("\n")) assertEquals("1 1 1", String.join(" ", java.util.Arrays.copyOfRange(line.split("\t", -1), 31, 34)));
      java.io.StringWriter mentions = new java.io.StringWriter();
      assertEquals(4, new Exporter(s, index).writeMentions(EventFilter.NONE, false, mentions));
    }
    // Opened for writing: each event gets its mention and each article its story, so a later copy merges.
    store("f", false, coded("c", "https://three.example/c", "Third", COPY.replace("MOSCOW", "ANKARA"), true));
    assertEquals(List.of("RUS 040 2 2 2", "TUR 112 2 2 2", "RUS 040 1 1 1", "TUR 112 1 1 1"), rows(COUNTS));
    assertEquals(List.of("1 1", "2 1", "3 1"), rows("SELECT article_id, original_id FROM near_duplicates ORDER BY article_id"));
    assertEquals(List.of("6"), rows("SELECT count(*) FROM mentions"));
  }
}
