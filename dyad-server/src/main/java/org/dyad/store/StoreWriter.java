package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.doc.Article;
import org.dyad.events.ActorRef;

/**
 * Writes coded articles into a store, one transaction per batch: a batch is either all there or not at all, so
 * a process killed at any moment leaves the store as it was after the last committed batch. An article already
 * stored (same URL, or same text) under the same dictionaries is skipped; under other dictionaries its
 * sentences and events are replaced. An event that a copy of a stored story reports again is stored once, with
 * one more mention ({@link Mentions}, {@link Stories}). Single writer: use from one thread.
 */
public final class StoreWriter {
  private final EventStore store;
  private final TextIndex index;
  private final String fingerprint;
  private final Connection c;
  private final Mentions mentions;
  private final Stories stories;
  private long nextArticleId;
  private long nextEventId;

  /** What {@link #plan} says to do with an article before it is coded. */
  public enum Plan { CODE, SKIP }

  /**
   * What one committed batch did. {@code eventsByArticle}: the store id of each article it added or replaced, with
   * the number of events that article now holds; an article replaced again later (the same URL with a newer text)
   * appears once, with its last count, so counts add up to what is stored, never to events already deleted.
   * An event that was already stored (reported again by a copy of its story) counts in {@code mentionsAdded} only.
   */
  public record BatchResult(int added, int replaced, int unchanged, Map<Long, Integer> eventsByArticle, int mentionsAdded) {
    public BatchResult {
      eventsByArticle = Map.copyOf(eventsByArticle);
    }

    /** The events the batch's articles hold once it is committed. */
    public int events() {
      return eventsByArticle.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  public StoreWriter(EventStore store, TextIndex index, String fingerprint) {
    this(store, index, fingerprint, false);
  }

  /** {@code keepDuplicates}: near-copies of a stored article are stories of their own, their events not merged. */
  public StoreWriter(EventStore store, TextIndex index, String fingerprint, boolean keepDuplicates) {
    if (store.readOnly()) throw new StoreException("the event store in " + store.dir() + " is open read-only");
    this.store = store;
    this.index = index;
    this.fingerprint = fingerprint;
    this.c = store.connection();
    try {
      nextArticleId = max("articles") + 1;
      nextEventId = max("events") + 1;
      mentions = new Mentions(c);
      stories = new Stories(c, keepDuplicates);
      indexPending();
    } catch (SQLException e) {
      throw new StoreException("cannot read the event store in " + store.dir() + ": " + e.getMessage(), e);
    }
  }

  private long max(String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** SKIP when the article is stored already, with the same text and coded with the same dictionaries. */
  public Plan plan(Article a) {
    try {
      Existing e = find(a);
      return e != null && e.hash.equals(ContentHash.of(a.text())) && e.codedWith.equals(fingerprint) ? Plan.SKIP : Plan.CODE;
    } catch (SQLException ex) {
      throw new StoreException("cannot look up article " + a.id() + ": " + ex.getMessage(), ex);
    }
  }

  private record Existing(long id, String hash, String codedWith) {}

  private Existing find(Article a) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, content_hash, coded_with FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?) ORDER BY id LIMIT 1")) {
      ps.setString(1, ContentHash.of(a.text()));
      ps.setString(2, a.url());
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? new Existing(r.getLong(1), r.getString(2), r.getString(3)) : null;
      }
    }
  }

  /**
   * Stores a batch in one transaction, then indexes its texts. Articles with no sentences (rejected by the
   * cleaner: their errors are the caller's to report) are not stored.
   */
  public BatchResult commit(List<CodedArticle> batch) {
    int added = 0, replaced = 0, unchanged = 0;
    Map<Long, Integer> events = new LinkedHashMap<>();
    java.util.Set<Long> merged = new java.util.LinkedHashSet<>(); // events whose mentions changed: recounted before the commit
    int mentionsAdded = 0;
    long articleIdBefore = nextArticleId, eventIdBefore = nextEventId;
    try {
      c.setAutoCommit(false);
      for (CodedArticle ca : batch) {
        Article a = ca.article();
        if (ca.sentences() == 0) continue;
        String hash = ContentHash.of(a.text());
        Existing e = find(a);
        long id;
        if (e != null && e.hash.equals(hash) && e.codedWith.equals(fingerprint)) {
          unchanged++; // the same article twice in one input, or stored by an earlier run
          continue;
        } else if (e != null) {
          id = e.id;
          merged.addAll(mentions.removeArticle(id));
          deleteSentences(id);
          updateArticle(id, ca, hash);
          replaced++;
        } else {
          id = nextArticleId++;
          insertArticle(id, ca, hash);
          stories.place(id, a.text());
          added++;
        }
        int stored = insertSentencesAndEvents(id, ca, merged);
        events.put(id, stored);
        mentionsAdded += ca.events().size() - stored;
      }
      mentions.recount(merged);
      c.commit();
    } catch (SQLException | RuntimeException ex) {
      rollback(ex, articleIdBefore, eventIdBefore);
      throw new StoreException("could not store a batch of " + batch.size() + " article(s) (nothing of it was kept): " + ex.getMessage(), ex);
    } catch (Error err) {
      // Roll back before the finally block below turns autocommit on, which would commit half a batch.
      rollback(err, articleIdBefore, eventIdBefore);
      throw err;
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is gone; the next statement reports it
      }
    }
    indexPending(); // the batch's articles, stored unflagged
    return new BatchResult(added, replaced, unchanged, events, mentionsAdded);
  }

  private void rollback(Throwable cause, long articleIdBefore, long eventIdBefore) {
    nextArticleId = articleIdBefore;
    nextEventId = eventIdBefore;
    try {
      c.rollback();
      stories.reload(); // forgets the stories of the articles rolled back
    } catch (SQLException suppressed) {
      cause.addSuppressed(suppressed);
    }
  }

  private void deleteSentences(long articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM sentences WHERE article_id = ?")) {
      ps.setLong(1, articleId);
      ps.executeUpdate();
    }
  }

  private void insertArticle(long id, CodedArticle ca, String hash) throws SQLException {
    Article a = ca.article();
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO articles (id, doc_id, url, content_hash, title, source, date, text, sentences, coded_with) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      ps.setLong(1, id);
      ps.setString(2, a.id());
      ps.setString(3, a.url());
      ps.setString(4, hash);
      ps.setString(5, a.title());
      ps.setString(6, a.source());
      ps.setDate(7, Date.valueOf(a.date()));
      ps.setString(8, a.text());
      ps.setInt(9, ca.sentences());
      ps.setString(10, fingerprint);
      ps.executeUpdate();
    }
  }

  private void updateArticle(long id, CodedArticle ca, String hash) throws SQLException {
    Article a = ca.article();
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE articles SET doc_id = ?, url = ?, content_hash = ?, title = ?, source = ?, date = ?, text = ?, sentences = ?, coded_with = ?,"
            + " indexed = false, ingested_at = current_timestamp WHERE id = ?")) {
      ps.setString(1, a.id());
      ps.setString(2, a.url());
      ps.setString(3, hash);
      ps.setString(4, a.title());
      ps.setString(5, a.source());
      ps.setDate(6, Date.valueOf(a.date()));
      ps.setString(7, a.text());
      ps.setInt(8, ca.sentences());
      ps.setString(9, fingerprint);
      ps.setLong(10, id);
      ps.executeUpdate();
    }
  }

  /**
   * Stores the article's event sentences and its events: each either a new event or, when a copy of the same
   * story already stored it, one more mention of that event (added to {@code merged}). Returns the new events.
   */
  private int insertSentencesAndEvents(long articleId, CodedArticle ca, java.util.Set<Long> merged) throws SQLException {
    Map<Integer, CodedEvent> sentences = new LinkedHashMap<>();
    for (CodedEvent e : ca.events()) sentences.putIfAbsent(e.sentence(), e);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO sentences (article_id, idx, start, text) VALUES (?,?,?,?)")) {
      for (var s : sentences.entrySet()) {
        ps.setLong(1, articleId);
        ps.setInt(2, s.getKey());
        int start = sentenceStart(ca.article().text(), s.getValue());
        if (start < 0) ps.setNull(3, Types.INTEGER);
        else ps.setInt(3, start);
        ps.setString(4, s.getValue().text());
        ps.executeUpdate();
      }
    }
    if (ca.events().isEmpty()) return 0;
    long story = stories.storyOf(articleId, ca.article().text());
    boolean copies = stories.hasOthers(story, articleId);
    int stored = 0;
    try (PreparedStatement ps = c.prepareStatement(EventColumns.INSERT)) {
      for (CodedEvent e : ca.events()) {
        Long seen = copies ? mentions.match(story, articleId, e) : null;
        long id;
        if (seen == null) {
          id = nextEventId++;
          bindEvent(ps, id, articleId, e);
          ps.executeUpdate();
          stored++;
        } else {
          id = seen;
          merged.add(id);
        }
        mentions.add(id, articleId, e);
      }
    }
    return stored;
  }

  /**
   * Where the event's sentence starts in the article text (events carry only article offsets): the occurrence
   * of the sentence text that contains the trigger; -1 when the sentence is not a verbatim part of the text.
   */
  static int sentenceStart(String articleText, CodedEvent e) {
    String s = e.text();
    int from = Math.max(0, e.triggerStart() - s.length());
    for (int i = articleText.indexOf(s, from); i >= 0 && i <= e.triggerStart(); i = articleText.indexOf(s, i + 1)) {
      if (e.triggerEnd() <= i + s.length()) return i;
    }
    return -1;
  }

  /** Binds one event to {@link EventColumns#INSERT}; fields are read through the record's accessors. */
  static void bindEvent(PreparedStatement ps, long id, long articleId, CodedEvent e) throws SQLException {
    int i = 1;
    ps.setLong(i++, id);
    ps.setLong(i++, articleId);
    ps.setInt(i++, e.sentence());
    ps.setDate(i++, Date.valueOf(e.date()));
    ps.setString(i++, e.datePrecision());
    i = bindActor(ps, i, e.source());
    i = bindActor(ps, i, e.target());
    ps.setString(i++, e.event().code());
    ps.setString(i++, e.event().root());
    ps.setString(i++, e.event().name());
    ps.setInt(i++, e.event().quadClass());
    if (Double.isNaN(e.event().goldstein())) ps.setNull(i++, Types.DOUBLE); // a code outside the codebook
    else ps.setDouble(i++, e.event().goldstein());
    ps.setString(i++, "-".equals(e.event().plover()) ? null : e.event().plover());
    ps.setString(i++, e.rule());
    ps.setDouble(i++, e.confidence());
    ps.setString(i++, e.trigger());
    ps.setInt(i++, e.triggerStart());
    ps.setInt(i++, e.triggerEnd());
    // Location: where the geo stage placed the event; NULL when it could not.
    i = PlaceColumns.bind(ps, i, e.location());
    ps.setString(i++, e.factuality().label());
    ps.setString(i++, e.source() == null ? null : e.source().name());
    ps.setString(i, e.target() == null ? null : e.target().name());
  }

  private static int bindActor(PreparedStatement ps, int i, ActorRef a) throws SQLException {
    if (a == null) {
      ps.setNull(i++, Types.VARCHAR);
      ps.setNull(i++, Types.VARCHAR);
      ps.setNull(i++, Types.VARCHAR);
      ps.setNull(i++, Types.INTEGER);
      ps.setNull(i++, Types.INTEGER);
      ps.setNull(i++, Types.VARCHAR);
      return i;
    }
    ps.setString(i++, a.code());
    ps.setString(i++, EventColumns.country(a.code()));
    ps.setString(i++, a.text());
    ps.setInt(i++, a.start());
    ps.setInt(i++, a.end());
    ps.setString(i++, a.origin());
    return i;
  }

  /** Articles read back for indexing at a time: one Lucene commit each. */
  private static final int INDEX_CHUNK = 2000;

  /**
   * Indexes the articles not flagged as indexed, with their stored sentences, and flags them once the Lucene
   * commit holds them: a new batch, what a crash left between the two commits, or a whole older store (see
   * {@link Schema}). Read back from DuckDB, so the index holds what the record of truth holds.
   */
  private void indexPending() {
    try {
      while (true) {
        record Pending(long id, String title, String text) {}
        List<Pending> chunk = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT id, title, text FROM articles WHERE NOT indexed ORDER BY id LIMIT " + INDEX_CHUNK)) {
          while (r.next()) chunk.add(new Pending(r.getLong(1), r.getString(2), r.getString(3)));
        }
        if (chunk.isEmpty()) return;
        long first = chunk.get(0).id(), last = chunk.get(chunk.size() - 1).id();
        // The single writer's chunk is exactly the unflagged articles of its id range.
        Map<Long, List<TextIndex.Sentence>> sentences = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, idx, text FROM sentences WHERE article_id IN"
            + " (SELECT id FROM articles WHERE NOT indexed AND id BETWEEN ? AND ?) ORDER BY article_id, idx")) {
          ps.setLong(1, first);
          ps.setLong(2, last);
          try (ResultSet r = ps.executeQuery()) {
            while (r.next()) sentences.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new TextIndex.Sentence(r.getInt(2), r.getString(3)));
          }
        }
        for (Pending p : chunk) index.put(p.id(), p.title(), p.text(), sentences.getOrDefault(p.id(), List.of()));
        index.commit();
        try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET indexed = true WHERE NOT indexed AND id BETWEEN ? AND ?")) {
          ps.setLong(1, first);
          ps.setLong(2, last);
          ps.executeUpdate();
        }
        if (chunk.size() < INDEX_CHUNK) return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the text index in " + store.indexDir(), e);
    } catch (SQLException e) {
      throw new StoreException("cannot index articles: " + e.getMessage(), e);
    }
  }
}
