package org.dyad.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which events to select. Every field is optional (null or empty: no constraint). Values become SQL parameters,
 * never SQL text, so a filter cannot change the query's shape beyond the fixed clauses below.
 */
public record EventFilter(LocalDate from, LocalDate to, String source, String target, String sourceCountry, String targetCountry,
    String country, String code, List<String> roots, List<Integer> quadClasses, String place, String placeCountry, String text,
    Double minConfidence, List<String> actorWords) {

  /** The query parameters this filter reads, in the API and in {@code dyad export} ({@link FilterParam}'s names). */
  public static final List<String> PARAMETERS = FilterParam.apiNames();

  public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null, null,
      List.of());

  private static final Pattern ACTOR = Pattern.compile("[A-Z0-9-]{3,15}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z-]{3}");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final int MAX_LIST = 20;
  private static final int MAX_TEXT = 200;

  public EventFilter {
    roots = roots == null ? List.of() : List.copyOf(roots);
    quadClasses = quadClasses == null ? List.of() : List.copyOf(quadClasses);
    actorWords = actorWords == null ? List.of() : List.copyOf(actorWords);
  }

  /** Reads a filter from named parameters (null when absent); bad values are reported by name. */
  public static EventFilter parse(Function<String, String> p) {
    LocalDate from = date(p, "from"), to = date(p, "to");
    if (from != null && to != null && from.isAfter(to)) throw new BadParameterException("from", "is after 'to' (" + from + " > " + to + ")");
    List<String> roots = new ArrayList<>();
    for (String r : list(p, "root")) roots.add(match("root", r, CODE));
    List<Integer> quads = new ArrayList<>();
    for (String q : list(p, "quad_class")) {
      if (!q.matches("[1-4]")) throw new BadParameterException("quad_class", "must be 1, 2, 3 or 4 (or a comma-separated list of them), got '" + q + "'");
      quads.add(Integer.parseInt(q));
    }
    Double minConf = null;
    String mc = blankToNull(p.apply("min_confidence"));
    if (mc != null) {
      try {
        minConf = Double.parseDouble(mc);
      } catch (NumberFormatException e) {
        minConf = Double.NaN;
      }
      if (minConf.isNaN() || minConf < 0 || minConf > 1) throw new BadParameterException("min_confidence", "must be a number from 0 to 1, got '" + mc + "'");
    }
    return new EventFilter(from, to, actor(p, "source"), actor(p, "target"), country(p, "source_country"), country(p, "target_country"),
        country(p, "country"), code(p), roots, quads, text(p, "place"), country(p, "place_country"), words(p, "q"), minConf, actorWords(p));
  }

  /**
   * The WHERE clause (with its leading " WHERE ", or "" when nothing is filtered) over events aliased {@code e}.
   * The text filter is {@code text}, a fixed condition chosen by {@link EventSelection} with its parameters.
   */
  String where(List<Object> params, String textCondition, List<Object> textParams, boolean nameColumns) {
    List<String> c = new ArrayList<>();
    if (from != null) { c.add("e.date >= ?"); params.add(java.sql.Date.valueOf(from)); }
    if (to != null) { c.add("e.date <= ?"); params.add(java.sql.Date.valueOf(to)); }
    if (source != null) { c.add("e.source_code = ?"); params.add(source); }
    if (target != null) { c.add("e.target_code = ?"); params.add(target); }
    if (sourceCountry != null) { c.add("e.source_country = ?"); params.add(sourceCountry); }
    if (targetCountry != null) { c.add("e.target_country = ?"); params.add(targetCountry); }
    if (country != null) { c.add("(e.source_country = ? OR e.target_country = ?)"); params.add(country); params.add(country); }
    if (code != null) { c.add("starts_with(e.event_code, ?)"); params.add(code); }
    if (!roots.isEmpty()) { c.add("e.event_root IN (" + marks(roots.size()) + ")"); params.addAll(roots); }
    if (!quadClasses.isEmpty()) { c.add("e.quad_class IN (" + marks(quadClasses.size()) + ")"); params.addAll(quadClasses); }
    // contains(lower(..)) rather than ILIKE: several times faster in DuckDB, and '%' or '_' in the words are literal.
    if (place != null) { c.add("contains(lower(e.location_name), lower(?))"); params.add(place); }
    // An older store opened read-only still holds ISO-2 place countries.
    if (placeCountry != null) { c.add("e.location_country IN (?, ?)"); params.add(placeCountry); params.add(String.valueOf(org.dyad.geo.CountryCodes.iso2(placeCountry))); }
    if (text != null) {
      c.add(textCondition);
      params.addAll(textParams);
    }
    if (minConfidence != null) { c.add("e.confidence >= ?"); params.add(minConfidence); }
    if (!actorWords.isEmpty()) c.add("(" + actorWords("source", nameColumns, params) + " OR " + actorWords("target", nameColumns, params) + ")");
    return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
  }

  /**
   * Every word in one side's name or mention text. A store written before names were stored and opened read-only
   * has no name columns: there the words are looked for in the text alone.
   */
  private String actorWords(String side, boolean nameColumns, List<Object> params) {
    String hay = nameColumns ? "lower(coalesce(e." + side + "_name, '') || ' ' || coalesce(e." + side + "_text, ''))" : "lower(coalesce(e." + side + "_text, ''))";
    List<String> c = new ArrayList<>();
    for (String w : actorWords) {
      c.add("contains(" + hay + ", ?)");
      params.add(w);
    }
    return "(" + String.join(" AND ", c) + ")";
  }

  /** actor_name's words in lower case: split at spaces and at the marks that join names to their qualifiers. */
  private static List<String> actorWords(Function<String, String> p) {
    String v = text(p, "actor_name");
    if (v == null) return List.of();
    List<String> out = new ArrayList<>();
    for (String w : v.toLowerCase(java.util.Locale.ROOT).split("[\\s,;()—]+")) if (!w.isBlank()) out.add(w);
    if (out.isEmpty()) throw new BadParameterException("actor_name", "has no words to look for: '" + shorten(v) + "'");
    if (out.size() > MAX_LIST) throw new BadParameterException("actor_name", "at most " + MAX_LIST + " words");
    return out;
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static LocalDate date(Function<String, String> p, String name) {
    String v = blankToNull(p.apply(name));
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadParameterException(name, "must be a date YYYY-MM-DD, got '" + shorten(v) + "'");
    }
  }

  private static List<String> list(Function<String, String> p, String name) {
    String v = blankToNull(p.apply(name));
    if (v == null) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : v.split(",")) if (!s.isBlank()) out.add(s.strip());
    if (out.size() > MAX_LIST) throw new BadParameterException(name, "at most " + MAX_LIST + " values");
    return out;
  }

  private static String match(String name, String v, Pattern p) {
    if (!p.matcher(v).matches()) throw new BadParameterException(name, "'" + shorten(v) + "' is not a valid value (expected " + p.pattern() + ")");
    return v;
  }

  private static String actor(Function<String, String> p, String name) {
    String v = blankToNull(p.apply(name));
    return v == null ? null : match(name, v.toUpperCase(java.util.Locale.ROOT), ACTOR);
  }

  /** A country filter: ISO-3 (as actor codes and places are stored); an ISO-2 code is accepted and read as its ISO-3 one. */
  private static String country(Function<String, String> p, String name) {
    String v = blankToNull(p.apply(name));
    if (v == null) return null;
    String upper = v.toUpperCase(java.util.Locale.ROOT);
    if (upper.matches("[A-Z]{2}")) {
      String iso3 = org.dyad.geo.CountryCodes.iso3(upper);
      if (iso3 == null) throw new BadParameterException(name, "'" + shorten(v) + "' is no ISO 3166 country code (expected ISO-3, such as SYR)");
      return iso3;
    }
    return match(name, upper, COUNTRY);
  }

  private static String code(Function<String, String> p) {
    String v = blankToNull(p.apply("code"));
    return v == null ? null : match("code", v, CODE);
  }

  private static String text(Function<String, String> p, String name) {
    String v = blankToNull(p.apply(name));
    if (v != null && v.length() > MAX_TEXT) throw new BadParameterException(name, "at most " + MAX_TEXT + " characters");
    return v;
  }

  /** Free text that must hold a word: what the text filter looks for are words ({@link SentenceQuery}). */
  private static String words(Function<String, String> p, String name) {
    String v = text(p, name);
    if (v != null && !SentenceQuery.hasWords(v)) throw new BadParameterException(name, "has no words to look for (letters or digits): '" + shorten(v) + "'");
    return v;
  }

  static String shorten(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  /**
   * Sort orders the API accepts: name → ORDER BY clause (a fixed list, never user text). They name only id, date,
   * goldstein, confidence and num_mentions, the columns the events list keeps when it selects a text filter's
   * events once ({@code -mentions}: the most reported first).
   */
  public static final java.util.Map<String, String> SORTS = java.util.Map.of(
      "date", "e.date, e.id", "-date", "e.date DESC, e.id DESC",
      "goldstein", "e.goldstein, e.id", "-goldstein", "e.goldstein DESC, e.id",
      "confidence", "e.confidence, e.id", "-confidence", "e.confidence DESC, e.id",
      "mentions", "e.num_mentions, e.id", "-mentions", "e.num_mentions DESC, e.id",
      "id", "e.id");

}
