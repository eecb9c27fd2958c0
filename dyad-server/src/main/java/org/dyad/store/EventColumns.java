package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.dyad.CodedEvent;
import org.dyad.codebook.EventType;
import org.dyad.events.ActorRef;

/** The events table's columns in one place: the insert statement, and a row read back as a {@link CodedEvent}. */
public final class EventColumns {
  private EventColumns() {}

  static final String INSERT = "INSERT INTO events (id, article_id, sentence, date, date_precision,"
      + " source_code, source_country, source_text, source_start, source_end, source_origin,"
      + " target_code, target_country, target_text, target_start, target_end, target_origin,"
      + " event_code, event_root, event_label, quad_class, goldstein, plover, rule, confidence, trigger_text, trigger_start, trigger_end,"
      + " " + PlaceColumns.NAMES + ", factuality, source_name, target_name)"
      + " VALUES (?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?,?, " + "?,".repeat(PlaceColumns.COUNT) + " ?, ?,?)";

  /** What a row needs to become a CodedEvent: the events columns (alias e) and the article's doc id and sentence text. */
  public static final String SELECT_FOR_EXPORT = "e.*, a.doc_id AS doc_id, s.text AS sentence_text";

  /** An actor code's country: its first three letters, as in the evaluation ("IGO" for every IGO). */
  public static String country(String code) {
    return code == null || code.length() < 3 ? null : code.substring(0, 3);
  }

  /** A row of {@code SELECT e.*, a.doc_id, s.text AS sentence_text} as the event the coder returned. */
  public static CodedEvent toCodedEvent(ResultSet r) throws SQLException {
    EventType type = new EventType(r.getString("event_code"), r.getString("event_root"), r.getInt("quad_class"),
        r.getDouble("goldstein"), r.getString("plover") == null ? "-" : r.getString("plover"), r.getString("event_label"));
    return new CodedEvent(r.getString("doc_id"), r.getInt("sentence"), r.getDate("date").toLocalDate(), r.getString("date_precision"),
        actor(r, "source"), actor(r, "target"), type, r.getString("sentence_text"), r.getString("rule"), r.getDouble("confidence"),
        r.getString("trigger_text"), r.getInt("trigger_start"), r.getInt("trigger_end"), PlaceColumns.read(r),
        org.dyad.events.Factuality.of(r.getString("factuality")));
  }

  private static ActorRef actor(ResultSet r, String side) throws SQLException {
    String code = r.getString(side + "_code");
    if (code == null) return null;
    return new ActorRef(code, r.getString(side + "_text"), r.getInt(side + "_start"), r.getInt(side + "_end"), r.getString(side + "_origin"),
        hasColumn(r, side + "_name") ? r.getString(side + "_name") : null);
  }

  /** Whether the row has the column: a store written before a column was added, opened read-only, lacks it. */
  public static boolean hasColumn(ResultSet r, String name) throws SQLException {
    var md = r.getMetaData();
    for (int i = 1; i <= md.getColumnCount(); i++) if (md.getColumnLabel(i).equalsIgnoreCase(name)) return true;
    return false;
  }
}
