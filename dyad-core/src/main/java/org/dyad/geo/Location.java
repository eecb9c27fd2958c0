package org.dyad.geo;

/**
 * Where an event happened, as {@code dyad code} reports it. {@code precision} is "city", "admin1" or "country";
 * {@code fullName} ("Idlib, Syria") and {@code countryFips} (GDELT's FIPS 10-4 country code) feed the GDELT export.
 */
public record Location(String name, int geonameId, double lat, double lon, String country, String admin1, String featureCode,
    String precision, String fullName, String countryFips) {

  static Location of(Place p, Gazetteer gazetteer) {
    StringBuilder full = new StringBuilder(p.name());
    Place a1 = p.isCity() || p.isAdmin2() ? gazetteer.admin1(p.country(), p.admin1()) : null;
    if (a1 != null && !a1.name().equals(p.name())) full.append(", ").append(a1.name());
    Place c = p.isCountry() || p.isRegion() ? null : gazetteer.country(p.country());
    if (c != null) full.append(", ").append(c.name());
    return new Location(p.name(), p.geonameId(), p.lat(), p.lon(), p.country(), p.admin1(), p.featureCode(), p.precision(),
        full.toString(), p.country().isEmpty() ? "" : gazetteer.fips(p.country()));
  }
}
