package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * People in no dictionary whom the text introduces by their post in a named organisation: "Maria Lopez, director of
 * Human Rights Watch, said", "Karl Olsen, the World Food Programme's country director, said". They speak for that
 * organisation, here and wherever their surname comes back.
 */
final class Employers {
  private Employers() {}

  /** The longest title read between the name's comma and the organisation ("acting country director"). */
  private static final int MAX_TITLE = 5;
  /** Prepositions that tie a post to its organisation ("director of", "a spokesman for", "a researcher at", "an official with"). */
  private static final Set<String> TIES = Set.of("of", "for", "at", "with");
  /**
   * Nouns that name a relation to the organisation, not a post in it: a critic of the U.N. does not speak for it. Posts
   * are many and open-ended, these few are what such an apposition otherwise holds in news.
   */
  private static final Set<String> RELATIONS = Set.of("critic", "opponent", "supporter", "ally", "friend", "admirer", "rival",
      "enemy", "foe", "adversary", "detractor", "backer", "fan", "victim", "hostage", "prisoner", "detainee", "son", "daughter",
      "wife", "husband", "brother", "sister", "father", "mother", "widow", "relative", "client", "customer", "observer", "target",
      "guest", "partner", "former", "ex");

  /** Mentions for the employed people of sentence {@code s}, given the mentions the dictionary found there. */
  static List<Mention> find(Sentence s, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      if (!s.token(i).ner().equals("PERSON") || ActorStage.covered(found, i)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON")) j++;
      Mention org = j + 1 < s.size() && s.token(j + 1).word().equals(",") ? employer(s, found, j + 2) : null;
      if (org != null) out.add(new Mention(s.index(), i, j + 1, j, s.token(i).begin(), s.token(j).end(),
          s.text().substring(s.token(i).begin() - s.begin(), s.token(j).end() - s.begin()), org.code(), Origin.COMPOSED, true, org.name()));
      i = j + 1;
    }
    return out;
  }

  /** The organisation of the apposition starting at token {@code k}, or null. */
  private static Mention employer(Sentence s, List<Mention> found, int k) {
    if (k < s.size() && s.token(k).pos().equals("DT")) k++;
    Mention owner = startingAt(s, found, k);
    // "the World Food Programme's country director"
    if (owner != null && owner.end() < s.size() && s.token(owner.end()).pos().equals("POS")) {
      return titleEnd(s, owner.end() + 1) > owner.end() + 1 ? owner : null;
    }
    // "director of Human Rights Watch", "a spokesman for the ICRC"
    int end = titleEnd(s, k);
    if (end == k || end >= s.size() || !TIES.contains(s.token(end).lower())) return null;
    int o = end + 1;
    if (o < s.size() && s.token(o).lower().equals("the")) o++;
    return startingAt(s, found, o);
  }

  /** Where the title words starting at {@code k} end: nouns and adjectives of no relation, at most {@link #MAX_TITLE}. */
  private static int titleEnd(Sentence s, int k) {
    int end = k;
    while (end < s.size() && end - k < MAX_TITLE) {
      Token t = s.token(end);
      boolean word = t.isNoun() && !t.pos().startsWith("NNP") || t.pos().startsWith("JJ") || t.ner().equals("TITLE");
      if (!word || t.word().contains("-") && t.lower().startsWith("ex-")) break;
      if (RELATIONS.contains(t.lemma().toLowerCase(Locale.ROOT))) return k;
      end++;
    }
    return end;
  }

  private static Mention startingAt(Sentence s, List<Mention> found, int k) {
    for (Mention m : found) {
      boolean kind = m.organisation() || m.origin() == Origin.COMPOSED && m.hasCountry() && m.code().length() > 3;
      if (m.start() == k && kind && !nameGoesOn(s, m)) return m;
    }
    return null;
  }

  /**
   * "a fellow at the European Council on Foreign Relations": the dictionary's name is only the start of another
   * organisation's, which a capitalised prepositional continuation shows. A plain capitalised word after it names a
   * part of the same body ("the EC Commission", "Swiss Bank Corp").
   */
  static boolean nameGoesOn(Sentence s, Mention m) {
    int e = m.end();
    return e + 1 < s.size() && Set.of("on", "of", "for").contains(s.token(e).lower()) && s.token(e + 1).pos().startsWith("NNP");
  }
}
