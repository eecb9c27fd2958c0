package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dyad.io.EventWriter;
import org.dyad.io.OutputFormat;

/** Writes the stored events that pass a filter: as text through an {@link EventWriter}, or as Parquet through DuckDB. */
public final class Exporter {
  private final Connection c;
  private final TextIndex sentences;

  /** {@code index}: the store's text index, for the text filter. */
  public Exporter(EventStore store, TextIndex index) {
    this.c = store.connection();
    this.sentences = store.sentenceIndex() ? index : null;
  }

  private static final String FROM = " FROM events e JOIN articles a ON a.id = e.article_id"
      + " LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence";

  /** Events in article and sentence order, written in {@code format}; returns how many. */
  public long write(EventFilter f, OutputFormat format, Writer out) throws IOException {
    long n = 0;
    try (EventSelection sel = EventSelection.of(c, f, sentences); EventWriter w = EventWriter.of(format, out);
        PreparedStatement ps = prepare("SELECT " + EventColumns.SELECT_FOR_EXPORT + FROM + sel.where() + " ORDER BY e.article_id, e.sentence, e.id", sel.params());
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        w.write(EventColumns.toCodedEvent(r));
        n++;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read events: " + e.getMessage(), e);
    }
    return n;
  }

  /**
   * Parquet with one flat row per event (the events columns plus doc_id, url and the sentence text). The selection
   * goes through a parameterised temporary table because COPY takes no parameters.
   */
  public long writeParquet(EventFilter f, Path file) {
    try {
      try (EventSelection sel = EventSelection.of(c, f, sentences);
          PreparedStatement ps = prepare("CREATE OR REPLACE TEMP TABLE export_selection AS SELECT e.*, a.doc_id, a.url, a.title AS article_title,"
              + " s.text AS sentence_text" + FROM + sel.where() + " ORDER BY e.article_id, e.sentence, e.id", sel.params())) {
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
