package org.dyad.actors;

import java.util.List;

/**
 * One phrase of the actor dictionary and what it means. {@code name}: the first name of the phrase's row (a
 * country's or an organisation's name as displayed; null for role words and for people, whose names are in
 * their terms).
 */
public record Entry(List<String> words, boolean exactCase, Kind kind, String code, List<Term> terms, String name) {
  public Entry(List<String> words, boolean exactCase, Kind kind, String code, List<Term> terms) {
    this(words, exactCase, kind, code, terms, null);
  }

  public enum Kind {
    /** A country's name: code is the ISO-3 code. */
    COUNTRY,
    /** A nationality adjective or demonym. */
    ADJECTIVE,
    /** A capital city, standing for the government. */
    CAPITAL,
    /** A role word: code is the role ("GOV"). */
    ROLE,
    /** A person with dated terms. */
    PERSON,
    /** An organisation or institution: code is the full actor code. */
    ORGANISATION,
    /** A sub-national place: code is its country. */
    PLACE
  }

  public int length() {
    return words.size();
  }
}
