package org.dyad.server;

import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.classic.ParseException;
import org.dyad.store.BadParameterException;
import org.dyad.store.TextIndex;

/** Full-text search over articles (Lucene, with highlighted passages) and one article with its events. */
final class ArticlesApi {
  private static final int MAX_QUERY = 500;
  private final Readers db;
  private final TextIndex index;

  ArticlesApi(Readers db, TextIndex index) {
    this.db = db;
    this.index = index;
  }

  void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) throw new BadParameterException("q", "is required: words to search for (Lucene syntax: ceasefire AND Gaza, \"foreign minister\")");
    if (q.length() > MAX_QUERY) throw new BadParameterException("q", "at most " + MAX_QUERY + " characters");
    int limit = EventsApi.intParam(ctx, "limit", 20, 1, 100);
    int offset = EventsApi.intParam(ctx, "offset", 0, 0, 10_000);
    TextIndex.Hits hits;
    try {
      hits = index.search(q, offset, limit);
    } catch (ParseException | org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new BadParameterException("q", "is not a valid search query: " + firstLine(e.getMessage()));
    }
    List<Long> ids = hits.hits().stream().map(TextIndex.Hit::articleId).toList();
    Map<Long, Map<String, Object>> rows = db.with(c -> {
      Map<Long, Map<String, Object>> m = new HashMap<>();
      if (ids.isEmpty()) return m;
      String sql = "SELECT a.id, a.doc_id, a.title, a.url, a.date, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events"
          + " FROM articles a WHERE a.id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
      try (PreparedStatement ps = EventsApi.prepare(c, sql, new ArrayList<>(ids)); ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          Map<String, Object> a = new LinkedHashMap<>();
          a.put("id", r.getLong(1));
          a.put("doc_id", r.getString(2));
          a.put("title", r.getString(3));
          a.put("url", r.getString(4));
          a.put("date", r.getDate(5).toString());
          a.put("events", r.getLong(6));
          m.put(r.getLong(1), a);
        }
      }
      return m;
    });
    List<Map<String, Object>> items = new ArrayList<>();
    for (TextIndex.Hit h : hits.hits()) {
      Map<String, Object> a = rows.get(h.articleId());
      if (a == null) continue; // indexed by a run whose database transaction did not commit
      a.put("score", h.score());
      a.put("highlights", h.highlights());
      items.add(a);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", hits.total());
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("items", items);
    ctx.json(out);
  }

  void one(Context ctx) {
    long id = EventsApi.idParam(ctx);
    Map<String, Object> out = db.with(c -> {
      try (PreparedStatement ps = EventsApi.prepare(c,
          "SELECT id, doc_id, title, url, source, date, text, sentences, coded_with FROM articles WHERE id = ?", List.of(id));
          ResultSet r = ps.executeQuery()) {
        if (!r.next()) return null;
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", r.getLong(1));
        a.put("doc_id", r.getString(2));
        a.put("title", r.getString(3));
        a.put("url", r.getString(4));
        a.put("source", r.getString(5));
        a.put("date", r.getDate(6).toString());
        a.put("text", r.getString(7));
        a.put("sentences", r.getInt(8));
        a.put("coded_with", r.getString(9));
        List<Long> events = new ArrayList<>();
        try (PreparedStatement ps2 = EventsApi.prepare(c, "SELECT id FROM events WHERE article_id = ? ORDER BY sentence, id", List.of(id));
            ResultSet r2 = ps2.executeQuery()) {
          while (r2.next()) events.add(r2.getLong(1));
        }
        a.put("event_ids", events);
        return a;
      }
    });
    if (out == null) throw new ApiError(404, "not_found", "no article with id " + id);
    ctx.json(out);
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return EventsApi.shorten(nl < 0 ? s : s.substring(0, nl));
  }
}
