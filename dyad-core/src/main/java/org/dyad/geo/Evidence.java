package org.dyad.geo;

import static org.dyad.geo.Words.PLACE_PREPOSITIONS;
import static org.dyad.geo.Words.acronym;
import static org.dyad.geo.Words.capitalised;
import static org.dyad.geo.Words.partOfName;
import static org.dyad.geo.Words.person;
import static org.dyad.geo.Words.upper;

import java.util.List;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The geoparser's second step: whether the rest of the sentence (and the article's names of persons) lets a
 * recognised name be read as a place at all.
 */
final class Evidence {
  /** Heads of the names of seas that take a place's name after "of". */
  private static final Set<String> WATERS = Set.of("gulf", "bay", "sea", "strait", "straits");

  private final NotPlaces notPlaces;
  private final Set<String> aliases;

  Evidence(NotPlaces notPlaces) {
    this.notPlaces = notPlaces;
    this.aliases = aliasKeys();
  }

  /** The first column of {@code aliases.tsv}: abbreviations such as "UAE", "DRC" that are places by themselves. */
  private static Set<String> aliasKeys() {
    Set<String> out = new java.util.HashSet<>();
    try (var in = Evidence.class.getResourceAsStream("/org/dyad/geo/aliases.tsv")) {
      if (in == null) throw new IllegalStateException("missing resource /org/dyad/geo/aliases.tsv");
      new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> out.add(Names.key(l.split("\t", -1)[0])));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  /** Drops the mentions the sentence does not support. */
  void filter(List<Sentence> sentences, List<Mention> mentions, Set<String> surnames) {
    mentions.removeIf(m -> !holds(sentences.get(m.sentence), m, surnames));
  }

  /**
   * Whether the sentence supports reading the words as a place (issue 16): not a lower-case word; not a word of
   * {@code not-places.tsv} alone; not part of a person's name (a PERSON-tagged word in or beside it: "Florence
   * Parly", "Mustafa Bali"); inside an organisation's name only when it names a country, subdivision, region or
   * large town ("U.S. Mission" holds the U.S., "Central Command" no Central); and an acronym only when it is a known
   * alias, follows a preposition of place, or opens a dateline ("UN" is no place, "UAE" is).
   */
  private boolean holds(Sentence s, Mention m, Set<String> surnames) {
    if (m.demonym) return !person(s, m.from) && !person(s, m.to - 1);
    if (!Character.isUpperCase(m.text.codePointAt(0)) && !Character.isDigit(m.text.codePointAt(0))) return false;
    boolean one = m.to - m.from == 1;
    // The whole mention, so that "Central" drops "Central" but not "Central African Republic", and "White House" drops.
    // ... unless a lower-case admin word follows it: "the Northwest region" of Cameroon (not "Bay State Gas").
    boolean region = m.to < s.size() && Words.ADMIN_WORDS.contains(s.token(m.to).word());
    if (notPlaces.contains(m.text) && !region) return false;
    // A place whose every name here is an acronym is written in capitals: "Sanctions Act" holds no ACT (Australia).
    if (!acronym(m.text) && !m.candidates.isEmpty()
        && m.candidates.stream().allMatch(c -> acronym(c.place().name()) && Names.key(c.place().name()).equals(m.key))) {
      return false;
    }
    // A country, or a subdivision the tagger calls one, stays, even beside a name ("Coordinator for Myanmar Andrew").
    boolean sure = m.candidates.stream().anyMatch(c -> c.primary() && c.place().isCountry())
        || m.tag.equals("STATE_OR_PROVINCE") && m.candidates.stream().anyMatch(c -> c.primary() && c.place().isAdmin1());
    if (!sure && personName(s, m, one, surnames)) return false;
    // "Gulf of Guinea", "University of Alberta": the head of a longer name is not a place by itself.
    boolean placeWord = m.from > 0 && PLACE_PREPOSITIONS.contains(s.token(m.from - 1).lower());
    if (one && !placeWord && partOfName(s, m.from, m.to) && m.candidates.stream().noneMatch(c -> c.primary() && c.place().isCountry())) {
      return false;
    }
    // "the Gulf of Guinea", "the Bay of Bengal": a sea named after a country or region is not that place.
    if (m.from >= 2 && s.token(m.from - 1).lower().equals("of") && capitalised(s.token(m.from - 2))
        && WATERS.contains(s.token(m.from - 2).lower())) {
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

  /** Whether the words belong to a person's name: tagged so, beside one, after a title, or a surname of the article. */
  private static boolean personName(Sentence s, Mention m, boolean one, Set<String> surnames) {
    for (int k = m.from; k < m.to; k++) if (person(s, k)) return true;
    if (m.from > 0 && person(s, m.from - 1) || m.to < s.size() && person(s, m.to)) return true;
    // "Minister of Armed Forces Florence Parly": between a title (and the words of its office) and a capitalised
    // word is a person's name.
    if (one && titled(s, m.from - 1) && m.to < s.size() && capitalised(s.token(m.to))
        && !s.token(m.to).ner().equals("TITLE")) {
      return true;
    }
    // "Minister of Armed Forces Florence Parly" tagged as one organisation: a word after an office ("... of Armed
    // Forces") and before the capitalised word that ends the name is a given name before a surname ("The
    // Washington Post" keeps Washington).
    if (one && inOrganisation(s, m.from - 1) && office(s, m.from - 1) && inOrganisation(s, m.to)
        && capitalised(s.token(m.to)) && !inOrganisation(s, m.to + 1)) {
      return true;
    }
    // "Towson said" after "Jeffrey Towson": a surname of the article is a person throughout it.
    if (one && surnames.contains(Names.key(m.text)) && m.candidates.stream().noneMatch(c -> c.place().featureCode().equals("PPLC"))) {
      return true;
    }
    return false;
  }

  /** The last words of the article's names of persons of two words or more ("Jeffrey Towson"). */
  static Set<String> surnames(List<Sentence> sentences) {
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
}
