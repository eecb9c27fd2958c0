package org.dyad.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.geo.Gazetteer.Candidate;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds place names in tagged sentences and resolves each to a GeoNames place.
 *
 * <p>Recognition: CoreNLP's place tags (LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY), demonyms (NATIONALITY:
 * "Turkish" names Turkey, as a metonym), and capitalised words the tagger missed that name a country, subdivision,
 * continent or large city. Resolution scores every candidate by feature importance and population, then by the
 * article's context: a qualifier ("Paris, Texas"), "province of Idlib", the countries and subdivisions the rest of
 * the article names, and nearness to its other places; a name keeps one sense through the article.
 */
public final class Geoparser {
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
  private static final Set<String> ADMIN_WORDS = Set.of("province", "governorate", "state", "region", "oblast", "prefecture",
      "provinces", "regions");
  /** Words after a capital or a country that make it an actor, not a place ("Washington suspended", "Ankara has"). */
  private static final Set<String> NOT_AFTER_METONYM = Set.of("in", "at", "to", "from", "near", "outside", "across", "into",
      "of", "around", "through");
  private static final int MAX_WORDS = 5;
  /** Prefixes of one-token words such as "anti-Russian" or "pro-EU". */
  private static final Set<String> PREFIXES = Set.of("anti", "pro", "ex", "non", "post", "pre", "pan", "neo", "mid");
  /** Capitalised words before a demonym that make it name other people ("Central American"). */
  private static final Set<String> OTHER_PEOPLE = Set.of("central", "latin", "native", "north", "south");
  private static final Set<String> COUNTY_WORDS = Set.of("county", "co.", "parish", "borough", "district", "township");
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "middle", "upper", "lower", "greater", "new", "great", "federal", "st", "st.", "saint", "lake", "mount", "river",
      "peninsula", "valley", "coast", "union", "street", "road", "square", "park", "city", "county", "border", "island");
  /** Untagged capitalised words count only when they name something this large (or a country or subdivision). */
  private static final long UNTAGGED_MIN_POPULATION = 100_000;
  /** ... or a town this large in a subdivision the article names, or this large in a country it names. */
  private static final long LOCAL_MIN_POPULATION = 1_000;
  private static final long NATIONAL_MIN_POPULATION = 20_000;

  /** Words before a name that say it is a place ("in UAE", "from CAR"): evidence for an acronym. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "to", "into", "across", "outside",
      "inside", "around", "throughout", "toward", "towards");
  /** A town this small, in a country the rest of the article never names, is a homonym abroad ("Mayadin", Ukraine). */
  private static final long HOMONYM_MAX_POPULATION = 100_000;

  private final Gazetteer gazetteer;
  private final NotPlaces notPlaces;
  private final Set<String> aliases;

  public Geoparser(Gazetteer gazetteer) {
    this(gazetteer, NotPlaces.shipped());
  }

  public Geoparser(Gazetteer gazetteer, NotPlaces notPlaces) {
    this.gazetteer = gazetteer;
    this.notPlaces = notPlaces;
    this.aliases = aliasKeys();
  }

  /** The first column of {@code aliases.tsv}: abbreviations such as "UAE", "DRC" that are places by themselves. */
  private static Set<String> aliasKeys() {
    Set<String> out = new java.util.HashSet<>();
    try (var in = Geoparser.class.getResourceAsStream("/org/dyad/geo/aliases.tsv")) {
      if (in == null) throw new IllegalStateException("missing resource /org/dyad/geo/aliases.tsv");
      new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> out.add(Names.key(l.split("\t", -1)[0])));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** One found name with its candidates, before resolution. */
  private static final class Mention {
    final int sentence;
    final int from;
    final int to;
    final int start;
    final int end;
    final String text;
    final String key;
    final String tag;
    final boolean demonym;
    final boolean adminCue;
    final List<Candidate> candidates;
    Mention qualifier;
    double[] scores;

    Mention(Sentence s, int from, int to, String text, String tag, boolean demonym, boolean adminCue, List<Candidate> candidates) {
      this(s, from, to, s.token(from).begin(), s.token(to - 1).end(), text, tag, demonym, adminCue, candidates);
    }

    Mention(Sentence s, int from, int to, int start, int end, String text, String tag, boolean demonym, boolean adminCue,
        List<Candidate> candidates) {
      this.sentence = s.index();
      this.from = from;
      this.to = to;
      this.start = start;
      this.end = end;
      this.text = text;
      this.key = demonym ? "#" + candidates.get(0).place().geonameId() : Names.key(text);
      this.tag = tag;
      this.demonym = demonym;
      this.adminCue = adminCue;
      this.candidates = candidates;
      this.scores = new double[candidates.size()];
    }

    int best() {
      int b = 0;
      for (int i = 1; i < scores.length; i++) if (scores[i] > scores[b]) b = i;
      return b;
    }

    Place place() {
      return candidates.get(best()).place();
    }
  }

  public List<Toponym> parse(String text, List<Sentence> sentences) {
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : sentences) find(text, s, mentions);
    Set<String> surnames = surnames(sentences);
    mentions.removeIf(m -> !evidence(sentences.get(m.sentence), m, surnames));
    if (mentions.isEmpty()) return List.of();
    qualify(mentions, sentences);
    resolve(mentions);
    // Second look: towns the tagger missed, in the subdivisions the article is about ("Red Deer", "Innisfail").
    Set<String> admins = new java.util.HashSet<>();
    for (Mention m : mentions) {
      Place p = m.place();
      if (p.isAdmin1() || p.isAdmin2() || p.isCity()) admins.add(p.country() + "." + p.admin1());
      if (!p.isRegion()) admins.add(p.country());
    }
    int before = mentions.size();
    for (Sentence s : sentences) local(text, s, mentions, admins);
    mentions.removeIf(m -> !evidence(sentences.get(m.sentence), m, surnames));
    if (mentions.size() > before) {
      mentions.sort(java.util.Comparator.comparingInt((Mention m) -> m.start));
      qualify(mentions, sentences);
      resolve(mentions);
    }
    abroad(mentions);
    List<Toponym> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      int b = m.best();
      double second = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < m.scores.length; i++) if (i != b) second = Math.max(second, m.scores[i]);
      double margin = second == Double.NEGATIVE_INFINITY ? 4 : m.scores[b] - second;
      double confidence = Math.round(1000 / (1 + Math.exp(-margin / 1.5))) / 1000.0;
      Place p = m.candidates.get(b).place();
      String kind = m.demonym || metonym(sentences.get(m.sentence), m, p) ? "metonym" : "literal";
      out.add(new Toponym(m.sentence, m.from, m.to, m.start, m.end, m.text, p, kind, confidence));
    }
    return out;
  }

  // ---- recognition ----

  /**
   * Whether the sentence supports reading the words as a place (issue 16): not a lower-case word; not a word of
   * {@code not-places.tsv} alone; not part of a person's name (a PERSON-tagged word in or beside it: "Florence
   * Parly", "Mustafa Bali"); inside an organisation's name only when it names a country, subdivision, region or
   * large town ("U.S. Mission" holds the U.S., "Central Command" no Central); and an acronym only when it is a known
   * alias, follows a preposition of place, or opens a dateline ("UN" is no place, "UAE" is).
   */
  private boolean evidence(Sentence s, Mention m, Set<String> surnames) {
    if (m.demonym) return !person(s, m.from) && !person(s, m.to - 1);
    if (!Character.isUpperCase(m.text.codePointAt(0)) && !Character.isDigit(m.text.codePointAt(0))) return false;
    boolean one = m.to - m.from == 1;
    // The whole mention, so that "Central" drops "Central" but not "Central African Republic", and "White House" drops.
    if (notPlaces.contains(m.text)) return false;
    // A place whose every name here is an acronym is written in capitals: "Sanctions Act" holds no ACT (Australia).
    if (!acronym(m.text) && !m.candidates.isEmpty()
        && m.candidates.stream().allMatch(c -> acronym(c.place().name()) && Names.key(c.place().name()).equals(m.key))) {
      return false;
    }
    // A country, or a subdivision the tagger calls one, stays, even beside a name ("Coordinator for Myanmar Andrew").
    boolean sure = m.candidates.stream().anyMatch(c -> c.primary() && c.place().isCountry())
        || m.tag.equals("STATE_OR_PROVINCE") && m.candidates.stream().anyMatch(c -> c.primary() && c.place().isAdmin1());
    if (!sure) {
      for (int k = m.from; k < m.to; k++) if (person(s, k)) return false;
      if (m.from > 0 && person(s, m.from - 1) || m.to < s.size() && person(s, m.to)) return false;
      // "Minister of Armed Forces Florence Parly": between a title (and the words of its office) and a capitalised
      // word is a person's name.
      if (one && titled(s, m.from - 1) && m.to < s.size() && capitalised(s.token(m.to))
          && !s.token(m.to).ner().equals("TITLE")) {
        return false;
      }
      // "Minister of Armed Forces Florence Parly" tagged as one organisation: a word after an office ("... of Armed
      // Forces") and before the capitalised word that ends the name is a given name before a surname ("The
      // Washington Post" keeps Washington).
      if (one && inOrganisation(s, m.from - 1) && office(s, m.from - 1) && inOrganisation(s, m.to)
          && capitalised(s.token(m.to)) && !inOrganisation(s, m.to + 1)) {
        return false;
      }
      // "Towson said" after "Jeffrey Towson": a surname of the article is a person throughout it.
      if (one && surnames.contains(Names.key(m.text)) && m.candidates.stream().noneMatch(c -> c.place().featureCode().equals("PPLC"))) {
        return false;
      }
    }
    // "Gulf of Guinea", "University of Alberta": the head of a longer name is not a place by itself.
    boolean placeWord = m.from > 0 && PLACE_PREPOSITIONS.contains(s.token(m.from - 1).lower());
    if (one && !placeWord && partOfName(s, m.from, m.to) && m.candidates.stream().noneMatch(c -> c.primary() && c.place().isCountry())) {
      return false;
    }
    // Inside or beside an organisation's name a place keeps its own name ("Venice Commission", "Beverly Hills Police"),
    // not another spelling of it ("Human Rights Watch" is no Uman, "Xinhua" no Shangmei).
    boolean org = m.from > 0 && s.token(m.from - 1).ner().equals("ORGANIZATION") && capitalised(s.token(m.from - 1))
        || m.to < s.size() && s.token(m.to).ner().equals("ORGANIZATION") && capitalised(s.token(m.to));
    for (int k = m.from; k < m.to; k++) org |= s.token(k).ner().equals("ORGANIZATION");
    if (org && m.candidates.stream().noneMatch(c -> c.primary() || ownName(m.key, c.place()))) return false;
    // An acronym the place data itself gives a country, subdivision or region ("UAE", "EU") is evidence enough.
    if (one && acronym(m.text) && !aliases.contains(Names.key(m.text))
        && m.candidates.stream().noneMatch(c -> c.primary() && !c.place().isCity())) {
      boolean dateline = m.from <= 1 && m.to < s.size() && !Character.isLetterOrDigit(s.token(m.to).word().charAt(0));
      boolean shouted = m.to < s.size() && upper(s.token(m.to).word()) || m.from > 0 && upper(s.token(m.from - 1).word());
      return placeWord || dateline || shouted;
    }
    return true;
  }

  /** The last words of the article's names of persons of two words or more ("Jeffrey Towson"). */
  private static Set<String> surnames(List<Sentence> sentences) {
    Set<String> out = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        if (!person(s, i)) continue;
        int j = i;
        while (j + 1 < s.size() && person(s, j + 1)) j++;
        if (j > i) out.add(Names.key(s.token(j).word()));
        i = j;
      }
    }
    return out;
  }

  /** Whether the place is called by these words ("Enfield" for Enfield Town, "Afrin" for ‘Afrīn), not merely known by them. */
  private static boolean ownName(String key, Place p) {
    return letters(Names.key(p.name())).startsWith(letters(key));
  }

  private static String letters(String s) {
    return s.replaceAll("[^\\p{L}]", "");
  }

  /**
   * Whether token {@code k} ends a title and its office: "Minister", "Minister of Armed Forces". Not across a
   * person ("Mayor Philippe Roy and Montreal East") or an article ("president of the Alberta Liquor Store
   * Association" keeps Alberta).
   */
  private static boolean titled(Sentence s, int k) {
    for (; k >= 0; k--) {
      Token t = s.token(k);
      if (t.ner().equals("TITLE")) return true;
      if (person(s, k) || !capitalised(t) && !OFFICE_JOINERS.contains(t.lower())) return false;
    }
    return false;
  }

  private static final Set<String> OFFICE_JOINERS = Set.of("of", "for");

  /** Whether capitalised words ending at token {@code k} follow "of" or "for": "Minister of Armed Forces". */
  private static boolean office(Sentence s, int k) {
    for (; k >= 0 && capitalised(s.token(k)); k--) {
      if (k > 0 && OFFICE_JOINERS.contains(s.token(k - 1).lower())) return true;
    }
    return false;
  }

  private static boolean inOrganisation(Sentence s, int k) {
    return k >= 0 && k < s.size() && s.token(k).ner().equals("ORGANIZATION");
  }

  private static boolean person(Sentence s, int k) {
    return s.token(k).ner().equals("PERSON") && capitalised(s.token(k));
  }

  /** A word of two or more letters, all capitals: a headline's ("BONN SERIOUS ABOUT CURRENCY PACT"). */
  private static boolean upper(String w) {
    return w.length() > 1 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Two to five capital letters and nothing else ("UN", "CAR", "NATO"). */
  private static boolean acronym(String w) {
    return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /**
   * Homonyms abroad: a town of under 100,000 people, without a qualifier, in a country that none of the article's
   * other names is in, while two or more of them place the article in one other country ("Mayadin" resolved to Ukraine in an article
   * whose every other place is in Syria) is dropped: the gazetteer lacks the right one, and no place is better than
   * a wrong one.
   */
  private static void abroad(List<Mention> mentions) {
    Map<String, Set<String>> countriesByKey = new HashMap<>();
    for (Mention m : mentions) {
      Place p = m.place();
      if (!m.demonym && !p.isRegion() && !p.country().isEmpty()) {
        countriesByKey.computeIfAbsent(m.key, k -> new java.util.HashSet<>()).add(p.country());
      }
    }
    mentions.removeIf(m -> {
      Place p = m.place();
      if (m.demonym || m.qualifier != null || !p.isCity() || p.population() >= HOMONYM_MAX_POPULATION || p.featureCode().equals("PPLC")) {
        return false;
      }
      Map<String, Integer> names = new HashMap<>(); // the article's other names, by country
      for (var e : countriesByKey.entrySet()) {
        if (e.getKey().equals(m.key)) continue;
        if (e.getValue().contains(p.country())) return false;
        for (String c : e.getValue()) names.merge(c, 1, Integer::sum);
      }
      boolean elsewhere = names.values().stream().anyMatch(n -> n >= 2);
      return elsewhere;
    });
  }

  private static void qualify(List<Mention> mentions, List<Sentence> sentences) {
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention a = mentions.get(i);
      Mention b = mentions.get(i + 1);
      Sentence s = sentences.get(a.sentence);
      a.qualifier = null;
      if (b.sentence == a.sentence && b.from == a.to + 1 && s.token(a.to).word().equals(",") && !b.demonym) a.qualifier = b;
    }
  }

  /** Untagged capitalised words naming a town of a subdivision (or a larger town of a country) the article names. */
  private void local(String text, Sentence s, List<Mention> mentions, Set<String> admins) {
    boolean[] taken = new boolean[s.size()];
    for (Mention m : mentions) {
      if (m.sentence == s.index()) for (int k = m.from; k < m.to; k++) taken[k] = true;
    }
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (taken[i] || !capitalised(t) || !nameLike(t) || (i == 0 && t.ner().equals("O"))) continue;
      for (int j = Math.min(s.size(), i + MAX_WORDS - 1); j > i; j--) {
        boolean ok = true;
        for (int k = i; k < j && ok; k++) ok = !taken[k] && capitalised(s.token(k)) && nameLike(s.token(k));
        if (!ok) continue;
        List<Candidate> c = new ArrayList<>();
        for (Candidate x : gazetteer.lookup(text.substring(t.begin(), s.token(j - 1).end()))) {
          Place p = x.place();
          if (p.isCity() && (p.population() >= LOCAL_MIN_POPULATION && admins.contains(p.country() + "." + p.admin1())
              || p.population() >= NATIONAL_MIN_POPULATION && admins.contains(p.country()))) {
            c.add(x);
          }
        }
        if (c.isEmpty() || partOfName(s, i, j)) continue;
        mentions.add(new Mention(s, i, j, text.substring(t.begin(), s.token(j - 1).end()), t.ner(), false, false, c));
        for (int k = i; k < j; k++) taken[k] = true;
        break;
      }
    }
  }

  private void find(String text, Sentence s, List<Mention> out) {
    int n = s.size();
    int i = 0;
    while (i < n) {
      Token t = s.token(i);
      if (PLACE_TAGS.contains(t.ner())) {
        int j = i;
        while (j < n && PLACE_TAGS.contains(s.token(j).ner())) j++;
        span(text, s, i, j, out);
        Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.sentence == s.index()) j = Math.max(j, last.to); // "Suffolk County": the county word too
        i = j;
        continue;
      }
      Place people = capitalised(t) ? gazetteer.demonym(t.word()) : null;
      if (people != null && i + 1 < n && capitalised(s.token(i + 1))) {
        int k = untagged(text, s, i, out); // "Indian Ocean", "South African": a longer name first
        if (k > 1) {
          i += k;
          continue;
        }
        if (k == 1) out.remove(out.size() - 1);
      }
      if (people != null && !t.ner().equals("PERSON")) {
        // "North American", "South African": the two words name other people than the last alone.
        String two = i > 0 && capitalised(s.token(i - 1)) ? text.substring(s.token(i - 1).begin(), t.end()) : null;
        Place wider = two == null ? null : gazetteer.demonym(two);
        boolean free = out.isEmpty() || out.get(out.size() - 1).sentence != s.index() || out.get(out.size() - 1).to <= i - 1;
        if (wider != null && free) {
          out.add(new Mention(s, i - 1, i + 1, two, t.ner(), true, false, List.of(new Candidate(wider, true))));
          i++;
          continue;
        }
        // "Central American", "Latin American": other people than the Americans, whom the index does not know.
        if (two != null && free && OTHER_PEOPLE.contains(s.token(i - 1).lower())) {
          i++;
          continue;
        }
        out.add(new Mention(s, i, i + 1, t.word(), t.ner(), true, false, List.of(new Candidate(people, true))));
        i++;
        continue;
      }
      if (prefixed(s, i, out)) {
        i++;
        continue;
      }
      int k = capitalised(t) && !t.ner().equals("PERSON") && (i > 0 || !t.ner().equals("O")) ? untagged(text, s, i, out) : 0;
      i += Math.max(1, k);
    }
  }

  /**
   * "anti-Russian", "pro-Kremlin", "ex-Soviet": one token whose part after the prefix names a people or a country; the
   * toponym is that part (as a metonym: such words qualify, they do not place).
   */
  private boolean prefixed(Sentence s, int i, List<Mention> out) {
    Token t = s.token(i);
    int dash = t.word().indexOf('-');
    if (dash < 2 || dash + 2 > t.word().length() || !PREFIXES.contains(t.word().substring(0, dash).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String rest = t.word().substring(dash + 1);
    if (!Character.isUpperCase(rest.charAt(0))) return false;
    Place people = gazetteer.demonym(rest);
    Candidate c = null;
    if (people != null) c = new Candidate(people, true);
    else {
      for (Candidate x : gazetteer.lookup(rest)) if (x.primary() && (x.place().isCountry() || x.place().isRegion())) c = x;
    }
    if (c == null) return false;
    int from = t.end() - rest.length();
    out.add(new Mention(s, i, i + 1, from, t.end(), rest, t.ner(), true, false, List.of(c)));
    return true;
  }

  /**
   * A run of place-tagged tokens: the whole run if the gazetteer knows it, else its longest known part (then the
   * parts either side of it), never a lone "Southern" or "East" out of "Southern Europe" or "Middle East".
   */
  private void span(String text, Sentence s, int from, int to, List<Mention> out) {
    if (from >= to) return;
    // A county the gazetteer lacks ("Plymouth County") is not its namesake town.
    String last = s.token(to - 1).lower();
    if (to - from > 1 && COUNTY_WORDS.contains(last) && gazetteer.lookup(text.substring(s.token(from).begin(), s.token(to - 1).end())).isEmpty()) {
      return;
    }
    for (int len = Math.min(MAX_WORDS, to - from); len >= 1; len--) {
      for (int i = from; i + len <= to; i++) {
        int j = i + len;
        String name = text.substring(s.token(i).begin(), s.token(j - 1).end());
        if (len == 1 && DIRECTIONS.contains(s.token(i).lower())) continue;
        List<Candidate> c = gazetteer.lookup(name);
        // A part of a longer name ("Street" of "Royal Street") counts only when it names something major.
        if (len < to - from) c = c.stream().filter(x -> major(x, name)).toList();
        Mention m = null;
        String found = name;
        int k = county(text, s, j, name);
        if (k > j) {
          // "Suffolk" tagged, "County" not: the county, not its namesake town.
          found = text.substring(s.token(i).begin(), s.token(k - 1).end());
          c = gazetteer.lookup(found);
          j = k;
        }
        if (!c.isEmpty()) m = new Mention(s, i, j, found, s.token(i).ner(), false, adminCue(s, i, j), c);
        else if (gazetteer.demonym(name) != null) {
          m = new Mention(s, i, j, name, s.token(i).ner(), true, false, List.of(new Candidate(gazetteer.demonym(name), true)));
        }
        if (m == null) continue;
        span(text, s, from, i, out);
        out.add(m);
        span(text, s, j, to, out);
        return;
      }
    }
  }

  /** The end of "X County" when the word after the name is a county word and the gazetteer knows the county. */
  private int county(String text, Sentence s, int j, String name) {
    if (j >= s.size() || !COUNTY_WORDS.contains(s.token(j).lower()) || !capitalised(s.token(j))) return j;
    return gazetteer.lookup(name + " " + s.token(j).word()).isEmpty() ? j : j + 1;
  }

  /** Capitalised words the tagger left untagged (or tagged as part of an organisation) that name a major place. */
  private int untagged(String text, Sentence s, int from, List<Mention> out) {
    for (int j = Math.min(s.size(), from + MAX_WORDS); j > from; j--) {
      if (!capitalised(s.token(j - 1)) || s.token(j - 1).ner().equals("PERSON")) continue;
      if (j == from + 1 && DIRECTIONS.contains(s.token(from).lower())) continue;
      String name = text.substring(s.token(from).begin(), s.token(j - 1).end());
      List<Candidate> c = new ArrayList<>();
      for (Candidate x : gazetteer.lookup(name)) if (major(x, name)) c.add(x);
      if (c.isEmpty()) continue;
      out.add(new Mention(s, from, j, name, s.token(from).ner(), false, adminCue(s, from, j), c));
      return j - from;
    }
    return 0;
  }

  private static boolean major(Candidate x, String name) {
    Place p = x.place();
    if (x.primary()) return p.isCountry() || p.isAdmin1() || p.isRegion() || p.population() >= UNTAGGED_MIN_POPULATION;
    // Other spellings of a large town's one-word name count ("Douma" for Dūmā), and short forms ("New York" for New
    // York City); translations do not ("White House" is also a name of Casablanca).
    return p.isCity() && p.population() >= UNTAGGED_MIN_POPULATION
        && (!name.contains(" ") || Names.key(p.name()).startsWith(Names.key(name)));
  }

  /**
   * Words that head a longer name: "University" of "University of Perpetual Help" (a town of Florida otherwise). Names
   * that only contain a town ("Beverly Hills Police", "Cavan County Council") keep it: it is where they are.
   */
  private static boolean partOfName(Sentence s, int from, int to) {
    return to + 1 < s.size() && s.token(to).lower().equals("of") && capitalised(s.token(to + 1));
  }

  /** Untagged, or tagged as a name the tagger may have mistyped: not a person, date, number or title ("March"). */
  private static boolean nameLike(Token t) {
    return t.ner().equals("O") || t.ner().equals("ORGANIZATION") || t.ner().equals("MISC") || PLACE_TAGS.contains(t.ner());
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  /** "Idlib province", "the province of Idlib": the name is a subdivision's. */
  private static boolean adminCue(Sentence s, int from, int to) {
    if (to < s.size() && ADMIN_WORDS.contains(s.token(to).lower())) return true;
    return from >= 2 && s.token(from - 1).lower().equals("of") && ADMIN_WORDS.contains(s.token(from - 2).lower());
  }

  /** A country or capital that acts or is acted on: next to a verb or modal, not governed by a place preposition. */
  private static boolean metonym(Sentence s, Mention m, Place p) {
    // "The EU imposed tariffs": a region named by its organisation's acronym is the organisation, unless it is where.
    if (p.isRegion() && acronym(m.text)) return m.from == 0 || !NOT_AFTER_METONYM.contains(s.token(m.from - 1).lower());
    if (!(p.isCountry() || p.featureCode().equals("PPLC"))) return false;
    if (m.from > 0 && NOT_AFTER_METONYM.contains(s.token(m.from - 1).lower())) return false;
    if (m.from > 0 && s.token(m.from - 1).isVerb()) return true; // "suspended Ankara"
    if (m.to >= s.size()) return false;
    Token next = s.token(m.to);
    return next.isVerb() || next.pos().equals("MD");
  }

  // ---- resolution ----

  private static double prior(Mention m, Candidate c) {
    Place p = c.place();
    double s;
    if (p.isCountry()) s = c.primary() ? 14 : 10; // "China" is China, not China, Texas
    else if (p.isRegion()) s = 9.5;
    else if (p.isAdmin1()) s = 6.5;
    else if (p.isAdmin2()) s = 4.5; // a county weighs as a town of 30,000: "Kent" in England, not Kent, Washington
    else {
      s = Math.log10(p.population() + 10);
      switch (p.featureCode()) {
        case "PPLC" -> s += 2.5;
        case "PPLA" -> s += 1;
        case "PPLA2" -> s += 0.4;
        default -> { }
      }
    }
    if (!c.primary()) s -= 1.5;
    if (m.tag.equals("COUNTRY") && p.isCountry()) s += 1.5;
    if (m.tag.equals("STATE_OR_PROVINCE") && p.isAdmin1()) s += 1.5;
    if (m.tag.equals("CITY") && p.isCity()) s += 0.5;
    if (m.adminCue && p.isAdmin1()) s += 5;
    return s;
  }

  private static double qualified(Mention m, Place p) {
    if (m.qualifier == null) return 0;
    Place q = m.qualifier.place();
    if (q.isAdmin1() && q.country().equals(p.country()) && q.admin1().equals(p.admin1()) && !p.isAdmin1()) return 6;
    if (q.isCountry() && q.country().equals(p.country()) && !p.isCountry()) return 4;
    return 0;
  }

  /** Two readings: the second takes its context from the places the first chose, so that context can correct context. */
  private void resolve(List<Mention> mentions) {
    resolve(mentions, null);
    Place[] first = new Place[mentions.size()];
    for (int k = 0; k < first.length; k++) first[k] = mentions.get(k).place();
    resolve(mentions, first);
  }

  private void resolve(List<Mention> mentions, Place[] reading) {
    for (Mention m : mentions) {
      for (int i = 0; i < m.scores.length; i++) m.scores[i] = prior(m, m.candidates.get(i));
    }
    for (Mention m : mentions) {
      for (int i = 0; i < m.scores.length; i++) m.scores[i] += qualified(m, m.candidates.get(i).place());
    }
    // Context from the reading so far: which countries and subdivisions the article is about, by name.
    Map<String, Map<String, Double>> countriesByKey = new HashMap<>();
    Map<String, Map<String, Double>> adminsByKey = new HashMap<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Place p = reading == null ? m.place() : reading[k];
      if (p.isRegion()) continue;
      double w = p.isCity() && m.candidates.size() > 1 ? 0.5 : 1;
      countriesByKey.computeIfAbsent(m.key, x -> new HashMap<>()).merge(p.country(), w, Double::sum);
      // A demonym ("English") says whose, not where: it adds its country, not its subdivision.
      if (!m.demonym && (p.isAdmin1() || p.isAdmin2() || p.isCity())) {
        adminsByKey.computeIfAbsent(m.key, x -> new HashMap<>()).merge(p.country() + "." + p.admin1(), w, Double::sum);
      }
    }
    Map<String, Double> countries = total(countriesByKey);
    Map<String, Double> admins = total(adminsByKey);
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Map<String, Double> ownC = countriesByKey.getOrDefault(m.key, Map.of());
      Map<String, Double> ownA = adminsByKey.getOrDefault(m.key, Map.of());
      for (int i = 0; i < m.scores.length; i++) {
        Place p = m.candidates.get(i).place();
        if (p.isRegion()) continue;
        double c = countries.getOrDefault(p.country(), 0.0) - ownC.getOrDefault(p.country(), 0.0);
        if (c > 0) m.scores[i] += 2 + Math.min(c, 6) * 0.5;
        if (p.isCountry()) continue;
        String a = p.country() + "." + p.admin1();
        double ad = admins.getOrDefault(a, 0.0) - ownA.getOrDefault(a, 0.0);
        if (ad > 0 && (p.isCity() || p.isAdmin2())) m.scores[i] += 1.5 + Math.min(ad, 4) * 0.5;
      }
    }
    // Nearness: a town near the article's other places.
    List<Place> others = new ArrayList<>();
    List<String> otherKeys = new ArrayList<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Place p = reading == null ? m.place() : reading[k];
      if (!m.demonym && (p.isCity() || p.isAdmin1() || p.isAdmin2())) {
        others.add(p);
        otherKeys.add(m.key);
      }
    }
    for (Mention m : mentions) {
      if (m.candidates.size() == 1) continue;
      for (int i = 0; i < m.scores.length; i++) {
        Place p = m.candidates.get(i).place();
        if (!p.isCity() && !p.isAdmin2()) continue;
        double near = Double.MAX_VALUE;
        for (int o = 0; o < others.size(); o++) if (!otherKeys.get(o).equals(m.key)) near = Math.min(near, p.km(others.get(o)));
        if (near < 50) m.scores[i] += 2;
        else if (near < 250) m.scores[i] += 1.2;
      }
    }
    // "Quebec" the province over Québec the city, "New York" the city over the state: a subdivision wins over its
    // own namesake town unless that is a city of millions.
    for (Mention m : mentions) {
      for (int i = 0; i < m.scores.length; i++) {
        Place p = m.candidates.get(i).place();
        if (!p.isAdmin1() || m.adminCue) continue;
        for (int k = 0; k < m.scores.length; k++) {
          Place q = m.candidates.get(k).place();
          if (q.isCity() && q.country().equals(p.country()) && q.admin1().equals(p.admin1())) {
            m.scores[i] = q.population() >= 1_000_000 ? Math.min(m.scores[i], m.scores[k] - 1) : Math.max(m.scores[i], m.scores[k] + 0.5);
            break;
          }
        }
      }
    }
    // One sense per name per article: the candidate with the best summed score wins for every mention without a
    // qualifier of its own.
    Map<String, Map<Place, Double>> byKey = new LinkedHashMap<>(); // by place: counties from Census data have no id
    for (Mention m : mentions) {
      for (int i = 0; i < m.scores.length; i++) {
        byKey.computeIfAbsent(m.key, k -> new HashMap<>()).merge(m.candidates.get(i).place(), m.scores[i], Double::sum);
      }
    }
    for (Mention m : mentions) {
      if (m.qualifier != null) continue;
      Map<Place, Double> sum = byKey.get(m.key);
      for (int i = 0; i < m.scores.length; i++) m.scores[i] = sum.get(m.candidates.get(i).place());
    }
  }

  private static Map<String, Double> total(Map<String, Map<String, Double>> byKey) {
    Map<String, Double> t = new HashMap<>();
    for (Map<String, Double> m : byKey.values()) m.forEach((k, v) -> t.merge(k, v, Double::sum));
    return t;
  }
}
