package org.dyad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.MentionRows;

/** GET /api/events/{id}/mentions: every article sentence that reported an event, with its article's provenance. */
final class MentionsApi {
  private final Readers db;

  MentionsApi(Readers db) {
    this.db = db;
  }

  void list(Context ctx) {
    long id = EventsApi.idParam(ctx);
    Map<String, Object> out = db.with(c -> {
      List<Map<String, Object>> items = of(c, id);
      if (items.isEmpty()) return null; // every stored event has at least one mention
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("event_id", id);
      m.put("total", items.size());
      m.put("items", items);
      return m;
    });
    if (out == null) throw new ApiError(404, "not_found", "no event with id " + id);
    ctx.json(out);
  }

  /** The mentions of one event, first seen first: article, sentence with its spans, confidence. */
  static List<Map<String, Object>> of(Connection c, long eventId) throws SQLException {
    List<Map<String, Object>> items = new ArrayList<>();
    try {
      MentionRows.ofEvent(c, eventId, r -> items.add(mention(r)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // nothing is written while rows are read
    }
    return items;
  }

  private static Map<String, Object> mention(ResultSet r) throws SQLException {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("id", r.getLong("article_id"));
    article.put("doc_id", r.getString("doc_id"));
    article.put("title", r.getString("title"));
    article.put("url", r.getString("url"));
    article.put("source", r.getString("publisher"));
    article.put("site", MentionRows.publisherOrHost(r.getString("publisher"), r.getString("url")));
    article.put("date", r.getDate("article_date").toString());
    Map<String, Object> sentence = new LinkedHashMap<>();
    sentence.put("index", r.getInt("sentence"));
    sentence.put("text", r.getString("sentence_text"));
    sentence.put("start", r.getObject("sentence_start"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", article);
    m.put("sentence", sentence);
    m.put("source", span(r, "source"));
    m.put("target", span(r, "target"));
    m.put("trigger", span(r, "trigger"));
    m.put("confidence", r.getDouble("confidence"));
    return m;
  }

  /** A span of the article text (offsets into the article), or null when the mention has none (no target). */
  private static Map<String, Object> span(ResultSet r, String side) throws SQLException {
    Object start = r.getObject(side + "_start");
    if (start == null) return null;
    return EventJson.span(r.getString(side + "_text"), ((Number) start).intValue(), r.getInt(side + "_end"));
  }
}
