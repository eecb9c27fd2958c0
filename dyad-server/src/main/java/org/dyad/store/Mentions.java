package org.dyad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dyad.CodedEvent;
import org.dyad.events.ActorRef;

/**
 * Where each stored event was seen: one row per article sentence that reports it, and the counts GDELT gives an
 * event (NumMentions, NumArticles, NumSources) kept on the event row, recomputed from these rows in the transaction
 * that changes them. An event's own columns (article, sentence, spans) are those of its first mention; when that
 * article is coded again the next mention takes its place. Which events merge is said in docs/decisions.md
 * ("Mentions and salience"): the same source, target, code, date, place and factuality in copies of one story.
 */
final class Mentions {
  static final String[] DDL = {
      """
      CREATE TABLE IF NOT EXISTS mentions (
        event_id BIGINT NOT NULL,
        article_id BIGINT NOT NULL,
        sentence INTEGER NOT NULL,
        confidence DOUBLE NOT NULL,
        source_text VARCHAR,
        source_start INTEGER,
        source_end INTEGER,
        target_text VARCHAR,
        target_start INTEGER,
        target_end INTEGER,
        trigger_text VARCHAR,
        trigger_start INTEGER,
        trigger_end INTEGER)""",
      "CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id)",
      "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id)",
      // Events stored before mentions were counted were each seen once.
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS num_mentions INTEGER DEFAULT 1",
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS num_articles INTEGER DEFAULT 1",
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS num_sources INTEGER DEFAULT 1",
  };

  /** The columns a mention shares with its event row (promoted from it when the event's first article goes). */
  private static final String SPAN_COLUMNS = "article_id, sentence, confidence, source_text, source_start, source_end,"
      + " target_text, target_start, target_end, trigger_text, trigger_start, trigger_end";

  /**
   * Who published an article, for NumSources: its publisher as given, else its URL's host, else the article
   * itself (an article of unknown origin is a source of its own, so NumSources never exceeds NumArticles).
   */
  static final String SOURCE_OF_ARTICLE = "coalesce(nullif(lower(trim(a.source)), ''),"
      + " nullif(lower(regexp_extract(a.url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#]+)', 1)), ''), 'article ' || a.id)";

  private final Connection c;

  Mentions(Connection c) {
    this.c = c;
  }

  /** In {@code store_info}: every stored event has its mentions (false for a store written before them). */
  private static final String DONE = "mentions";

  /** Whether the events table has the mention counts (a store written before them, opened read-only, has not). */
  static boolean counted(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.columns"
        + " WHERE table_schema = 'main' AND table_name = 'events' AND column_name = 'num_mentions'")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  /**
   * Creates the table and, once per store, gives every event stored before it one mention (its own article and
   * sentence), in the transaction that records it was done.
   */
  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : DDL) s.execute(sql);
    }
    Schema.once(c, DONE, ADD_OWN);
  }

  /** Gives each event without a mention one: its own article, sentence and spans. */
  static void addOwn(Statement s) throws SQLException {
    s.execute(ADD_OWN);
  }

  private static final String ADD_OWN = "INSERT INTO mentions (event_id, " + SPAN_COLUMNS + ") SELECT id, " + SPAN_COLUMNS
      + " FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)";

  /**
   * The stored event that {@code e}, coded in article {@code articleId}, reports again: one of an article in the
   * story {@code story} (the original's id) with the same source, target, event code, date, place and
   * factuality, and not yet mentioned by this article (so an article that reports two such events keeps two).
   * Null when there is none.
   */
  Long match(long story, long articleId, CodedEvent e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT e.id FROM events e JOIN near_duplicates d ON d.article_id = e.article_id"
        + " WHERE d.original_id = ? AND e.article_id <> ? AND e.source_code = ? AND e.target_code IS NOT DISTINCT FROM ?"
        + " AND e.event_code = ? AND e.date = ? AND e.location_name IS NOT DISTINCT FROM ? AND e.location_geonameid IS NOT DISTINCT FROM ?"
        + " AND e.factuality IS NOT DISTINCT FROM ?"
        + " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.article_id = ?) ORDER BY e.id LIMIT 1")) {
      ps.setLong(1, story);
      ps.setLong(2, articleId);
      ps.setString(3, e.source().code());
      ps.setString(4, e.target() == null ? null : e.target().code());
      ps.setString(5, e.event().code());
      ps.setDate(6, Date.valueOf(e.date()));
      ps.setString(7, e.location() == null ? null : e.location().name());
      if (e.location() == null) ps.setNull(8, Types.BIGINT);
      else ps.setLong(8, e.location().geonameId());
      ps.setString(9, e.factuality().label());
      ps.setLong(10, articleId);
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  /** Records that article {@code articleId} reports event {@code eventId} as {@code e} says (sentence, spans). */
  void add(long eventId, long articleId, CodedEvent e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (event_id, " + SPAN_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int i = 1;
      ps.setLong(i++, eventId);
      ps.setLong(i++, articleId);
      ps.setInt(i++, e.sentence());
      ps.setDouble(i++, e.confidence());
      i = span(ps, i, e.source());
      i = span(ps, i, e.target());
      ps.setString(i++, e.trigger());
      ps.setInt(i++, e.triggerStart());
      ps.setInt(i, e.triggerEnd());
      ps.executeUpdate();
    }
  }

  private static int span(PreparedStatement ps, int i, ActorRef a) throws SQLException {
    if (a == null) {
      ps.setNull(i++, Types.VARCHAR);
      ps.setNull(i++, Types.INTEGER);
      ps.setNull(i++, Types.INTEGER);
      return i;
    }
    ps.setString(i++, a.text());
    ps.setInt(i++, a.start());
    ps.setInt(i++, a.end());
    return i;
  }

  /**
   * Forgets what article {@code articleId} reported before it is coded again: its mentions go, events no other
   * article mentions go, and an event first seen in it that others still mention takes the article, sentence and
   * spans of its earliest remaining mention. Returns the events that remain and must be {@link #recount}ed.
   */
  Set<Long> removeArticle(long articleId) throws SQLException {
    Set<Long> touched = new LinkedHashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT event_id FROM mentions WHERE article_id = ?")) {
      ps.setLong(1, articleId);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) touched.add(r.getLong(1));
      }
    }
    if (touched.isEmpty()) return touched; // every event of the article has a mention from it
    update("DELETE FROM mentions WHERE article_id = ?", articleId);
    update("DELETE FROM events WHERE article_id = ? AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id)", articleId);
    StringBuilder set = new StringBuilder();
    for (String col : SPAN_COLUMNS.split(",\\s*")) set.append(set.length() == 0 ? "" : ", ").append(col).append(" = f.").append(col);
    // Only the mentions of the article's events are ranked: a re-coding run must not sort the whole table per article.
    String ids = String.join(",", touched.stream().map(String::valueOf).toList());
    update("UPDATE events SET " + set + " FROM (SELECT * FROM (SELECT m.*, row_number() OVER (PARTITION BY m.event_id"
        + " ORDER BY m.article_id, m.sentence, m.trigger_start) AS n FROM mentions m WHERE m.event_id IN (" + ids + ")) WHERE n = 1) f"
        + " WHERE events.article_id = ? AND f.event_id = events.id", articleId);
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE id = ?")) {
      touched.removeIf(id -> !exists(ps, id));
    }
    return touched;
  }

  private static boolean exists(PreparedStatement ps, long id) {
    try {
      ps.setLong(1, id);
      try (ResultSet r = ps.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read event " + id + ": " + e.getMessage(), e);
    }
  }

  private void update(String sql, long articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, articleId);
      ps.executeUpdate();
    }
  }

  /** Sets each event's NumMentions, NumArticles and NumSources from its mentions. */
  void recount(Set<Long> events) throws SQLException {
    if (events.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement("UPDATE events SET num_mentions = n.mentions, num_articles = n.articles, num_sources = n.sources"
        + " FROM (SELECT count(*) AS mentions, count(DISTINCT m.article_id) AS articles, count(DISTINCT " + SOURCE_OF_ARTICLE + ") AS sources"
        + " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?) n WHERE events.id = ?")) {
      for (long id : events) {
        ps.setLong(1, id);
        ps.setLong(2, id);
        ps.executeUpdate();
      }
    }
  }
}
