package org.dyad.geo;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dyad's one country code system is ISO 3166-1 alpha-3, as CAMEO actor codes use ("SYR"); the gazetteer keys
 * places by alpha-2 ("SY"), and GDELT wants FIPS 10-4 ({@link Location#countryFips()}). The alpha-2 to alpha-3 table
 * is the JDK's copy of ISO 3166; Kosovo, which ISO has not coded, is XK / XKX as in the actor dictionary.
 */
public final class CountryCodes {
  private static final Map<String, String> ISO3;
  private static final Map<String, String> ISO2;
  private static final Set<String> ALL_ISO3;

  static {
    Map<String, String> m = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) m.put(iso2, new Locale("", iso2).getISO3Country());
    m.put("XK", "XKX");
    ISO3 = Map.copyOf(m);
    Map<String, String> back = new HashMap<>();
    m.forEach((two, three) -> back.put(three, two));
    ISO2 = Map.copyOf(back);
    ALL_ISO3 = Collections.unmodifiableSet(new TreeSet<>(m.values()));
  }

  private CountryCodes() {}

  /** The alpha-3 code of an alpha-2 one ("SY" → "SYR"); an alpha-3 code is returned as it is; null or "" for none. */
  public static String iso3(String code) {
    if (code == null || code.isEmpty()) return code;
    String upper = code.toUpperCase(Locale.ROOT);
    if (upper.length() == 3) return upper;
    return ISO3.get(upper);
  }

  /** The alpha-2 code of an alpha-3 one ("SYR" → "SY"); an alpha-2 code is returned as it is; null or "" for none. */
  public static String iso2(String code) {
    if (code == null || code.isEmpty()) return code;
    String upper = code.toUpperCase(Locale.ROOT);
    if (upper.length() == 2) return upper;
    return ISO2.get(upper);
  }

  /** Every alpha-2 code with its alpha-3 code. */
  public static Map<String, String> iso2ToIso3() {
    return ISO3;
  }

  /** Whether the code is a country's alpha-3 code (not "---", "IGO" or a CAMEO region such as "AFR"). */
  public static boolean isCountry(String iso3) {
    return iso3 != null && ALL_ISO3.contains(iso3);
  }

  /** Every country's alpha-3 code, sorted. */
  public static Set<String> all() {
    return ALL_ISO3;
  }
}
