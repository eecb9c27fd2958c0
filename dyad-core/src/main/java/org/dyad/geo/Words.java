package org.dyad.geo;

import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** What the geoparser's steps ask of single tokens: capitals, tags, acronyms, cue words. One source for each list. */
final class Words {
  static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
  static final Set<String> ADMIN_WORDS = Set.of("province", "governorate", "state", "region", "oblast", "prefecture",
      "provinces", "regions");
  /** Words before a name that say it is a place ("in UAE", "from CAR"): evidence for an acronym. */
  static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "to", "into", "across", "outside",
      "inside", "around", "throughout", "toward", "towards");
  static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "middle", "upper", "lower", "greater", "new", "great", "federal", "st", "st.", "saint", "lake", "mount", "river",
      "peninsula", "valley", "coast", "union", "street", "road", "square", "park", "city", "county", "border", "island");
  static final int MAX_WORDS = 5;

  private Words() {}

  static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  static boolean person(Sentence s, int k) {
    return s.token(k).ner().equals("PERSON") && capitalised(s.token(k));
  }

  /** A word of two or more letters, all capitals: a headline's ("BONN SERIOUS ABOUT CURRENCY PACT"). */
  static boolean upper(String w) {
    return w.length() > 1 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Two to five capital letters and nothing else ("UN", "CAR", "NATO"). */
  static boolean acronym(String w) {
    return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Untagged, or tagged as a name the tagger may have mistyped: not a person, date, number or title ("March"). */
  static boolean nameLike(Token t) {
    return t.ner().equals("O") || t.ner().equals("ORGANIZATION") || t.ner().equals("MISC") || PLACE_TAGS.contains(t.ner());
  }

  /**
   * Words that head a longer name: "University" of "University of Perpetual Help" (a town of Florida otherwise). Names
   * that only contain a town ("Beverly Hills Police", "Cavan County Council") keep it: it is where they are.
   */
  static boolean partOfName(Sentence s, int from, int to) {
    return to + 1 < s.size() && s.token(to).lower().equals("of") && capitalised(s.token(to + 1));
  }

  /** "Idlib province", "the province of Idlib": the name is a subdivision's. */
  static boolean adminCue(Sentence s, int from, int to) {
    if (to < s.size() && ADMIN_WORDS.contains(s.token(to).lower())) return true;
    return from >= 2 && s.token(from - 1).lower().equals("of") && ADMIN_WORDS.contains(s.token(from - 2).lower());
  }
}
