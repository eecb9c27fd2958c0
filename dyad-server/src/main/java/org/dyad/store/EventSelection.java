package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * An {@link EventFilter} made ready on one connection: the WHERE clause over events aliased {@code e} and its
 * parameters. A text filter is looked up in the sentence index first; the keys of the matching sentences go into
 * a temporary table of this connection (DuckDB's appender copies them as one list, far faster than binding them
 * as a parameter), and the clause keeps the events whose sentence is among them, so no query scans sentence text.
 * Without a sentence index (a store written by an older version, opened read-only) the clause scans the
 * sentences with a regular expression that means the same ({@link SentenceQuery#regex}). Close it to drop the
 * table; one selection per connection at a time.
 */
public final class EventSelection implements AutoCloseable {
  private static final String KEYS = "dyad_text_keys";
  /** At most this many matching sentences make a selection {@link #few}. */
  private static final int FEW_SENTENCES = 100_000;
  /** The sentence key of an event, as {@link TextIndex#sentenceKey} makes it. */
  private static final String EVENT_KEY = "e.article_id * 4294967296 + e.sentence";

  private final Connection c;
  private final String where;
  private final List<Object> params;
  private final boolean table;
  private final boolean few;

  private EventSelection(Connection c, String where, List<Object> params, boolean table, boolean few) {
    this.c = c;
    this.where = where;
    this.params = params;
    this.table = table;
    this.few = few;
  }

  /** {@code sentences}: the store's text index when it holds the sentences, else null. */
  public static EventSelection of(Connection c, EventFilter f, TextIndex sentences) throws SQLException {
    List<Object> params = new ArrayList<>();
    boolean names = f.actorWords().isEmpty() || hasNameColumns(c);
    if (f.text() == null) return new EventSelection(c, f.where(params, null, List.of(), names), params, false, false);
    if (sentences == null) {
      List<String> words;
      try (StandardAnalyzer a = new StandardAnalyzer()) {
        words = SentenceQuery.words(a, f.text());
      }
      String scan = "EXISTS (SELECT 1 FROM sentences s2 WHERE s2.article_id = e.article_id AND s2.idx = e.sentence AND regexp_matches(lower(s2.text), ?))";
      return new EventSelection(c, f.where(params, scan, List.of(SentenceQuery.regex(words)), names), params, false, false);
    }
    long[] keys = sentences.sentenceKeys(f.text());
    if (keys.length == 0) return new EventSelection(c, f.where(params, "false", List.of(), names), params, false, true);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE " + KEYS + " (keys BIGINT[])");
    }
    try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", KEYS)) {
      a.beginRow().append(keys).endRow();
    }
    String in = EVENT_KEY + " IN (SELECT unnest(keys) FROM " + KEYS + ")";
    return new EventSelection(c, f.where(params, in, List.of(), names), params, true, keys.length <= FEW_SENTENCES);
  }

  /** Whether the events table has the actor name columns (a store written before them, opened read-only, has not). */
  static boolean hasNameColumns(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.columns"
        + " WHERE table_schema = 'main' AND table_name = 'events' AND column_name = 'source_name'")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  /**
   * Whether the text filter matched so few sentences (at most 100,000) that the selected events are few too,
   * whatever the other filters: worth selecting once and reusing, where a query would otherwise filter all events
   * twice.
   */
  public boolean few() {
    return few;
  }

  /** " WHERE ..." or "" when nothing is filtered. */
  public String where() {
    return where;
  }

  /** The parameters of {@link #where}, in order (a fresh list: a caller may add its own after them). */
  public List<Object> params() {
    return new ArrayList<>(params);
  }

  @Override
  public void close() throws SQLException {
    if (!table) return;
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS temp.main." + KEYS);
    }
  }
}
