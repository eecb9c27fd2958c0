package org.dyad.server;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.actors.ActorNames;
import org.dyad.store.EventColumns;

/**
 * Rows of the events table as the API's JSON objects. Actors carry their display names: the stored one, or for
 * a store written before names were stored, the name made from the code.
 */
final class EventJson {
  private final ActorNames names;

  EventJson(ActorNames names) {
    this.names = names;
  }

  /** The display name of a code alone (network nodes and country pairs). */
  String nameOf(String code) {
    return code == null ? null : names.name(code, null, null);
  }

  Map<String, Object> event(ResultSet r) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.getLong("id"));
    m.put("article_id", r.getLong("article_id"));
    m.put("doc_id", EventColumns.hasColumn(r, "doc_id") ? r.getString("doc_id") : null);
    m.put("sentence", r.getInt("sentence"));
    m.put("date", r.getDate("date").toString());
    m.put("date_precision", r.getString("date_precision"));
    m.put("source", actor(r, "source"));
    m.put("target", actor(r, "target"));
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("code", r.getString("event_code"));
    ev.put("root", r.getString("event_root"));
    ev.put("label", r.getString("event_label"));
    ev.put("quad_class", r.getInt("quad_class"));
    ev.put("goldstein", r.getDouble("goldstein"));
    ev.put("plover", r.getString("plover"));
    m.put("event", ev);
    m.put("confidence", r.getDouble("confidence"));
    m.put("factuality", EventColumns.hasColumn(r, "factuality") ? r.getString("factuality") : "asserted");
    m.put("location", location(r));
    // How widely it was reported (GDELT's counts); 1 each in a store written before mentions were counted.
    for (String n : new String[] {"num_mentions", "num_articles", "num_sources"}) m.put(n, EventColumns.hasColumn(r, n) ? r.getInt(n) : 1);
    return m;
  }

  private Map<String, Object> actor(ResultSet r, String side) throws SQLException {
    String code = r.getString(side + "_code");
    if (code == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    String stored = EventColumns.hasColumn(r, side + "_name") ? r.getString(side + "_name") : null;
    m.put("name", stored != null ? stored : names.name(code, null, r.getString(side + "_text")));
    m.put("country", r.getString(side + "_country"));
    m.put("text", r.getString(side + "_text"));
    m.put("start", r.getObject(side + "_start"));
    m.put("end", r.getObject(side + "_end"));
    m.put("origin", r.getString(side + "_origin"));
    return m;
  }

  private static Map<String, Object> location(ResultSet r) throws SQLException {
    if (r.getString("location_name") == null && r.getObject("location_lat") == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.getString("location_name"));
    m.put("lat", r.getObject("location_lat"));
    m.put("lon", r.getObject("location_lon"));
    m.put("country", org.dyad.geo.CountryCodes.iso3(r.getString("location_country")));
    m.put("admin1", EventColumns.hasColumn(r, "location_admin1") ? r.getString("location_admin1") : null);
    m.put("geonameid", r.getObject("location_geonameid"));
    m.put("precision", r.getString("location_precision"));
    return m;
  }

  static Map<String, Object> span(String text, int start, int end) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", text);
    m.put("start", start);
    m.put("end", end);
    return m;
  }
}
