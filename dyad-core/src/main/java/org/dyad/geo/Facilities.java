package org.dyad.geo;

import static org.dyad.geo.Words.capitalised;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.codebook.TsvFile;
import org.dyad.geo.Gazetteer.Candidate;
import org.dyad.nlp.Sentence;

/**
 * The geoparser's last step (issue 16, session 20): names of buildings, grounds and streets ("Thomas Memorial
 * Hospital", "Hampton Avenue"), which no gazetteer holds, are placed in their town. The town is the one the sentence
 * puts the name in ("… Hospital in Huntington"), else a town inside the name ("Seoul Central District Court"), else the
 * article's own town: its dateline's, else the one town it names more often than any other. A sentence that names
 * another town leaves the name unplaced: the article's town is then no safe guess. The names' head words are data
 * ({@code facilities.tsv}, checked at load with {@code file:line} errors), and so are the words that make no name
 * local by themselves ("Supreme Court", "National Museum": a country's, not a town's).
 */
record Facilities(Map<String, String> entries, List<String> errors) {
  static final String RESOURCE = "geo/facilities.tsv";
  private static final List<String> CLASSES = List.of("building", "seat", "ground", "street", "institution", "generic");
  private static final Set<String> HEADS = Set.of("building", "seat", "ground", "street");
  /** Words after a head that make the name a business's: "Bonanza Restaurant unit", "Steak 'n Egg Kitchen Restaurant chain". */
  private static final Set<String> BUSINESS = Set.of("unit", "chain", "division", "subsidiary", "operations", "business",
      "stores", "franchise", "brand");
  /** Words between a name and its town: "Memorial Hospital in Huntington", "Rest Acres Road, Paris". */
  private static final Set<String> TOWN_WORDS = Set.of("in", "at", "near", ",", "of");
  /** Capitalised words that open a sentence or a name and are no part of it. */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "at", "in", "on", "to", "from", "and", "or", "but");

  static Facilities shipped() {
    Facilities f = load(null);
    if (!f.errors().isEmpty()) throw new IllegalStateException(String.join("\n", f.errors()));
    return f;
  }

  /** The head words of {@code facilities.tsv}: from {@code dir} when it holds that file, else the built-in one. */
  static Facilities load(java.nio.file.Path dir) {
    TsvFile tsv = TsvFile.open(RESOURCE, dir, 2, 3);
    Map<String, String> entries = new HashMap<>();
    for (TsvFile.Row r : tsv.rows()) {
      String key = Names.key(r.col(0));
      String kind = r.col(1);
      if (key.isEmpty()) tsv.problem(r, "empty word");
      else if (!CLASSES.contains(kind)) tsv.problem(r, "unknown class '" + kind + "' (expected one of " + CLASSES + ")");
      else if (!kind.equals("institution") && key.contains(" ")) tsv.problem(r, "a head is one word: '" + r.col(0) + "'");
      else if (entries.putIfAbsent(key, kind) != null) tsv.problem(r, "'" + r.col(0) + "' is listed twice");
    }
    return new Facilities(Map.copyOf(entries), List.copyOf(tsv.problems()));
  }

  /** Replaces the mentions inside each placed facility name by one mention of the facility, placed in its town. */
  void place(String text, List<Sentence> sentences, List<Mention> mentions) {
    Place home = home(sentences, mentions);
    List<Mention> found = new ArrayList<>();
    for (Sentence s : sentences) {
      for (int j = 0; j < s.size(); j++) {
        int i = start(s, j);
        if (i < 0 || overlapsFound(found, s, i)) continue;
        String name = text.substring(s.token(i).begin(), s.token(j).end());
        if (company(text, name)) continue;
        // "School of Business", "Court of Appeals": a longer name, placed only by a town it opens with or is in; so is a
        // court, whatever its name ("Restrictive Practices Court" is a country's).
        boolean longer = j + 2 < s.size() && s.token(j + 1).lower().equals("of") && capitalised(s.token(j + 2));
        boolean seat = !entries.get(Names.key(s.token(j).word())).equals("building");
        Place town = town(s, i, j + 1, mentions, longer || seat ? null : home);
        if (town != null) found.add(new Mention(s, i, j + 1, name, "FACILITY", false, false, List.of(new Candidate(town, false))));
      }
    }
    for (Mention f : found) {
      mentions.removeIf(m -> m.sentence == f.sentence && m.from < f.to && f.from < m.to);
      mentions.add(f);
    }
    mentions.sort(Comparator.comparingInt((Mention m) -> m.start));
  }

  /** The first token of a facility's name whose head is token {@code j}, or -1 when {@code j} heads none. */
  private int start(Sentence s, int j) {
    String kind = entries.get(Names.key(s.token(j).word()));
    // "Mike Hall" is a person; "Hotel Corp" and "Street Journal" end in another word; "Restaurant unit" is a business.
    if (kind == null || !HEADS.contains(kind) || !capitalised(s.token(j)) || s.token(j).ner().equals("PERSON")
        || j + 1 < s.size() && (nameWord(s, j + 1) || BUSINESS.contains(s.token(j + 1).lower()))) {
      return -1;
    }
    int i = j;
    while (i > 0 && nameWord(s, i - 1)) i--;
    // "While Wall Street", "The Ramor Theatre": a word that opens the sentence and is no proper noun is not the name's.
    while (i < j && (OPENERS.contains(s.token(i).lower()) || !s.token(i).pos().startsWith("NNP") && !s.token(i).pos().equals("JJ"))) {
      i++;
    }
    if (i == j || generic(s, i, j)) return -1;
    for (int k = i; k < j; k++) if (entries.containsKey(key(s, k, j))) return -1; // "Monday's Wall Street"
    return i;
  }

  private static String key(Sentence s, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) b.append(k > from ? " " : "").append(s.token(k).word());
    return Names.key(b.toString());
  }

  /**
   * Whether the article names a company by these words anywhere ("Trump Hotel Corp", "Keller Graduate School of
   * Management Inc", "J.H. Rayner (Mincing Lane) Ltd").
   */
  private static boolean company(String text, String name) {
    String words = Pattern.quote(name) + "(?: of(?: [A-Z]\\w*)+)?\\)?,? (?:" + COMPANY + ")\\b";
    return Pattern.compile(words).matcher(text).find();
  }

  private static final String COMPANY = "Corp|Corporation|Inc|Co|Cos|Ltd|Plc|PLC|LLC|Group|Holdings|Associates|Partners|Publishing";

  /** A word of a name before its head: capitalised, or the possessive of one ("Alder Hey Children 's Hospital"). */
  private static boolean nameWord(Sentence s, int k) {
    String w = s.token(k).word();
    if (w.equals("'s") || w.equals("’s") || w.equals("&")) return k > 0 && nameWord(s, k - 1);
    return capitalised(s.token(k)) && !s.token(k).ner().equals("DATE") && !s.token(k).ner().equals("TITLE");
  }

  /** Whether every word before the head is generic ("Supreme Court", "High Court", "National Museum"). */
  private boolean generic(Sentence s, int from, int head) {
    for (int k = from; k < head; k++) if (!"generic".equals(entries.get(Names.key(s.token(k).word())))) return false;
    return true;
  }

  private static boolean overlapsFound(List<Mention> found, Sentence s, int i) {
    return !found.isEmpty() && found.get(found.size() - 1).sentence == s.index() && found.get(found.size() - 1).to > i;
  }

  /**
   * The facility's town: the one the sentence puts it in ("Sands Hotel and Casino in Atlantic City"), one that opens
   * its name, else the article's when the sentence names no other town; none when the sentence puts it in a country.
   */
  private static Place town(Sentence s, int from, int to, List<Mention> mentions, Place home) {
    Place inside = null;
    Place other = null;
    Mention after = null;
    for (Mention m : mentions) {
      if (m.sentence != s.index()) continue;
      boolean within = m.from >= from && m.to <= to;
      // "U.S. District Court", "Cavan County Council": a country in the name, or a subdivision opening it, is the
      // toponym to keep ("Fifth Circuit U.S. Court of Appeals" sits in no town the article names).
      if (within && !m.demonym && (m.place().isCountry() || m.from == from && !m.place().isCity() && !m.place().isRegion())) {
        return null;
      }
      if (!within && after == null && m.from > to && m.from <= to + 5 && between(s, to, m.from)) {
        after = m; // "Appeal Court in Luxembourg": no town of it
      }
      if (!m.place().isCity()) continue;
      // "Seoul Central District Court", "Chicago's Midway Airport": a town that opens the name and is either large or
      // a possessive; not "Superior" of "Bantam Superior Court", nor "Golden" of "Golden Nugget Casino Hotel".
      boolean possessive = m.to < to && (s.token(m.to).word().equals("'s") || s.token(m.to).word().equals("’s"));
      if (within && m.from == from && (m.place().population() >= 100_000 || possessive)) inside = m.place();
      else if (!within && !m.demonym) other = m.place();
    }
    // "New York's Kennedy Airport, Philadelphia, …": a town of the name before a list after it.
    boolean list = after != null && s.token(after.from - 1).word().equals(",");
    if (after != null && !(list && inside != null)) return after.place().isCity() ? after.place() : null;
    if (inside != null) return inside;
    return other == null || other.equals(home) ? home : null;
  }

  /**
   * Whether the words between a name and a place put it there: "in", "at", "near", "of" or a comma last, and before
   * them only capitalised words, "and" or a comma ("Sands Hotel and Casino in Atlantic City"; not "the Plaza Hotel in
   * 1985 and in Paris").
   */
  private static boolean between(Sentence s, int to, int at) {
    String last = s.token(at - 1).lower();
    if (!TOWN_WORDS.contains(last)) return false;
    for (int k = to; k < at - 1; k++) {
      String w = s.token(k).word();
      if (!capitalised(s.token(k)) && !w.equals("and") && !w.equals(",")) return false;
    }
    return true;
  }

  /**
   * The article's own town: the town it names most, at least twice and more than any other; a dateline's town (one
   * that opens one of its first two sentences before a comma or dash: "HUNTINGTON, W.Va. —") breaks a tie. A dateline
   * alone is a news bureau's town, not the story's ("NEW YORK" over a company anywhere).
   */
  static Place home(List<Sentence> sentences, List<Mention> mentions) {
    Map<Place, Integer> counts = new HashMap<>();
    Place dateline = null;
    for (Mention m : mentions) {
      if (m.demonym || !m.place().isCity()) continue;
      Sentence s = sentences.get(m.sentence);
      if (m.sentence <= 1 && m.from == 0 && m.to < s.size() && Set.of(",", "-", "--", "—", "–").contains(s.token(m.to).word())) {
        dateline = m.place();
      }
      counts.merge(m.place(), 1, Integer::sum);
    }
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (most < 2) return null;
    if (dateline != null && counts.get(dateline) == most) return dateline;
    List<Place> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
    return top.size() == 1 ? top.get(0) : null;
  }
}
