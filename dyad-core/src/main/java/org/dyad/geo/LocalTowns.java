package org.dyad.geo;

import static org.dyad.geo.Words.DIRECTIONS;
import static org.dyad.geo.Words.MAX_WORDS;
import static org.dyad.geo.Words.capitalised;
import static org.dyad.geo.Words.nameLike;
import static org.dyad.geo.Words.partOfName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.geo.Gazetteer.Candidate;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The geoparser's second look, after a first resolution: towns the tagger missed, in the subdivisions and countries
 * the article is about ("Red Deer", "Innisfail" in an article on Alberta).
 */
final class LocalTowns {
  /** A town this large in a subdivision the article names, or this large in a country it names. */
  private static final long LOCAL_MIN_POPULATION = 1_000;
  private static final long NATIONAL_MIN_POPULATION = 20_000;

  private final Gazetteer gazetteer;
  private final Recognition recognition;

  LocalTowns(Gazetteer gazetteer, Recognition recognition) {
    this.gazetteer = gazetteer;
    this.recognition = recognition;
  }

  /** Adds the towns found to {@code mentions}; returns whether any was added. */
  boolean add(String text, List<Sentence> sentences, List<Mention> mentions) {
    Set<String> admins = new HashSet<>();
    for (Mention m : mentions) {
      Place p = m.place();
      if (p.isAdmin1() || p.isAdmin2() || p.isCity()) admins.add(p.country() + "." + p.admin1());
      if (!p.isRegion()) admins.add(p.country());
    }
    int before = mentions.size();
    for (Sentence s : sentences) local(text, s, mentions, admins);
    return mentions.size() > before;
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
        if (j == i + 1 && DIRECTIONS.contains(t.lower())) continue; // "West Texas", "West Germany": no West, Texas
        boolean ok = true;
        for (int k = i; k < j && ok; k++) ok = !taken[k] && capitalised(s.token(k)) && nameLike(s.token(k));
        if (!ok) continue;
        String name = text.substring(t.begin(), s.token(j - 1).end());
        List<Candidate> county = j < s.size() && !taken[j] ? recognition.county(s, j, name) : null;
        if (county != null) {
          // "Laurel County Sheriff's Office": the county of a country the article names, never the namesake town.
          county.removeIf(x -> !admins.contains(x.place().country()));
          if (county.isEmpty()) continue;
          mentions.add(new Mention(s, i, j + 1, text.substring(t.begin(), s.token(j).end()), t.ner(), false, false, county));
          for (int k = i; k <= j; k++) taken[k] = true;
          break;
        }
        List<Candidate> c = new ArrayList<>();
        for (Candidate x : gazetteer.lookup(name)) {
          Place p = x.place();
          if (p.isCity() && (p.population() >= LOCAL_MIN_POPULATION && admins.contains(p.country() + "." + p.admin1())
              || p.population() >= NATIONAL_MIN_POPULATION && admins.contains(p.country()))) {
            c.add(x);
          }
        }
        if (c.isEmpty() || partOfName(s, i, j)) continue;
        mentions.add(new Mention(s, i, j, name, t.ner(), false, false, c));
        for (int k = i; k < j; k++) taken[k] = true;
        break;
      }
    }
  }
}
