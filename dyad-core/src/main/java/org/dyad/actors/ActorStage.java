package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.pipeline.Stage;

/**
 * Codes every actor mention of the article, then resolves within the article what the dictionary cannot:
 * pronouns ("he"), role words without a country ("the minister"), and surnames seen earlier with a title.
 */
public final class ActorStage implements Stage {
  public static final Key<Mentions> MENTIONS = new Key<>("mentions", Mentions.class);
  /** How many sentences back a pronoun or a bare role word may look for its antecedent. */
  private static final int WINDOW = 2;
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private final ActorMatcher matcher;

  public ActorStage(ActorDictionary dict) {
    this.matcher = new ActorMatcher(dict);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.SENTENCES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(MENTIONS);
  }

  @Override
  public void process(Document doc) {
    List<Mention> all = new ArrayList<>();
    Map<String, Mention> names = new HashMap<>();
    for (Sentence s : doc.get(NlpStage.SENTENCES).list()) {
      List<Mention> found = new ArrayList<>(matcher.match(s, doc.article().date()));
      // "BERLIN -- A court in Bavaria has convicted…": the dateline's city and agency act in nothing the sentence says.
      int dateline = Dateline.end(s);
      found.removeIf(m -> m.end() <= dateline);
      found.addAll(Employers.find(s, found));
      found.sort((a, b) -> a.start() - b.start());
      List<Mention> resolved = new ArrayList<>();
      for (Mention m : found) {
        m = employed(s, found, m);
        // Refugees are by definition from somewhere else than where the text has just been.
        if (!m.hasCountry() && !collective(s, m) && !m.code().endsWith("REF")) {
          // "the military completed the rescue…, passengers told VOA": a news outlet that reports or is told a story
          // says nothing of where the people in it are from.
          Mention ante = antecedent(all, resolved, s.index(), m.start(), false, o -> !outlet(o));
          // An NGO is no country: "Human Rights Watch accused the army" leaves the army's country open (an older
          // country would be a guess past the nearest actor).
          if (ante != null && ante.code().startsWith("NGO")) ante = null;
          // A titled name with nothing before it ("President Yoweri Museveni threatened to ban Ugandan
          // candidates"): the first country named later in the sentence is the best guess.
          if (ante == null && m.person()) ante = cataphor(s, found, m);
          // A role word borrows only a country that qualifies a later noun ("the Serbian Workers' Union", "the
          // Algerian president", "Algeria's elections", "east Beirut"), not a bare country name, which is as often
          // the other side ("lawmakers believe Gondor can cope").
          if (ante == null && !m.person() && !unplaced(s, m)) ante = cataphor(s, found.stream().filter(o -> qualifying(s, o)).toList(), m);
          if (ante != null) m = m.withCode(ante.country() + m.code().substring(3), Origin.COREFERENCE);
        }
        resolved.add(m);
        if (m.hasCountry()) remember(s, m, names);
      }
      for (Token t : s.tokens()) {
        if (covered(resolved, t.index())) continue;
        String lw = t.lower();
        Mention m = null;
        if (t.pos().equals("PRP") && PERSON_PRONOUNS.contains(lw)) {
          Mention ante = antecedent(all, resolved, s.index(), t.index(), true, o -> true);
          // "President Abdelaziz Bouteflika said he is prepared…": with no placed person before it, "he" is still
          // the titled person of unknown country just named (---GOV), in this sentence.
          if (ante == null) ante = unplacedPerson(resolved, t.index());
          if (ante != null) m = single(s, t, ante, true).standingFor(ante);
        } else if (t.pos().equals("PRP") && (lw.equals("it") || lw.equals("they"))) {
          // "Hungary said it will support…", "Palestinian leaders said they would boycott…": only within the sentence.
          // A nationality adjective ("a Senegalese peace plan") names no one a pronoun can stand for.
          Mention ante = antecedent(List.of(), resolved, s.index(), t.index(), false, r -> r.origin() != Origin.ADJECTIVE);
          if (ante != null && (lw.equals("they") || !ante.person())) m = single(s, t, ante, false).standingFor(ante);
        } else if (t.ner().equals("PERSON") && names.containsKey(t.word())) {
          m = single(s, t, names.get(t.word()), true);
        }
        if (m != null) resolved.add(m);
      }
      resolved.sort((a, b) -> a.start() - b.start());
      all.addAll(resolved);
    }
    doc.put(MENTIONS, new Mentions(all));
  }

  /** Prepositions after which an organisation employs the role word before them ("a spokesman for the ICRC"). */
  private static final Set<String> EMPLOYING = Set.of("for", "at");

  /**
   * "A spokesman for the Red Cross", "officials at the WHO": a role word of no country speaks for the organisation
   * named right after it, not for a country met before. ("of" is the matcher's own link; a country after "for" is a
   * brief, not an employer: "the U.N. envoy for Syria".)
   */
  private static Mention employed(Sentence s, List<Mention> found, Mention m) {
    if (m.hasCountry() || m.end() >= s.size() || !EMPLOYING.contains(s.token(m.end()).lower())) return m;
    int k = m.end() + 1;
    if (k < s.size() && s.token(k).lower().equals("the")) k++;
    for (Mention o : found) {
      if (o.start() == k && o.organisation() && !Employers.nameGoesOn(s, o)) return m.withCode(o.code(), Origin.COMPOSED, o.name());
    }
    return m;
  }

  /** A nationality on a noun of place ("the eastern Kosovan town of Gjilan") places a role word as an adjective does. */
  private static boolean placeAdjective(Sentence s, Mention o) {
    return o.origin() == Origin.PLACE && o.end() - o.start() == 1 && s.token(o.start()).pos().startsWith("JJ");
  }

  private static boolean qualifying(Sentence s, Mention o) {
    return o.origin() == Origin.COMPOSED || o.origin() == Origin.ADJECTIVE || o.origin() == Origin.METONYM || placeAdjective(s, o)
        || o.end() < s.size() && s.token(o.end()).word().equals("'s");
  }

  /** Words that place a role word outside any one country: "African diplomats", "foreign journalists". */
  private static final Set<String> UNPLACED = Set.of("african", "arab", "european", "asian", "western", "eastern", "foreign",
      "international", "regional", "global", "multinational", "latin", "caribbean", "balkan", "baltic", "nordic", "gulf");

  private static boolean unplaced(Sentence s, Mention m) {
    if (m.start() == 0) return false;
    String prev = s.token(m.start() - 1).lower();
    // "Vietnamese-led forces" (one token or three): the text says who stands behind them, not a country to guess.
    String sponsor = "(backed|led|supported|sponsored|allied|aligned|funded|armed|trained)";
    return UNPLACED.contains(prev) || prev.matches(".+-" + sponsor)
        || prev.matches(sponsor) && m.start() > 1 && s.token(m.start() - 2).word().equals("-");
  }

  /** "the two leaders", "both sides": a group of several actors, not one to resolve. */
  private static boolean collective(Sentence s, Mention m) {
    for (int k = Math.max(0, m.start() - 2); k < m.head(); k++) {
      Token t = s.token(k);
      if (t.pos().equals("CD") && FEW.contains(t.lower()) || t.lower().equals("both") || t.lower().equals("all")) return true;
    }
    return false;
  }

  /** A few actors may come from several countries ("the two leaders"); a crowd ("500,000 workers") is one people. */
  private static final Set<String> FEW = Set.of("two", "three", "four", "five", "2", "3", "4", "5");

  private static Mention cataphor(Sentence s, List<Mention> sentence, Mention m) {
    for (Mention o : sentence) {
      if (o.start() >= m.end() && o.hasCountry() && (o.origin() != Origin.PLACE || placeAdjective(s, o)) && !o.code().startsWith("IGO")) return o;
    }
    return null;
  }

  static boolean covered(List<Mention> ms, int token) {
    for (Mention m : ms) if (m.covers(token)) return true;
    return false;
  }

  private static void remember(Sentence s, Mention m, Map<String, Mention> names) {
    if (!m.person()) return;
    for (int k = m.start(); k < m.end(); k++) {
      Token t = s.token(k);
      if (t.ner().equals("PERSON")) names.put(t.word(), m);
    }
  }

  /** The nearest earlier mention with a country (a person, when {@code person}) that {@code usable} accepts, within the window. */
  private static Mention antecedent(List<Mention> before, List<Mention> thisSentence, int sentence, int token, boolean person,
      java.util.function.Predicate<Mention> usable) {
    for (int k = thisSentence.size() - 1; k >= 0; k--) {
      Mention m = thisSentence.get(k);
      if (m.end() <= token && m.hasCountry() && (!person || m.person()) && usable.test(m)) return m;
    }
    for (int k = before.size() - 1; k >= 0; k--) {
      Mention m = before.get(k);
      if (m.sentence() < sentence - WINDOW) break;
      if (m.hasCountry() && (!person || m.person()) && usable.test(m)) return m;
    }
    return null;
  }

  /** A named news outlet from the dictionary ("Reuters", "Tass"), not a role word such as "journalists". */
  private static boolean outlet(Mention m) {
    return m.origin() == Origin.DICTIONARY && m.code().length() == 6 && m.code().endsWith("MED");
  }

  private static Mention unplacedPerson(List<Mention> thisSentence, int token) {
    for (int k = thisSentence.size() - 1; k >= 0; k--) {
      Mention m = thisSentence.get(k);
      if (m.end() <= token && m.person()) return m;
    }
    return null;
  }

  /** A one-word mention ("he", "they", a surname seen before) standing for {@code ante}: its code and name. */
  private static Mention single(Sentence s, Token t, Mention ante, boolean person) {
    return new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.begin(), t.end(), t.word(), ante.code(), Origin.COREFERENCE, person,
        ante.name());
  }
}
