package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dyad.io.EventWriter;
import org.dyad.io.GdeltEventWriter;
import org.dyad.io.OutputFormat;

/**
 * Writes the stored events that pass a filter: as text through an {@link EventWriter}, as GDELT rows that keep the
 * store's event ids, as CSV ({@link CsvExport}), or as Parquet through DuckDB.
 */
public final class Exporter {
  private final Connection c;
  private final TextIndex sentences;

  /** {@code index}: the store's text index, for the text filter. */
  public Exporter(EventStore store, TextIndex index) {
    this(store.connection(), store.sentenceIndex() ? index : null);
  }

  /** On a connection of its own (a server's reader); {@code sentences}: the text index when it holds the sentences, else null. */
  public Exporter(Connection c, TextIndex sentences) {
    this.c = c;
    this.sentences = sentences;
  }

  static final String FROM = " FROM events e JOIN articles a ON a.id = e.article_id"
      + " LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence";

  private static final String ORDER = " ORDER BY e.article_id, e.sentence, e.id";

  /**
   * Events in article and sentence order, written in {@code format}; returns how many. GDELT rows carry the
   * store's event id (GLOBALEVENTID), the article's URL (SOURCEURL; its doc id when it has none) and the time the
   * article was ingested (DATEADDED), so two exports of one store agree.
   */
  public long write(EventFilter f, OutputFormat format, Writer out) throws IOException {
    long n = 0;
    DateTimeFormatter added = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    try (EventSelection sel = EventSelection.of(c, f, sentences); EventWriter w = EventWriter.of(format, out);
        PreparedStatement ps = prepare("SELECT " + EventColumns.SELECT_FOR_EXPORT + ", a.url AS article_url, a.ingested_at" + FROM + sel.where() + ORDER,
            sel.params());
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        if (format == OutputFormat.GDELT) {
          String url = r.getString("article_url");
          out.write(GdeltEventWriter.line(EventColumns.toCodedEvent(r), r.getLong("id"),
              r.getTimestamp("ingested_at").toLocalDateTime().format(added), url == null ? r.getString("doc_id") : url));
          out.write('\n');
        } else {
          w.write(EventColumns.toCodedEvent(r));
        }
        n++;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read events: " + e.getMessage(), e);
    }
    return n;
  }

  /** The selection as CSV ({@link CsvExport}), streamed as read; returns how many events. */
  public long writeCsv(EventFilter f, Writer out) throws IOException {
    try (EventSelection sel = EventSelection.of(c, f, sentences)) {
      return CsvExport.write(c, sel, EventSelection.hasNameColumns(c), out);
    } catch (SQLException e) {
      throw new StoreException("cannot read events: " + e.getMessage(), e);
    }
  }

  /**
   * Parquet with one flat row per event: every events column (the actor names, and whatever the store adds to
   * events later, such as the place's admin1, come with {@code e.*}) plus the article's doc id, URL, title,
   * publisher, date and ingest time, and the sentence text. The selection goes through a parameterised temporary
   * table because COPY takes no parameters.
   */
  public long writeParquet(EventFilter f, Path file) {
    try {
      try (EventSelection sel = EventSelection.of(c, f, sentences);
          PreparedStatement ps = prepare("CREATE OR REPLACE TEMP TABLE export_selection AS SELECT e.*, a.doc_id, a.url, a.title AS article_title,"
              + " a.source AS publisher, a.date AS article_date, a.ingested_at, s.text AS sentence_text" + FROM + sel.where() + ORDER, sel.params())) {
        ps.execute();
      }
      try (Statement s = c.createStatement()) {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        s.execute("COPY export_selection TO '" + path + "' (FORMAT parquet)");
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM export_selection")) {
          r.next();
          long n = r.getLong(1);
          s.execute("DROP TABLE export_selection");
          return n;
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    return ps;
  }
}
