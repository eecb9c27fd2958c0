package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of an event store. Articles are keyed by URL and by a hash of their text; sentences and events hang
 * off an article and are replaced together when it is coded again. The place columns added later are
 * {@link PlaceColumns}'.
 */
final class Schema {
  private Schema() {}

  static final String[] DDL = {
      """
      CREATE TABLE IF NOT EXISTS articles (
        id BIGINT PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        url VARCHAR,
        content_hash VARCHAR NOT NULL,
        title VARCHAR,
        source VARCHAR,
        date DATE NOT NULL,
        text VARCHAR NOT NULL,
        sentences INTEGER NOT NULL,
        coded_with VARCHAR NOT NULL,
        indexed BOOLEAN NOT NULL DEFAULT false,
        ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""",
      "CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)",
      "CREATE INDEX IF NOT EXISTS articles_url ON articles(url)",
      """
      CREATE TABLE IF NOT EXISTS sentences (
        article_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        start INTEGER,
        text VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS events (
        id BIGINT NOT NULL,
        article_id BIGINT NOT NULL,
        sentence INTEGER NOT NULL,
        date DATE NOT NULL,
        date_precision VARCHAR NOT NULL,
        source_code VARCHAR NOT NULL,
        source_country VARCHAR,
        source_text VARCHAR,
        source_start INTEGER,
        source_end INTEGER,
        source_origin VARCHAR,
        target_code VARCHAR,
        target_country VARCHAR,
        target_text VARCHAR,
        target_start INTEGER,
        target_end INTEGER,
        target_origin VARCHAR,
        event_code VARCHAR NOT NULL,
        event_root VARCHAR NOT NULL,
        event_label VARCHAR,
        quad_class TINYINT NOT NULL,
        goldstein DOUBLE NOT NULL,
        plover VARCHAR,
        rule VARCHAR,
        confidence DOUBLE NOT NULL,
        trigger_text VARCHAR,
        trigger_start INTEGER,
        trigger_end INTEGER,
        location_name VARCHAR,
        location_lat DOUBLE,
        location_lon DOUBLE,
        location_country VARCHAR,
        location_geonameid BIGINT,
        location_precision VARCHAR)""",
      // Point lookups by id (a page's rows, one event) go through this index instead of a scan.
      "CREATE UNIQUE INDEX IF NOT EXISTS events_id ON events(id)",
      "CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
      // Added after the first stores were written: their events were all asserted (the coder kept no others).
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS factuality VARCHAR DEFAULT 'asserted'",
      // Added with actor names (issue 17): older stores keep NULL, and readers name such actors from their codes.
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS source_name VARCHAR",
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS target_name VARCHAR",
  };

  /** In {@code store_info}: the text index holds each indexed article's sentences (for the events' text filter). */
  private static final String SENTENCE_INDEX = "sentence_index";

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : DDL) s.execute(sql);
    }
    PlaceColumns.upgrade(c);
    if (!sentenceIndex(c)) addSentenceIndex(c);
    Mentions.create(c);
    Stories.create(c);
  }

  /**
   * A store written before the sentence index existed has its articles in the text index without their
   * sentences: flagging them all unindexed, in the same transaction that records the index, makes the next
   * writer index them again with their sentences, so "indexed" keeps meaning "article and sentences".
   */
  private static void addSentenceIndex(Connection c) throws SQLException {
    once(c, SENTENCE_INDEX, "UPDATE articles SET indexed = false WHERE indexed");
  }

  /**
   * Runs a store's one-time migration: the statements and the {@code store_info} row {@code key} that records
   * them, in one transaction, unless the row is there already (then nothing).
   */
  static void once(Connection c, String key, String... statements) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM store_info WHERE key = '" + key + "'")) {
      r.next();
      if (r.getLong(1) > 0) return;
    }
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String sql : statements) s.execute(sql);
      s.execute("INSERT INTO store_info VALUES ('" + key + "', '1')");
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** Whether the store's text index holds the sentences of its indexed articles (false for older stores). */
  static boolean sentenceIndex(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'store_info' AND table_schema = 'main'")) {
      r.next();
      if (r.getLong(1) == 0) return false;
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM store_info WHERE key = '" + SENTENCE_INDEX + "'")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }
}
