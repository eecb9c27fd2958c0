package org.dyad.io;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.dyad.CodedEvent;
import org.dyad.events.ActorRef;
import org.dyad.geo.Location;

/**
 * The GDELT 2.0 events table layout: 61 tab-separated columns, filled where Dyad knows the value (ids, dates,
 * actors, codes, quad class, Goldstein, counts, URL) and empty elsewhere (tone, actor geography); ActionGeo_* from the geo stage.
 */
public final class GdeltEventWriter implements EventWriter {
  static final int COLUMNS = 61;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private final Writer out;
  private final String added = dateAdded(LocalDateTime.now());
  private long id;

  GdeltEventWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(CodedEvent e) throws IOException {
    out.write(line(e, ++id, added));
    out.write('\n');
  }

  /** DATEADDED's form, {@code yyyyMMddHHmmss}. */
  public static String dateAdded(LocalDateTime t) {
    return t.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
  }

  /**
   * One event as a GDELT row (no line end): {@code id} is GLOBALEVENTID, {@code added} DATEADDED. Public for
   * writers that number events themselves (the Spark job numbers them after coding, in input order).
   */
  public static String line(CodedEvent e, long id, String added) {
    return line(e, id, added, e.docId());
  }

  /** As {@link #line(CodedEvent, long, String)} with SOURCEURL {@code sourceUrl} (a store knows the article's URL). */
  public static String line(CodedEvent e, long id, String added, String sourceUrl) {
    String[] c = new String[COLUMNS];
    java.util.Arrays.fill(c, "");
    c[0] = String.valueOf(id);
    c[1] = e.date().format(DAY);
    c[2] = c[1].substring(0, 6);
    c[3] = c[1].substring(0, 4);
    c[4] = String.format(java.util.Locale.ROOT, "%.4f", e.date().getYear() + (e.date().getDayOfYear() - 1) / 365.0);
    actor(c, 5, e.source());
    actor(c, 15, e.target());
    c[25] = e.sentence() == 0 ? "1" : "0";
    c[26] = e.event().code();
    c[27] = e.event().code().substring(0, 3);
    c[28] = e.event().root();
    c[29] = String.valueOf(e.event().quadClass());
    c[30] = Double.isNaN(e.event().goldstein()) ? "" : String.valueOf(e.event().goldstein());
    c[31] = "1";
    c[32] = "1";
    c[33] = "1";
    actionGeo(c, e.location());
    c[59] = added;
    c[60] = sourceUrl;
    return String.join("\t", c);
  }

  /**
   * ActionGeo_Type, FullName, CountryCode (FIPS 10-4, as GDELT), ADM1Code (FIPS country + GeoNames admin1 code),
   * ADM2Code (empty), Lat, Long, FeatureID (the GeoNames id; empty for a county, which has none in the index). Types: 1 country, 2 US state, 3 US city, 4 world city,
   * 5 world state.
   */
  static void actionGeo(String[] c, Location l) {
    if (l == null) return;
    boolean us = l.country().equals("US");
    c[51] = switch (l.precision()) {
      case "city" -> us ? "3" : "4";
      case "admin1" -> us ? "2" : "5";
      default -> "1";
    };
    c[52] = l.fullName().replace('\t', ' ');
    c[53] = l.countryFips();
    c[54] = l.admin1().isEmpty() ? l.countryFips() : l.countryFips() + l.admin1();
    c[56] = String.format(java.util.Locale.ROOT, "%.4f", l.lat());
    c[57] = String.format(java.util.Locale.ROOT, "%.4f", l.lon());
    c[58] = l.geonameId() == 0 ? "" : String.valueOf(l.geonameId()); // counties from Census data carry no GeoNames id
  }

  private static void actor(String[] c, int at, ActorRef a) {
    if (a == null) return;
    String code = a.code();
    c[at] = code;
    // Actor1Name/Actor2Name: the display name (GDELT's names are upper case); the mention's words only when the
    // event was coded without names (an event read back from an older store).
    String name = a.name() == null ? a.text() : a.name();
    c[at + 1] = name.replace('\t', ' ').replace('\n', ' ').toUpperCase(java.util.Locale.ROOT);
    String country = code.substring(0, 3);
    if (!country.equals("---") && !country.equals("IGO") && !country.equals("NGO") && !country.equals("IMG")) c[at + 2] = country;
    else if (country.equals("IGO") || country.equals("NGO") || country.equals("IMG")) c[at + 3] = code.substring(3);
    if (code.length() >= 6 && !country.equals("IGO") && !country.equals("NGO") && !country.equals("IMG")) c[at + 7] = code.substring(3, 6);
    if (code.length() >= 9) c[at + 8] = code.substring(6, 9);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
