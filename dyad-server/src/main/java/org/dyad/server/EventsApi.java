package org.dyad.server;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.BadParameterException;
import org.dyad.store.EventFilter;
import org.dyad.store.EventSelection;
import org.dyad.store.FilterParam;
import org.dyad.store.TextIndex;

/** The event endpoints: the filtered list, one event with its provenance, and the aggregates behind the charts. */
final class EventsApi {
  static final int MAX_LIMIT = 500;
  static final int MAX_OFFSET = 100_000;
  private final Readers db;
  private final TextIndex sentences;
  private final EventJson json;

  /** {@code sentences}: the text index when it holds the store's sentences, else null (see {@link EventSelection}). */
  EventsApi(Readers db, TextIndex sentences, EventJson json) {
    this.db = db;
    this.sentences = sentences;
    this.json = json;
  }

  /** The filters every event endpoint takes, from the one table of them. */
  static List<Param> filterParams() {
    return java.util.Arrays.stream(FilterParam.values()).map(p -> Param.query(p.api, p.type, p.description)).toList();
  }

  // ---- GET /api/events

  void list(Context ctx) {
    EventFilter f = EventFilter.parse(ctx::queryParam);
    int limit = intParam(ctx, "limit", 50, 1, MAX_LIMIT);
    int offset = intParam(ctx, "offset", 0, 0, MAX_OFFSET);
    String sortName = ctx.queryParam("sort") == null ? "-date" : ctx.queryParam("sort");
    String order = EventFilter.SORTS.get(sortName);
    if (order == null) throw new BadParameterException("sort", "must be one of " + new java.util.TreeSet<>(EventFilter.SORTS.keySet()) + ", got '" + shorten(sortName) + "'");
    if (order.contains("num_mentions") && !db.with(org.dyad.store.MentionRows::counted)) {
      throw new BadParameterException("sort", "this store was written before mentions were counted; open it for writing once (dyad ingest) to count them");
    }
    Map<String, Object> out = selecting(f, (c, sel) -> {
      // Late materialisation: the page's ids are chosen on the filter and sort columns alone, then its rows
      // are fetched through the id index and its articles by primary key.
      List<Long> ids = new ArrayList<>();
      long total = sel.few() ? fewPage(c, sel, order, limit, offset, ids) : page(c, sel, order, limit, offset, ids);
      Map<Long, Map<String, Object>> byId = new java.util.HashMap<>();
      if (!ids.isEmpty()) {
        String rows = "SELECT e.* FROM events e WHERE e.id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement ps = prepare(c, rows, new ArrayList<>(ids)); ResultSet r = ps.executeQuery()) {
          while (r.next()) byId.put(r.getLong("id"), json.event(r));
        }
      }
      List<Map<String, Object>> items = new ArrayList<>();
      java.util.Set<Long> articleIds = new java.util.LinkedHashSet<>();
      for (long id : ids) {
        Map<String, Object> item = byId.get(id);
        items.add(item);
        articleIds.add((Long) item.get("article_id"));
      }
      Map<Long, String[]> articles = new java.util.HashMap<>();
      if (!articleIds.isEmpty()) {
        String asql = "SELECT id, doc_id, title FROM articles WHERE id IN (" + String.join(",", java.util.Collections.nCopies(articleIds.size(), "?")) + ")";
        try (PreparedStatement ps = prepare(c, asql, new ArrayList<>(articleIds)); ResultSet r = ps.executeQuery()) {
          while (r.next()) articles.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
        }
      }
      for (Map<String, Object> item : items) {
        String[] a = articles.get((Long) item.get("article_id"));
        item.put("doc_id", a == null ? null : a[0]);
        item.put("title", a == null ? null : a[1]);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("total", total);
      m.put("limit", limit);
      m.put("offset", offset);
      m.put("sort", sortName);
      m.put("items", items);
      return m;
    });
    ctx.json(out);
  }

  /** Puts the page's event ids in {@code ids} and returns the total: a count and a top-N query, each over all events. */
  private static long page(Connection c, EventSelection sel, String order, int limit, int offset, List<Long> ids) throws SQLException {
    long total = count(c, "SELECT count(*) FROM events e" + sel.where(), sel.params());
    List<Object> params = sel.params();
    params.add(limit);
    params.add(offset);
    ids(c, "SELECT e.id FROM events e" + sel.where() + " ORDER BY " + order + " LIMIT ? OFFSET ?", params, ids);
    return total;
  }

  /**
   * The same for a selection that a text filter keeps small: its events' ids and sort columns are selected once
   * into a temporary table, then counted and paged there, instead of filtering all events twice.
   */
  private static long fewPage(Connection c, EventSelection sel, String order, int limit, int offset, List<Long> ids) throws SQLException {
    // id, date, goldstein, confidence and (when sorted by it: older stores lack it) num_mentions: every column an order of EventFilter.SORTS names.
    try (PreparedStatement ps = prepare(c, "CREATE OR REPLACE TEMP TABLE dyad_selected AS SELECT e.id, e.date, e.goldstein, e.confidence"
        + (order.contains("num_mentions") ? ", e.num_mentions" : "") + " FROM events e" + sel.where(), sel.params())) {
      ps.execute();
    }
    try {
      ids(c, "SELECT e.id FROM dyad_selected e ORDER BY " + order + " LIMIT ? OFFSET ?", List.of(limit, offset), ids);
      return count(c, "SELECT count(*) FROM dyad_selected", List.of());
    } finally {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS temp.main.dyad_selected");
      }
    }
  }

  private static void ids(Connection c, String sql, List<Object> params, List<Long> ids) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params); ResultSet r = ps.executeQuery()) {
      while (r.next()) ids.add(r.getLong(1));
    }
  }

  // ---- GET /api/events.csv

  /**
   * Every event the filters select, as CSV ({@link org.dyad.store.CsvExport}): streamed from the database to the
   * client while it is read, with no cap on rows.
   */
  void csv(Context ctx) throws java.io.IOException {
    EventFilter f = EventFilter.parse(ctx::queryParam);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"dyad-events.csv\"");
    java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(ctx.outputStream(), java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
    db.with(c -> {
      try {
        return new org.dyad.store.Exporter(c, sentences).writeCsv(f, w);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    w.flush();
  }

  // ---- GET /api/events/{id}

  void one(Context ctx) {
    long id = idParam(ctx);
    Map<String, Object> out = db.with(c -> {
      String sql = "SELECT e.*, a.doc_id, a.title, a.url, a.source AS article_source, a.date AS article_date, s.start AS sentence_start,"
          + " s.text AS sentence_text FROM events e JOIN articles a ON a.id = e.article_id"
          + " LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence WHERE e.id = ?";
      try (PreparedStatement ps = prepare(c, sql, List.of(id)); ResultSet r = ps.executeQuery()) {
        if (!r.next()) return null;
        Map<String, Object> m = json.event(r);
        m.put("rule", r.getString("rule"));
        m.put("trigger", EventJson.span(r.getString("trigger_text"), r.getInt("trigger_start"), r.getInt("trigger_end")));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", r.getLong("article_id"));
        article.put("doc_id", r.getString("doc_id"));
        article.put("title", r.getString("title"));
        article.put("url", r.getString("url"));
        article.put("source", r.getString("article_source"));
        article.put("date", r.getDate("article_date").toString());
        m.put("article", article);
        Map<String, Object> sentence = new LinkedHashMap<>();
        sentence.put("index", r.getInt("sentence"));
        sentence.put("text", r.getString("sentence_text"));
        Object start = r.getObject("sentence_start");
        sentence.put("start", start);
        // Spans relative to the sentence, so a client can mark them without the article text.
        Map<String, Object> spans = new LinkedHashMap<>();
        if (start != null) {
          int s0 = ((Number) start).intValue();
          int len = r.getString("sentence_text").length();
          putSpan(spans, "source", r.getObject("source_start"), r.getObject("source_end"), s0, len);
          putSpan(spans, "target", r.getObject("target_start"), r.getObject("target_end"), s0, len);
          putSpan(spans, "trigger", r.getObject("trigger_start"), r.getObject("trigger_end"), s0, len);
        }
        sentence.put("spans", spans);
        m.put("sentence", sentence);
        m.put("mentions", MentionsApi.of(c, id));
        return m;
      }
    });
    if (out == null) throw new ApiError(404, "not_found", "no event with id " + id);
    ctx.json(out);
  }

  private static void putSpan(Map<String, Object> spans, String name, Object start, Object end, int s0, int len) {
    if (start == null || end == null) return;
    int a = ((Number) start).intValue() - s0, b = ((Number) end).intValue() - s0;
    if (a >= 0 && b <= len && a < b) spans.put(name, List.of(a, b));
  }

  // ---- GET /api/stats/timeline

  void timeline(Context ctx) {
    EventFilter f = EventFilter.parse(ctx::queryParam);
    String interval = ctx.queryParam("interval") == null ? "month" : ctx.queryParam("interval");
    if (!List.of("day", "week", "month", "year").contains(interval)) {
      throw new BadParameterException("interval", "must be day, week, month or year, got '" + shorten(interval) + "'");
    }
    // interval is one of four fixed words (checked above), so it may be part of the SQL text.
    List<Map<String, Object>> rows = rows(f, sel -> "SELECT CAST(date_trunc('" + interval + "', e.date) AS DATE) AS period, e.quad_class,"
        + " count(*) AS n, avg(e.goldstein) AS g FROM events e" + sel.where() + " GROUP BY 1, 2 ORDER BY 1, 2", List.of(), r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("period", r.getDate(1).toString());
      m.put("quad_class", r.getInt(2));
      m.put("count", r.getLong(3));
      m.put("mean_goldstein", round(r.getDouble(4)));
      return m;
    });
    ctx.json(Map.of("interval", interval, "items", rows));
  }

  // ---- GET /api/stats/dyads

  void dyads(Context ctx) {
    EventFilter f = EventFilter.parse(ctx::queryParam);
    int limit = intParam(ctx, "limit", 50, 1, 500);
    String by = ctx.queryParam("by") == null ? "actor" : ctx.queryParam("by");
    String src, tgt;
    switch (by) {
      case "actor" -> { src = "e.source_code"; tgt = "e.target_code"; }
      case "country" -> { src = "e.source_country"; tgt = "e.target_country"; }
      default -> throw new BadParameterException("by", "must be actor or country, got '" + shorten(by) + "'");
    }
    String pairs = DyadPairs.conditions(ctx.queryParam("exclude"), src, tgt);
    List<Map<String, Object>> rows = rows(f, sel -> "SELECT " + src + ", " + tgt + ", count(*) AS n, avg(e.goldstein) AS g FROM events e"
        + (sel.where().isEmpty() ? " WHERE " : sel.where() + " AND ") + tgt + " IS NOT NULL" + pairs + " GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?",
        List.of(limit), r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", r.getString(1));
      m.put("target", r.getString(2));
      m.put("source_name", json.nameOf(r.getString(1)));
      m.put("target_name", json.nameOf(r.getString(2)));
      m.put("count", r.getLong(3));
      m.put("mean_goldstein", round(r.getDouble(4)));
      return m;
    });
    ctx.json(Map.of("by", by, "items", rows));
  }

  // ---- GET /api/stats/countries

  private static final String COUNTRIES = org.dyad.geo.CountryCodes.all().stream().map(c -> "'" + c + "'")
      .collect(java.util.stream.Collectors.joining(","));

  void countries(Context ctx) {
    EventFilter f = EventFilter.parse(ctx::queryParam);
    // An event counts for each country among its actors and its place (once per country). Only countries: not
    // "---", IGO or a CAMEO region; an older store's ISO-2 place countries are read as ISO-3 (issue 16).
    List<Map<String, Object>> rows = rows(f, sel -> "SELECT country, count(*) AS n, avg(goldstein) AS g FROM ("
        + " SELECT DISTINCT e.id, e.goldstein, unnest([e.source_country, e.target_country, "
        + org.dyad.store.PlaceColumns.country("e.location_country") + "]) AS country FROM events e"
        + sel.where() + ") WHERE country IN (" + COUNTRIES + ") GROUP BY 1 ORDER BY n DESC, 1", List.of(), r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("country", r.getString(1));
      m.put("count", r.getLong(2));
      m.put("mean_goldstein", round(r.getDouble(3)));
      return m;
    });
    ctx.json(Map.of("items", rows));
  }

  // ---- GET /api/stats/places

  /**
   * Every placed event the filters select, counted by place (name, point, country and precision): the map draws
   * all of them, whatever their number, instead of the newest few hundred.
   */
  void places(Context ctx) {
    EventFilter f = EventFilter.parse(ctx::queryParam);
    List<Map<String, Object>> rows = rows(f, sel -> "SELECT e.location_name, e.location_lat, e.location_lon, "
        + org.dyad.store.PlaceColumns.country("e.location_country") + ","
        + " e.location_precision, count(*) AS n, avg(e.goldstein) AS g FROM events e" + (sel.where().isEmpty() ? " WHERE " : sel.where() + " AND ")
        + "e.location_lat IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY n DESC, 1", List.of(), r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.getString(1));
      m.put("lat", r.getDouble(2));
      m.put("lon", r.getDouble(3));
      m.put("country", r.getString(4));
      m.put("precision", r.getString(5));
      m.put("count", r.getLong(6));
      m.put("mean_goldstein", round(r.getDouble(7)));
      return m;
    });
    ctx.json(Map.of("items", rows));
  }

  // ---- GET /api/meta

  void meta(Context ctx) {
    Map<String, Object> m = db.with(c -> {
      Map<String, Object> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM articles), count(*), min(date), max(date) FROM events");
          ResultSet r = ps.executeQuery()) {
        r.next();
        out.put("articles", r.getLong(1));
        out.put("events", r.getLong(2));
        out.put("first_date", r.getDate(3) == null ? null : r.getDate(3).toString());
        out.put("last_date", r.getDate(4) == null ? null : r.getDate(4).toString());
      }
      return out;
    });
    ctx.json(m);
  }

  // ---- rows and parameters

  static long count(Connection c, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params); ResultSet r = ps.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** One result row as a JSON object. */
  private interface Row {
    Map<String, Object> of(ResultSet r) throws SQLException;
  }

  /** A query over the events a filter selects, on a borrowed connection. */
  private interface Selected<T> {
    T run(Connection c, EventSelection sel) throws SQLException;
  }

  private <T> T selecting(EventFilter f, Selected<T> q) {
    return db.with(c -> {
      try (EventSelection sel = EventSelection.of(c, f, sentences)) {
        return q.run(c, sel);
      }
    });
  }

  /**
   * Every row of the query {@code sql} makes of the filter's selection, each made into a JSON object by
   * {@code row}; {@code more} are parameters after the selection's own.
   */
  private List<Map<String, Object>> rows(EventFilter f, java.util.function.Function<EventSelection, String> sql, List<Object> more, Row row) {
    return selecting(f, (c, sel) -> {
      List<Object> params = sel.params();
      params.addAll(more);
      List<Map<String, Object>> l = new ArrayList<>();
      try (PreparedStatement ps = prepare(c, sql.apply(sel), params); ResultSet r = ps.executeQuery()) {
        while (r.next()) l.add(row.of(r));
      }
      return l;
    });
  }

  static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    return ps;
  }

  static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException ignored) {
      // reported below with the accepted range
    }
    throw new BadParameterException(name, "must be a whole number from " + min + " to " + max + ", got '" + shorten(v) + "'");
  }

  static long idParam(Context ctx) {
    String v = ctx.pathParam("id");
    try {
      long id = Long.parseLong(v);
      if (id > 0) return id;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new BadParameterException("id", "must be a positive whole number, got '" + shorten(v) + "'");
  }

  static String shorten(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
