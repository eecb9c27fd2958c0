package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.geo.CountryCodes;
import org.dyad.geo.Location;

/**
 * The events table's place columns (issue 16). The country is ISO 3166-1 alpha-3, as the actors' countries, so
 * that one filter and one statistic serve both; admin1, feature code, full name and the FIPS country code are kept
 * so that an export from the store carries the same geography as {@code dyad code --to gdelt}. Stores written
 * before kept alpha-2 countries and none of the four extra columns: opening one for writing adds the columns and
 * rewrites its countries; opened read-only, {@link #country(String)} reads its alpha-2 codes as alpha-3.
 */
public final class PlaceColumns {
  private PlaceColumns() {}

  /** In the order of {@link EventColumns#INSERT}. */
  static final String NAMES = "location_name, location_lat, location_lon, location_country, location_geonameid, location_precision,"
      + " location_admin1, location_feature_code, location_full_name, location_country_fips";
  static final int COUNT = 10;

  static final String[] DDL = {
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS location_admin1 VARCHAR",
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS location_feature_code VARCHAR",
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS location_full_name VARCHAR",
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS location_country_fips VARCHAR",
  };

  /** The alpha-3 code of a country column that may hold an older store's alpha-2 code, as an SQL expression. */
  public static String country(String column) {
    return "CASE " + column + " " + WHEN_ISO2 + " ELSE " + column + " END";
  }

  private static final String WHEN_ISO2 = CountryCodes.iso2ToIso3().entrySet().stream().sorted(Map.Entry.comparingByKey())
      .map(e -> "WHEN '" + e.getKey() + "' THEN '" + e.getValue() + "'").collect(Collectors.joining(" "));

  /** Adds the place columns an older store lacks and rewrites its alpha-2 countries as alpha-3. */
  static void upgrade(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : DDL) s.execute(sql);
      s.execute("UPDATE events SET location_country = " + country("location_country") + " WHERE length(location_country) = 2");
    }
  }

  /** Binds the place columns from {@code i}; returns the next index. NULLs when the geo stage found no place. */
  static int bind(PreparedStatement ps, int i, Location l) throws SQLException {
    if (l == null) {
      int[] types = {Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
          Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
      for (int t : types) ps.setNull(i++, t);
      return i;
    }
    ps.setString(i++, l.name());
    ps.setDouble(i++, l.lat());
    ps.setDouble(i++, l.lon());
    ps.setString(i++, CountryCodes.iso3(l.country()));
    ps.setLong(i++, l.geonameId());
    ps.setString(i++, l.precision());
    ps.setString(i++, l.admin1());
    ps.setString(i++, l.featureCode());
    ps.setString(i++, l.fullName());
    ps.setString(i++, l.countryFips());
    return i;
  }

  /**
   * The stored place as the coder's {@link Location}, country alpha-2 as the coder gives it (the GDELT writer and
   * the JSON lines read it so), or null. An older store's row lacks admin1, feature code, full name and FIPS code.
   */
  static Location read(ResultSet r) throws SQLException {
    String name = r.getString("location_name");
    if (name == null) return null;
    String iso2 = CountryCodes.iso2(r.getString("location_country"));
    return new Location(name, (int) r.getLong("location_geonameid"), r.getDouble("location_lat"), r.getDouble("location_lon"),
        iso2 == null ? "" : iso2, text(r, "location_admin1"), text(r, "location_feature_code"), r.getString("location_precision"),
        text(r, "location_full_name").isEmpty() ? name : text(r, "location_full_name"), text(r, "location_country_fips"));
  }

  private static String text(ResultSet r, String column) throws SQLException {
    if (!hasColumn(r, column)) return "";
    String v = r.getString(column);
    return v == null ? "" : v;
  }

  private static boolean hasColumn(ResultSet r, String name) throws SQLException {
    var md = r.getMetaData();
    for (int i = 1; i <= md.getColumnCount(); i++) if (md.getColumnLabel(i).equalsIgnoreCase(name)) return true;
    return false;
  }
}
