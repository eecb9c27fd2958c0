package org.dyad.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * GeoNames places by name: countries, first-level subdivisions, continents and populated places of 500 people or
 * more. Read from the compact index that {@link GazetteerBuilder} writes at build time from GeoNames data fetched by
 * package name (see the README); immutable once loaded.
 */
public final class Gazetteer {
  static final String RESOURCE = "/org/dyad/geo/gazetteer.bin";
  static final int MAGIC = 0x44474131; // "DGA1"

  /** A place a name can stand for; {@code primary} when the name is the place's own, not an alternate. */
  public record Candidate(Place place, boolean primary) {}

  private final Place[] places;
  private final Map<String, int[]> names;
  private final Map<String, Place> demonyms;
  private final Map<String, String> fips;
  private final Map<String, Place> countries = new HashMap<>();
  private final Map<String, Place> admin1 = new HashMap<>();

  Gazetteer(Place[] places, Map<String, int[]> names, Map<String, Place> demonyms, Map<String, String> fips) {
    this.fips = fips;
    this.places = places;
    this.names = names;
    this.demonyms = demonyms;
    for (Place p : places) {
      if (p.isCountry()) countries.put(p.country(), p);
      else if (p.isAdmin1()) admin1.put(p.country() + "." + p.admin1(), p);
    }
  }

  /** The index on the class path, as the build wrote it. */
  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer index " + RESOURCE + " is not on the class path: it is built by the "
            + "dyad-core build (mvn -pl dyad-core process-classes), which needs npm");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer index " + RESOURCE, e);
    }
  }

  static Gazetteer read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) throw new IOException("not a Dyad gazetteer index (bad magic number)");
    String[] strings = new String[in.readInt()];
    for (int i = 0; i < strings.length; i++) strings[i] = in.readUTF();
    Place[] places = new Place[in.readInt()];
    for (int i = 0; i < places.length; i++) {
      places[i] = new Place(in.readInt(), strings[in.readInt()], in.readFloat(), in.readFloat(), strings[in.readInt()],
          strings[in.readInt()], strings[in.readInt()], in.readLong());
    }
    int n = in.readInt();
    Map<String, int[]> names = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String key = in.readUTF();
      int[] ids = new int[in.readUnsignedShort()];
      for (int k = 0; k < ids.length; k++) ids[k] = in.readInt();
      names.put(key, ids);
    }
    int d = in.readInt();
    Map<String, Place> demonyms = new HashMap<>();
    for (int i = 0; i < d; i++) demonyms.put(in.readUTF(), places[in.readInt()]);
    int f = in.readInt();
    Map<String, String> fips = new HashMap<>();
    for (int i = 0; i < f; i++) fips.put(in.readUTF(), in.readUTF());
    return new Gazetteer(places, names, demonyms, fips);
  }

  /** Writes the index in the format {@link #read} reads: the one definition of the format, beside its reader. */
  static void write(OutputStream raw, List<Place> places, Map<String, Map<Integer, Boolean>> names, Map<String, Integer> demonyms,
      Map<String, String> fips) throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    for (Place p : places) {
      for (String s : new String[] {p.name(), p.country(), p.admin1(), p.featureCode()}) strings.putIfAbsent(s, strings.size());
    }
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
      out.writeInt(Gazetteer.MAGIC);
      out.writeInt(strings.size());
      for (String s : strings.keySet()) out.writeUTF(s);
      out.writeInt(places.size());
      for (Place p : places) {
        out.writeInt(p.geonameId());
        out.writeInt(strings.get(p.name()));
        out.writeFloat((float) p.lat());
        out.writeFloat((float) p.lon());
        out.writeInt(strings.get(p.country()));
        out.writeInt(strings.get(p.admin1()));
        out.writeInt(strings.get(p.featureCode()));
        out.writeLong(p.population());
      }
      out.writeInt(names.size());
      for (var e : names.entrySet()) {
        out.writeUTF(e.getKey());
        Set<Map.Entry<Integer, Boolean>> ids = new LinkedHashSet<>(e.getValue().entrySet());
        out.writeShort(Math.min(ids.size(), 65535));
        int k = 0;
        for (var id : ids) {
          if (k++ == 65535) break;
          out.writeInt(id.getValue() ? id.getKey() : ~id.getKey());
        }
      }
      out.writeInt(demonyms.size());
      for (var e : demonyms.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue());
      }
      out.writeInt(fips.size());
      for (var e : fips.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
    }
  }

  /** Every place the name can stand for (case, accents and dots ignored). */
  public List<Candidate> lookup(String name) {
    int[] ids = names.get(Names.key(name));
    if (ids == null) return List.of();
    List<Candidate> out = new ArrayList<>(ids.length);
    for (int id : ids) out.add(new Candidate(places[id < 0 ? ~id : id], id >= 0));
    return out;
  }

  public boolean contains(String name) {
    return names.containsKey(Names.key(name));
  }

  /** The country or continent whose people the words name ("Turkish", "Syrians", "European"), or null. */
  public Place demonym(String word) {
    return demonyms.get(Names.key(word));
  }

  public Place country(String iso2) {
    return countries.get(iso2);
  }

  public Place admin1(String iso2, String code) {
    return admin1.get(iso2 + "." + code);
  }

  /** The FIPS 10-4 code GDELT uses for the country ("TU" for "TR"), or the ISO code where none is known. */
  public String fips(String iso2) {
    return fips.getOrDefault(iso2, iso2);
  }

  public int size() {
    return places.length;
  }
}
