package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentions of stored events read back with their articles and sentences: for the API (one event's) and for
 * export (those of the events a filter selects), as CSV or in GDELT 2.0's Mentions layout. A store written before
 * mentions were kept, opened read-only, has none: each of its events is then its own one mention.
 */
public final class MentionRows {
  private MentionRows() {}

  /** Reads one row; the columns are those of {@link #query}. */
  public interface Row {
    void accept(ResultSet r) throws SQLException, IOException;
  }

  /**
   * The mentions of the events {@code eventIds} selects (a query over events aliased {@code e} that returns their
   * ids) in event, article and sentence order; columns: the mention's own (event_id, article_id, sentence,
   * confidence and the source_, target_ and trigger_ text, start and end), the article's (doc_id, url, publisher,
   * title, article_date, ingested_at, doc_length), the sentence's (sentence_text, sentence_start) and the time its
   * event was first stored (event_added).
   */
  static String query(Connection c, String eventIds) throws SQLException {
    String mentions = stored(c) ? "mentions" : "(SELECT id AS event_id, article_id, sentence, confidence, source_text, source_start, source_end,"
        + " target_text, target_start, target_end, trigger_text, trigger_start, trigger_end FROM events)";
    return "SELECT m.*, a.doc_id, a.url, a.source AS publisher, a.title, a.date AS article_date, a.ingested_at, length(a.text) AS doc_length,"
        + " s.text AS sentence_text, s.start AS sentence_start, fa.ingested_at AS event_added"
        + " FROM " + mentions + " m JOIN articles a ON a.id = m.article_id"
        + " LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
        + " JOIN events ev ON ev.id = m.event_id JOIN articles fa ON fa.id = ev.article_id"
        + " WHERE m.event_id IN (" + eventIds + ") ORDER BY m.event_id, m.article_id, m.sentence, m.trigger_start";
  }

  /** Whether the events carry their mention counts (false for a store written before them, opened read-only). */
  public static boolean counted(Connection c) throws SQLException {
    return Mentions.counted(c);
  }

  /** Whether the store keeps mentions (false for one written before them, opened read-only). */
  static boolean stored(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'mentions'")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  /** The mentions of one event, row by row; returns how many. */
  public static long ofEvent(Connection c, long eventId, Row row) throws SQLException, IOException {
    return read(c, query(c, "?"), List.of(eventId), row);
  }

  /** The mentions of the events a filter selects, row by row; returns how many. */
  static long ofSelection(Connection c, EventSelection sel, Row row) throws SQLException, IOException {
    return read(c, query(c, "SELECT e.id FROM events e" + sel.where()), sel.params(), row);
  }

  private static long read(Connection c, String sql, List<Object> params, Row row) throws SQLException, IOException {
    long n = 0;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
      ps.setFetchSize(2048);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          row.accept(r);
          n++;
        }
      }
    }
    return n;
  }

  /** The CSV columns of a mention, in order: each a column of {@link #query}. */
  public static final List<String> CSV_COLUMNS = List.of("event_id", "article_id", "doc_id", "url", "publisher", "title", "article_date",
      "ingested_at", "sentence", "sentence_text", "source_text", "source_start", "source_end", "target_text", "target_start", "target_end",
      "trigger_text", "trigger_start", "trigger_end", "confidence");

  /** The CSV columns that hold free text (a formula there is neutralised). */
  private static final java.util.Set<String> TEXT_COLUMNS = java.util.Set.of("doc_id", "url", "publisher", "title", "sentence_text",
      "source_text", "target_text", "trigger_text");

  /** Writes the selection's mentions as CSV (header line, RFC 4180, formula cells neutralised as {@link CsvExport} does). */
  static long writeCsv(Connection c, EventSelection sel, Writer out) throws SQLException, IOException {
    out.write(String.join(",", CSV_COLUMNS));
    out.write("\r\n");
    long n = ofSelection(c, sel, r -> {
      List<String> cells = new ArrayList<>(CSV_COLUMNS.size());
      for (String col : CSV_COLUMNS) cells.add(CsvExport.cell(r.getString(col), TEXT_COLUMNS.contains(col)));
      out.write(String.join(",", cells));
      out.write("\r\n");
    });
    out.flush();
    return n;
  }

  /**
   * Writes the selection's mentions in GDELT 2.0's Mentions layout (16 tab-separated columns): the event's id
   * and the time it was first stored, the time this mention's article was stored, the mention type (1: a web URL,
   * 2: a citation, here the document id), the publisher (else the URL's host), the URL, the sentence (from 1), the
   * character offsets of source, target and trigger in the article (-1: none), 1 for "in the raw text", the
   * confidence in percent and the article's length; tone and translation columns stay empty.
   */
  static long writeGdelt(Connection c, EventSelection sel, Writer out) throws SQLException, IOException {
    java.time.format.DateTimeFormatter t = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    return ofSelection(c, sel, r -> {
      String url = r.getString("url");
      boolean web = url != null && url.matches("(?i)https?://.*");
      String[] col = new String[16];
      java.util.Arrays.fill(col, "");
      col[0] = String.valueOf(r.getLong("event_id"));
      col[1] = r.getTimestamp("event_added").toLocalDateTime().format(t);
      col[2] = r.getTimestamp("ingested_at").toLocalDateTime().format(t);
      col[3] = web ? "1" : "2";
      col[4] = flat(publisherOrHost(r.getString("publisher"), url));
      col[5] = flat(web ? url : r.getString("doc_id"));
      col[6] = String.valueOf(r.getInt("sentence") + 1);
      col[7] = offset(r, "source_start");
      col[8] = offset(r, "target_start");
      col[9] = offset(r, "trigger_start");
      col[10] = "1";
      col[11] = String.valueOf(Math.round(r.getDouble("confidence") * 100));
      col[12] = String.valueOf(r.getLong("doc_length"));
      out.write(String.join("\t", col));
      out.write('\n');
    });
  }

  /** The publisher as given, else the URL's host (GDELT's MentionSourceName is a site's domain). */
  public static String publisherOrHost(String publisher, String url) {
    if (publisher != null && !publisher.isBlank()) return publisher.strip();
    if (url == null) return "";
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#]+)").matcher(url);
    return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
  }

  private static String offset(ResultSet r, String col) throws SQLException {
    Object v = r.getObject(col);
    return v == null ? "-1" : String.valueOf(((Number) v).intValue());
  }

  private static String flat(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
