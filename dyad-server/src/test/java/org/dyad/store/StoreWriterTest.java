package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
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
import org.dyad.io.OutputFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's write rules on a real DuckDB file and Lucene index, with coded articles written out by hand. */
class StoreWriterTest {
  @TempDir
  Path dir;

  private static final EventType MEET = new EventType("040", "04", 1, 1.0, "CONSULT", "Consult");
  private static final EventType FIGHT = new EventType("190", "19", 4, -10.0, "ASSAULT", "Use conventional military force");

  /** An article whose sentences each code one event "X met Y." (the actors are the first two words). */
  private static CodedArticle coded(String id, String url, String text, EventType type) {
    Article a = new Article(id, LocalDate.of(2024, 3, 12), text, "title " + id, url, "wire");
    List<CodedEvent> events = new ArrayList<>();
    int at = 0, n = 0;
    for (String s : text.split("(?<=\\.) ")) {
      int start = text.indexOf(s, at);
      String[] w = s.split(" ");
      int t0 = start + w[0].length() + 1;
      events.add(new CodedEvent(id, n++, a.date(), "day", new ActorRef(w[0].toUpperCase(), w[0], start, start + w[0].length(), "dictionary"),
          new ActorRef(w[2].replace(".", "").toUpperCase(), w[2].replace(".", ""), t0 + w[1].length() + 1, t0 + w[1].length() + 1 + w[2].length() - 1, "dictionary"),
          type, s, "test.rule", 0.7, w[1], t0, t0 + w[1].length()));
      at = start + s.length();
    }
    return new CodedArticle(a, events, List.of(), List.of(), events.size());
  }

  /** A batch's counts: added, replaced, unchanged, events its articles hold. */
  private static void assertCounts(int added, int replaced, int unchanged, int events, StoreWriter.BatchResult r) {
    assertEquals(List.of(added, replaced, unchanged, events), List.of(r.added(), r.replaced(), r.unchanged(), r.events()), r.toString());
  }

  private static long count(EventStore s, String sql) throws Exception {
    try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void storesOnceAndReplacesEventsWhenTheDictionariesChange() throws Exception {
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreWriter w = new StoreWriter(store, index, "dict-a");
      CodedArticle one = coded("a1", "http://example.org/1", "RUSGOV met TURGOV. TURGOV met RUSGOV.", MEET);
      CodedArticle two = coded("a2", null, "USAGOV met CHNGOV.", MEET);
      assertCounts(2, 0, 0, 3, w.commit(List.of(one, two)));
      assertEquals(StoreWriter.Plan.SKIP, w.plan(one.article()));
      // The same texts again, under other ids, and the same URL with the same text: nothing new.
      CodedArticle renamed = coded("a2-copy", null, "USAGOV met CHNGOV.", MEET);
      assertCounts(0, 0, 2, 0, w.commit(List.of(one, renamed)));
      assertEquals(2, store.count("articles"));
      assertEquals(3, store.count("events"));

      // New dictionaries: the article is coded again and its events replaced, not added.
      StoreWriter w2 = new StoreWriter(store, index, "dict-b");
      assertEquals(StoreWriter.Plan.CODE, w2.plan(one.article()));
      CodedArticle recoded = coded("a1", "http://example.org/1", "RUSGOV met TURGOV. TURGOV met RUSGOV.", FIGHT);
      assertCounts(0, 1, 0, 2, w2.commit(List.of(recoded)));
      assertEquals(3, store.count("events"));
      assertEquals(2, count(store, "SELECT count(*) FROM events WHERE event_root = '19'"));
      assertEquals(0, count(store, "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.doc_id = 'a1' AND event_root = '04'"));

      // The same URL with an updated text replaces the article's text and events.
      CodedArticle updated = coded("a1", "http://example.org/1", "RUSGOV met SYRGOV.", MEET);
      assertCounts(0, 1, 0, 1, w2.commit(List.of(updated)));
      assertEquals(2, store.count("articles"));
      assertEquals(2, store.count("events"));
      assertEquals(1, index.search("SYRGOV", 0, 10).total());
      assertEquals(0, index.search("\"TURGOV met RUSGOV\"", 0, 10).total());
      // The sentence index follows: the replaced article's old sentences are gone from it.
      assertEquals(store.count("sentences"), index.sentenceCount());
      assertEquals(0, index.sentenceKeys("turgov met rusgov").length);
      assertEquals(1, index.sentenceKeys("rusgov met syr").length);
      // Sentences start where their text is in the article.
      assertEquals(0, count(store, "SELECT count(*) FROM sentences s JOIN articles a ON a.id = s.article_id WHERE substr(a.text, s.start + 1, length(s.text)) <> s.text"));
    }
  }

  @Test
  void factualityIsStoredAndReadBack() throws Exception {
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      CodedArticle a = coded("f1", null, "RUSGOV met TURGOV. TURGOV met RUSGOV.", MEET);
      CodedEvent e = a.events().get(1);
      CodedEvent denied = new CodedEvent(e.docId(), e.sentence(), e.date(), e.datePrecision(), e.source(), e.target(), e.event(), e.text(),
          e.rule(), e.confidence(), e.trigger(), e.triggerStart(), e.triggerEnd(), null, org.dyad.events.Factuality.NEGATED);
      CodedArticle mixed = new CodedArticle(a.article(), List.of(a.events().get(0), denied), List.of(), List.of(), 2);
      new StoreWriter(store, index, "dict-a").commit(List.of(mixed));
      assertEquals(1, count(store, "SELECT count(*) FROM events WHERE factuality = 'negated'"));
      try (Statement st = store.connection().createStatement();
          ResultSet r = st.executeQuery("SELECT " + EventColumns.SELECT_FOR_EXPORT + " FROM events e JOIN articles a ON a.id = e.article_id"
              + " JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence ORDER BY e.sentence")) {
        List<org.dyad.events.Factuality> back = new ArrayList<>();
        while (r.next()) back.add(EventColumns.toCodedEvent(r).factuality());
        assertEquals(List.of(org.dyad.events.Factuality.ASSERTED, org.dyad.events.Factuality.NEGATED), back);
      }
    }
  }

  @Test
  void aFailedBatchLeavesNothingBehind() throws Exception {
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreWriter w = new StoreWriter(store, index, "dict-a");
      w.commit(List.of(coded("a0", null, "GBRGOV met FRAGOV.", MEET)));
      CodedArticle good = coded("a1", null, "RUSGOV met TURGOV.", MEET);
      CodedEvent e = good.events().get(0);
      // An event without an event type cannot be stored: the whole batch, the good article included, is rolled back.
      CodedEvent broken = new CodedEvent("a2", 0, e.date(), "day", e.source(), e.target(), null, e.text(), "r", 0.5, "met", 7, 10);
      CodedArticle bad = new CodedArticle(Article.of("a2", e.date(), "RUSGOV met TURGOV again."), List.of(broken), List.of(), List.of(), 1);
      assertThrows(StoreException.class, () -> w.commit(List.of(good, bad)));
      assertEquals(1, store.count("articles"));
      assertEquals(1, store.count("events"));
      assertEquals(1, index.count());
      // The writer goes on: the good article alone is stored next, with fresh ids.
      w.commit(List.of(good));
      assertEquals(2, store.count("events"));
      assertEquals(2, count(store, "SELECT count(DISTINCT id) FROM events"));
    }
  }

  private static long exported(EventStore store, TextIndex index, String q) throws Exception {
    return new Exporter(store, index).write(EventFilter.parse(p -> p.equals("q") ? q : null), OutputFormat.JSONL, new StringWriter());
  }

  @Test
  void anOlderStoreGetsItsSentencesIndexedWhenOpenedForWriting() throws Exception {
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      new StoreWriter(store, index, "dict-a").commit(List.of(coded("a1", null, "RUSGOV met TURGOV. TURGOV met RUSGOV.", MEET),
          coded("a2", null, "USAGOV met CHNGOV.", FIGHT)));
      // As an older version left it: nothing records a sentence index, and the text index holds articles only.
      try (Statement st = store.connection().createStatement()) {
        st.execute("DROP TABLE store_info");
      }
    }
    try (var files = java.nio.file.Files.walk(dir.resolve(EventStore.INDEX_DIR))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
    }
    try (EventStore store = EventStore.open(dir, true); TextIndex index = TextIndex.open(store.indexDir(), true);
        Statement st = store.connection().createStatement(); ResultSet r = st.executeQuery("SELECT id, title, text FROM articles")) {
      while (r.next()) index.put(r.getLong(1), r.getString(2), r.getString(3), List.of());
      index.commit();
    }
    try (EventStore store = EventStore.open(dir, true); TextIndex index = TextIndex.open(store.indexDir(), false)) {
      assertFalse(store.sentenceIndex());
      assertEquals(0, index.sentenceCount());
      assertEquals(2, exported(store, index, "turgov"), "read-only, the sentences are scanned");
      assertEquals(1, exported(store, index, "turgov met"));
    }
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      assertTrue(store.sentenceIndex());
      new StoreWriter(store, index, "dict-a");
      assertEquals(3, index.sentenceCount());
      assertEquals(2, index.count());
      assertEquals(0, count(store, "SELECT count(*) FROM articles WHERE NOT indexed"));
      assertEquals(2, exported(store, index, "turgov"));
      assertEquals(1, exported(store, index, "turgov met"));
      assertEquals(1, exported(store, index, "usagov"));
    }
    try (EventStore store = EventStore.open(dir, true); TextIndex index = TextIndex.open(store.indexDir(), false)) {
      assertTrue(store.sentenceIndex(), "recorded for later read-only opens");
      assertEquals(1, exported(store, index, "TURGOV MET"));
    }
  }

  @Test
  void exportsWhatWasStored() throws Exception {
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreWriter w = new StoreWriter(store, index, "dict-a");
      w.commit(List.of(coded("a1", null, "RUSGOV met TURGOV. TURGOV met RUSGOV.", MEET), coded("a2", null, "USAGOV met CHNGOV.", FIGHT)));
      StringWriter out = new StringWriter();
      long n = new Exporter(store, index).write(EventFilter.parse(p -> p.equals("source_country") ? "tur" : null), OutputFormat.JSONL, out);
      assertEquals(1, n);
      assertTrue(out.toString().contains("\"doc_id\":\"a1\"") && out.toString().contains("\"code\":\"TURGOV\""), out.toString());
      Path parquet = dir.resolve("out.parquet");
      assertEquals(1, new Exporter(store, index).writeParquet(EventFilter.parse(p -> p.equals("root") ? "19" : null), parquet));
      assertEquals(1, count(store, "SELECT count(*) FROM read_parquet('" + parquet + "') WHERE source_code = 'USAGOV' AND doc_id = 'a2'"));
    }
  }

  @Test
  @Tag("issue-15")
  void issue15_aBlankUrlIsNoUrlSoDifferentArticlesDoNotOverwriteEachOther() throws Exception {
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreWriter w = new StoreWriter(store, index, "dict-a");
      List<CodedArticle> batch = List.of(coded("a1", "", "RUSGOV met TURGOV.", MEET), coded("a2", "", "USAGOV met CHNGOV.", MEET),
          coded("a3", " ", "GBRGOV met FRAGOV.", MEET), coded("a4", " ", "IRNGOV met IRQGOV.", MEET));
      assertCounts(4, 0, 0, 4, w.commit(batch));
      assertEquals(4, store.count("articles"));
      assertEquals(4, store.count("events"));
      assertEquals(0, count(store, "SELECT count(*) FROM articles WHERE url IS NOT NULL"), "a blank URL is stored as none");
      // Identity without a URL is the text: the same text again, blank URL or none, is the article already stored.
      assertEquals(StoreWriter.Plan.SKIP, w.plan(coded("a1-copy", "  ", "RUSGOV met TURGOV.", MEET).article()));
    }
  }

  @Test
  @Tag("issue-15")
  void issue15_theEventCountIsWhatTheStoreHoldsWhenAnArticleIsReplacedInTheSameRun() throws Exception {
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreWriter w = new StoreWriter(store, index, "dict-a");
      // The same URL twice with different texts: the second is an update of the first, which it replaces.
      StoreWriter.BatchResult one = w.commit(List.of(coded("v1", "http://example.org/a", "RUSGOV met TURGOV. TURGOV met RUSGOV.", MEET),
          coded("v2", "http://example.org/a", "RUSGOV met SYRGOV.", MEET)));
      assertEquals(1, store.count("articles"));
      assertEquals(1, store.count("events"));
      assertCounts(1, 1, 0, 1, one);
      // Across batches the same article keeps its store id, so a run can count each article's last events once.
      StoreWriter.BatchResult two = w.commit(List.of(coded("v3", "http://example.org/a", "RUSGOV met TURGOV. USAGOV met CHNGOV.", MEET)));
      assertEquals(2, store.count("events"));
      assertEquals(one.eventsByArticle().keySet(), two.eventsByArticle().keySet());
      assertEquals(2, two.events());
    }
  }
}
