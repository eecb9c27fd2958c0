package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Events as CSV (RFC 4180, a header line, UTF-8): each event with its names, labels, place, sentence text and
 * article (doc id, title, URL, publisher, date, when it was ingested), so a spreadsheet or pandas has what the UI
 * shows. Values are DuckDB's own text for them, so a reader gets back what the store holds. A text cell that
 * begins with {@code = + - @}, a tab or a carriage return gets a leading {@code '}: spreadsheets run such cells as
 * formulas ({@code =HYPERLINK(…)} from an article's title).
 */
public final class CsvExport {
  /** One column: its header, its SQL over events e, articles a and sentences s, and whether it holds free text. */
  public record Column(String name, String sql, boolean text) {}

  /**
   * The columns, in order; {@code names}: whether the store has the actor name columns, {@code counts}: whether it
   * counts mentions (num_mentions, num_articles, num_sources; 1 each for a store written before it did). The place's
   * country is ISO-3 as the actors' (an older store's ISO-2 is read so); Parquet takes the admin1 and FIPS columns
   * with {@code e.*}.
   */
  public static List<Column> columns(boolean names, boolean counts) {
    return List.of(num("id", "e.id"), num("date", "e.date"), txt("date_precision", "e.date_precision"),
        txt("source_code", "e.source_code"), txt("source_name", names ? "e.source_name" : "NULL"), txt("source_country", "e.source_country"),
        txt("source_text", "e.source_text"),
        txt("target_code", "e.target_code"), txt("target_name", names ? "e.target_name" : "NULL"), txt("target_country", "e.target_country"),
        txt("target_text", "e.target_text"),
        txt("event_code", "e.event_code"), txt("event_root", "e.event_root"), txt("event_label", "e.event_label"), num("quad_class", "e.quad_class"),
        num("goldstein", "e.goldstein"), txt("plover", "e.plover"), num("confidence", "e.confidence"), txt("factuality", "e.factuality"),
        txt("rule", "e.rule"), txt("trigger_text", "e.trigger_text"), num("num_mentions", counts ? "e.num_mentions" : "1"),
        num("num_articles", counts ? "e.num_articles" : "1"), num("num_sources", counts ? "e.num_sources" : "1"),
        txt("place", "e.location_name"), txt("place_country", PlaceColumns.country("e.location_country")), num("place_lat", "e.location_lat"),
        num("place_lon", "e.location_lon"), txt("place_precision", "e.location_precision"),
        num("sentence", "e.sentence"), txt("sentence_text", "s.text"),
        txt("doc_id", "a.doc_id"), txt("title", "a.title"), txt("url", "a.url"), txt("publisher", "a.source"), num("article_date", "a.date"),
        num("ingested_at", "a.ingested_at"));
  }

  private static Column num(String name, String sql) {
    return new Column(name, sql, false);
  }

  private static Column txt(String name, String sql) {
    return new Column(name, sql, true);
  }

  private CsvExport() {}

  /** Writes the selection's events, in article and sentence order, as they are read (no limit); returns how many. */
  static long write(Connection c, EventSelection sel, boolean names, boolean counts, Writer out) throws SQLException, IOException {
    List<Column> cols = columns(names, counts);
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < cols.size(); i++) sql.append(i == 0 ? "" : ", ").append("CAST(").append(cols.get(i).sql()).append(" AS VARCHAR)");
    sql.append(Exporter.FROM).append(sel.where()).append(" ORDER BY e.article_id, e.sentence, e.id");
    out.write(String.join(",", cols.stream().map(Column::name).toList()));
    out.write("\r\n");
    long n = 0;
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      List<Object> params = sel.params();
      for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
      ps.setFetchSize(2048);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          for (int i = 0; i < cols.size(); i++) {
            if (i > 0) out.write(',');
            out.write(cell(r.getString(i + 1), cols.get(i).text()));
          }
          out.write("\r\n");
          n++;
        }
      }
    }
    out.flush();
    return n;
  }

  /** One cell: quoted when it holds a comma, quote or line break; a text cell that could run as a formula neutralised. */
  public static String cell(String v, boolean text) {
    if (v == null) return "";
    String s = text && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
