package org.dyad.geo;

import static org.dyad.geo.Words.DIRECTIONS;
import static org.dyad.geo.Words.MAX_WORDS;
import static org.dyad.geo.Words.PLACE_TAGS;
import static org.dyad.geo.Words.adminCue;
import static org.dyad.geo.Words.capitalised;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.geo.Gazetteer.Candidate;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The geoparser's first step, recognition: CoreNLP's place tags (LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY),
 * demonyms (NATIONALITY: "Turkish" names Turkey), prefixed words ("anti-Russian"), and capitalised words the tagger
 * missed that name a country, subdivision, continent or large city. Candidates only; {@link Evidence} then asks the
 * sentence whether each is a place at all.
 */
final class Recognition {
  /** Prefixes of one-token words such as "anti-Russian" or "pro-EU". */
  private static final Set<String> PREFIXES = Set.of("anti", "pro", "ex", "non", "post", "pre", "pan", "neo", "mid");
  /** Capitalised words before a demonym that make it name other people ("Central American"). */
  private static final Set<String> OTHER_PEOPLE = Set.of("central", "latin", "native", "north", "south");
  static final Set<String> COUNTY_WORDS = Set.of("county", "co.", "parish", "borough", "district", "township");
  /** Untagged capitalised words count only when they name something this large (or a country or subdivision). */
  private static final long UNTAGGED_MIN_POPULATION = 100_000;

  private final Gazetteer gazetteer;
  private final Seats seats = Seats.shipped();
  /** Each seat's town, by the seat's key; a seat whose town the gazetteer lacks (a test's small index) is left out. */
  private final java.util.Map<String, Place> seatTowns = new java.util.HashMap<>();

  Recognition(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    seats.byKey().forEach((k, seat) -> {
      Place town = Seats.town(gazetteer, seat);
      if (town != null) seatTowns.put(k, town);
    });
  }

  /** Appends the sentence's candidate names to {@code out}, in text order. */
  void find(String text, Sentence s, List<Mention> out) {
    int n = s.size();
    int i = 0;
    while (i < n) {
      Token t = s.token(i);
      int seat = seat(text, s, i, out);
      if (seat > 0) {
        i += seat;
        continue;
      }
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
   * "the White House said", "the Kremlin denied": a seat of government is a metonym of the town that holds it (it
   * says whose, like a demonym, so it never places an event by itself). Returns the number of tokens taken, or 0.
   */
  private int seat(String text, Sentence s, int i, List<Mention> out) {
    Token t = s.token(i);
    if (!capitalised(t) || !seats.starts(t.word())) return 0;
    for (int j = Math.min(s.size(), i + 3); j > i; j--) {
      String name = text.substring(t.begin(), s.token(j - 1).end());
      Place town = seatTowns.get(Names.key(name));
      if (town == null) continue;
      out.add(new Mention(s, i, j, name, t.ner(), true, false, List.of(new Candidate(town, true))));
      return j - i;
    }
    return 0;
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
        List<Candidate> county = county(s, j, name);
        if (county != null && !county.isEmpty()) {
          // "Suffolk" tagged, "County" not: the county, not its namesake town.
          found = text.substring(s.token(i).begin(), s.token(j).end());
          c = county;
          j++;
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

  /**
   * The counties that a name and the county word after it call ("Laurel County", "PLYMOUTH CO.", "Essex County" also
   * as the English county of Essex, "Tipperary County Council" as Tipperary); empty when the word is "County" and the
   * gazetteer knows no such county nor a large town of the name, or when "Co." follows a company's name; null
   * when no county word follows, or a word such as "Borough" names no county ("Enfield Borough" is Enfield's).
   */
  List<Candidate> county(Sentence s, int j, String name) {
    if (j >= s.size() || !COUNTY_WORDS.contains(s.token(j).lower()) || !capitalised(s.token(j))) return null;
    String word = s.token(j).word();
    // "Hughes Tool Co.", "Kelsey-Hayes Co.": a company; only a dateline in capitals writes a county so ("PLYMOUTH CO.").
    if (word.equals("Co.") || word.equals("Co")) return new ArrayList<>();
    boolean county = word.equalsIgnoreCase("co.") || word.equalsIgnoreCase("county");
    List<Candidate> out = new ArrayList<>(gazetteer.lookup(name + " " + (county ? "County" : word)));
    if (out.isEmpty() && !county) return null;
    for (Candidate x : gazetteer.lookup(name)) {
      // "Copenhagen County": a county the gazetteer lacks, named after a large town, lies around it.
      boolean around = out.isEmpty() && x.place().isCity() && x.place().population() >= UNTAGGED_MIN_POPULATION;
      if ((x.place().isAdmin2() || around) && out.stream().noneMatch(c -> c.place().equals(x.place()))) out.add(x);
    }
    return out;
  }

  /** Capitalised words the tagger left untagged (or tagged as part of an organisation) that name a major place. */
  private int untagged(String text, Sentence s, int from, List<Mention> out) {
    for (int j = Math.min(s.size(), from + MAX_WORDS); j > from; j--) {
      if (!capitalised(s.token(j - 1)) || s.token(j - 1).ner().equals("PERSON")) continue;
      if (j == from + 1 && DIRECTIONS.contains(s.token(from).lower())) continue;
      String name = text.substring(s.token(from).begin(), s.token(j - 1).end());
      // "The Laurel County Sheriff's Office": the county word makes the name a county's, never its namesake town's.
      List<Candidate> county = county(s, j, name);
      if (county != null) {
        if (county.isEmpty()) continue;
        out.add(new Mention(s, from, j + 1, text.substring(s.token(from).begin(), s.token(j).end()), s.token(from).ner(), false,
            false, county));
        return j + 1 - from;
      }
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
    // Population only for towns: a county carries its seat's, and is no large town for it.
    if (x.primary()) {
      return p.isCountry() || p.isAdmin1() || p.isRegion() || p.isCity() && p.population() >= UNTAGGED_MIN_POPULATION;
    }
    // Other spellings of a large town's one-word name count ("Douma" for Dūmā), and short forms ("New York" for New
    // York City); translations do not ("White House" is also a name of Casablanca).
    return p.isCity() && p.population() >= UNTAGGED_MIN_POPULATION
        && (!name.contains(" ") || Names.key(p.name()).startsWith(Names.key(name)));
  }
}
