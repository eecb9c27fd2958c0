package org.dyad.geo;

/**
 * One gazetteer entry, a GeoNames feature: a country ({@code PCLI}), a first-level subdivision ({@code ADM1}), a
 * second-level subdivision ({@code ADM2}: a county, département or province), a continent or world region
 * ({@code CONT}, {@code RGN}), an ocean or sea ({@code OCN}, {@code GULF}) or a populated place ({@code PPL…}).
 * {@code admin1} is GeoNames' admin1 code, empty for all but towns and subdivisions; {@code country} is ISO-3166
 * alpha-2, empty for continents and seas. {@code geonameId} is 0 for second-level subdivisions from sources that
 * carry no GeoNames id (US Census counties, country-state-city's counties and provinces).
 */
public record Place(int geonameId, String name, double lat, double lon, String country, String admin1, String featureCode,
    long population) {

  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  public boolean isAdmin1() {
    return featureCode.equals("ADM1");
  }

  /** A county, département or province: below a first-level subdivision, above its towns. */
  public boolean isAdmin2() {
    return featureCode.equals("ADM2");
  }

  /** A continent, ocean or sea: a place above or outside countries (empty {@code country}). */
  public boolean isRegion() {
    return country.isEmpty();
  }

  public boolean isCity() {
    return featureCode.startsWith("PPL");
  }

  /**
   * "city", "admin1" or "country" (continents and seas count as "country": coarser than any admin1; a county counts
   * as "admin1": coarser than a town, and the contract has no finer subdivision level).
   */
  public String precision() {
    return isCity() ? "city" : isAdmin1() || isAdmin2() ? "admin1" : "country";
  }

  /** Great-circle distance in kilometres. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  public double km(Place o) {
    return km(lat, lon, o.lat, o.lon);
  }

  public double km(double lat2, double lon2) {
    return km(lat, lon, lat2, lon2);
  }
}
