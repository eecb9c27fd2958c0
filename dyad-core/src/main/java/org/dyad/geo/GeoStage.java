package org.dyad.geo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.events.Event;
import org.dyad.events.EventStage;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.dyad.pipeline.Stage;

/**
 * Places each event: at the most precise literal place of the event's own clause
 * (the trigger and what hangs from it, not subordinate or coordinated clauses: in "Putin met Erdogan as airstrikes
 * targeted Idlib" the meeting is not in Idlib), else — for a visit or an attack — at the place its target names,
 * else — unless the event is something said — at a place of its
 * sentence that no other event's clause holds, else — for a physical act ({@link #doneAtHome}) — at the country of
 * the article's focus when the event's actors are of that country, else nowhere (issue 16).
 * Places of different countries listed together are no event's place, and an event whose clause lists them has none.
 */
public final class GeoStage implements Stage {
  public static final Key<EventLocations> LOCATIONS = new Key<>("locations", EventLocations.class);
  /** Relations that start another clause, which has its own place. */
  private static final List<String> CLAUSE_RELS = List.of("advcl", "ccomp", "parataxis", "acl", "csubj", "conj", "ref");

  private final Gazetteer gazetteer;
  private final org.dyad.lexicon.WordClasses words = org.dyad.lexicon.WordClasses.load(); // shared with the event stage

  public GeoStage(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return "geo";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.SENTENCES, ToponymStage.TOPONYMS, ParseStage.PARSES, EventStage.EVENTS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(LOCATIONS);
  }

  @Override
  public void process(Document doc) {
    List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
    List<Toponym> toponyms = doc.get(ToponymStage.TOPONYMS).list();
    List<Event> events = doc.get(EventStage.EVENTS).list();
    List<boolean[]> clauses = new ArrayList<>();
    List<boolean[]> owned = new ArrayList<>(); // what each event's clause holds, its topics included
    for (Event e : events) {
      DepGraph g = doc.get(ParseStage.PARSES).get(e.sentence());
      boolean[] c = g == null ? null : clause(g, sentences.get(e.sentence()), e.trigger());
      if (c != null && e.speech()) dropSpeaker(g, e.trigger(), c);
      owned.add(c == null ? null : c.clone());
      if (c != null && e.speech()) Venues.dropTopics(g, sentences.get(e.sentence()), e.trigger(), c, this::gathering);
      clauses.add(c);
    }
    Place focus = focus(toponyms);
    // "U.S. exports", "the U.S. embassy": a country naming a noun's owner is no place where anything happened.
    toponyms = toponyms.stream().filter(t -> !attributive(t, sentences.get(t.sentence()))).toList();
    Set<Toponym> several = severalCountries(toponyms, sentences);
    List<Toponym> its = toponyms.stream().filter(t -> !several.contains(t)).toList();
    // "beyond Ukraine", "ties with Kenya": named, but not as where anything was done; a target's place still counts.
    List<Toponym> venues = its.stream()
        .filter(t -> !Venues.notWhere(t, sentences.get(t.sentence()), doc.get(ParseStage.PARSES).get(t.sentence()))).toList();
    Place[] placed = new Place[events.size()];
    boolean[] regional = new boolean[events.size()];
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      boolean[] own = clauses.get(i);
      int self = i;
      placed[i] = best(e, venues, t -> own == null || within(t, own));
      if (placed[i] == null && e.atTarget()) placed[i] = target(e, its);
      // "visited Europe": the clause's place is a continent, too coarse to give, and no other place is the event's.
      regional[i] = placed[i] == null && toponyms.stream().anyMatch(t -> t.sentence() == e.sentence() && t.literal()
          && t.place().isRegion() && (own == null || within(t, own)));
      // "Burkina Faso, Mali and Niger withdrew": done by or in several countries, the event has no one place.
      regional[i] |= placed[i] == null
          && several.stream().anyMatch(t -> t.sentence() == e.sentence() && (own == null || within(t, own)));
      if (regional[i]) continue;
      // What is said happened where it was said: a place elsewhere in the sentence is what the words are about.
      if (placed[i] == null && !e.speech()) {
        DepGraph g = doc.get(ParseStage.PARSES).get(e.sentence());
        boolean[] telling = g == null ? null : Venues.tellersClause(g, sentences.get(e.sentence()), e.trigger());
        placed[i] = best(e, venues, t -> !claimed(t, self, events, owned) && (telling == null || !within(t, telling)));
      }
    }
    List<Location> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Place p = placed[i] != null || regional[i] ? placed[i] : retold(i, events, placed);
      if (p == null && !regional[i]) p = fallback(events.get(i), focus);
      out.add(p == null ? null : Location.of(p, gazetteer));
    }
    doc.put(LOCATIONS, new EventLocations(out));
  }

  /** A gathering or an address words are said to ("a news conference", "a meeting", "a briefing"): WordNet's first sense. */
  private boolean gathering(String lemma) {
    var c = words.of(lemma);
    return !c.isEmpty() && (c.get(0).equals("social") || c.get(0).equals("communication"));
  }

  /**
   * The place another sentence gives the same event: same CAMEO root, same source and target ("Putin and Erdogan
   * meet at Moscow air show" in the headline places "Putin met Erdogan on Tuesday").
   */
  private static Place retold(int i, List<Event> events, Place[] placed) {
    Event e = events.get(i);
    for (int j = 0; j < events.size(); j++) {
      Event o = events.get(j);
      if (j == i || placed[j] == null || o.sentence() == e.sentence() || !o.code().regionMatches(0, e.code(), 0, 2)) continue;
      if (same(o.source(), e.source()) && same(o.target(), e.target())) return placed[j];
    }
    return null;
  }

  private static boolean same(org.dyad.events.ActorRef a, org.dyad.events.ActorRef b) {
    return a == null ? b == null : b != null && !a.code().startsWith("---") && a.code().equals(b.code());
  }

  /**
   * An event whose sentence names no place of its own is placed by the article only when its actors support it:
   * some actor is of the focus's country and none is of another (a Sudanese army's attack in an article datelined
   * Khartoum is in Sudan; a speech at the UN, or a meeting of foreign leaders in an article datelined Washington, is
   * not placed there). Even then the place is the country, and {@code precision} says so: the dateline tells which
   * country the article is about, not where in it the event was.
   */
  private Place fallback(Event e, Place focus) {
    if (focus == null || focus.country().isEmpty() || !doneAtHome(e)) return null;
    boolean own = false;
    for (var a : new org.dyad.events.ActorRef[] {e.source(), e.target()}) {
      String c = a == null ? null : country(a.code());
      if (c == null) continue;
      if (!c.equals(focus.country())) return null;
      own = true;
    }
    return own ? gazetteer.country(focus.country()) : null;
  }

  /**
   * Whether an event is a physical act that an actor of a country does in that country when the text says no more:
   * a protest, a show of force, an arrest or repression, an attack, a fight (CAMEO roots 14, 15, 17-20). What is
   * said, met, agreed or decided (roots 01-13, 16) happens wherever its actors were, which an actor's nationality
   * does not tell: "Syria's authorities said", "the State Department told VOA", "a British charity says" (issue 16,
   * VOA audit round 5).
   */
  static boolean doneAtHome(Event e) {
    return e.code().length() >= 2 && PHYSICAL_ROOTS.contains(e.code().substring(0, 2));
  }

  private static final Set<String> PHYSICAL_ROOTS = Set.of("14", "15", "17", "18", "19", "20");

  /** The ISO alpha-2 country of an actor code ("SYRMIL" -> "SY"), or null for organisations and unknown actors. */
  static String country(String code) {
    return code == null || code.length() < 3 ? null : CountryCodes.iso2(code.substring(0, 3));
  }

  private static boolean within(Toponym t, boolean[] clause) {
    for (int k = t.tokenStart(); k < t.tokenEnd() && k < clause.length; k++) if (clause[k]) return true;
    return false;
  }

  /**
   * The place the event's target names, literal or not ("Russian troops attacked Ukraine": Ukraine acts as an actor
   * and is where the attack was), for events done where their target is; null when the target names none or a
   * continent. The place must end the target's words: "attacked the U.S. embassy" is not in the United States.
   */
  private Place target(Event e, List<Toponym> toponyms) {
    var a = e.target();
    if (a == null) return null;
    for (Toponym t : toponyms) {
      if (t.sentence() != e.sentence() || t.place().isRegion() || t.start() >= a.end() || t.end() < a.end()) continue;
      // "REPELS IRANIAN ATTACK", "attacked the Iranians": a people's name is whose the target is, not where.
      if (gazetteer.demonym(t.text()) != null) continue;
      return t.place();
    }
    return null;
  }

  /**
   * A country name before a common noun or an organisation's name ("U.S. embassy", "Syria policy", "the U.S.
   * Treasury Department"): whose, not where. Not after a preposition of place or before a time ("will meet in Bahrain
   * today"); "of" is no preposition of place ("worth of U.S. exports").
   */
  static boolean attributive(Toponym t, Sentence s) {
    if (!t.place().isCountry() || t.tokenEnd() >= s.size()) return false;
    var before = t.tokenStart() > 0 ? s.token(t.tokenStart() - 1) : null;
    if (before != null && before.pos().equals("IN") && !before.lower().equals("of")) return false;
    var next = s.token(t.tokenEnd());
    // "the U.S. Treasury Department", "worth of U.S. exports": the country owns what follows.
    if (next.pos().equals("NNP") && next.ner().equals("ORGANIZATION")) return true;
    return (next.pos().equals("NN") || next.pos().equals("NNS")) && next.ner().equals("O");
  }

  /** Words that may join the items of a list of places: "Burkina Faso, Mali and Niger", "Britain and the United States". */
  private static final Set<String> LIST_WORDS = Set.of(",", "and", "or", "the", "as", "well", "&");

  /**
   * Places listed together with a place of another country: an act of several countries ("Burkina Faso, Mali and
   * Niger withdrew") or done in several ("politicians in Britain and the United States") has no one place, and giving
   * it the first or the nearest of them is wrong more often than not.
   */
  static Set<Toponym> severalCountries(List<Toponym> toponyms, List<Sentence> sentences) {
    Set<Toponym> out = new java.util.HashSet<>();
    for (Toponym a : toponyms) {
      for (Toponym b : toponyms) {
        if (a.sentence() != b.sentence() || b.tokenStart() < a.tokenEnd() || a.place().country().equals(b.place().country())) continue;
        Sentence s = sentences.get(a.sentence());
        if (listed(s, a.tokenEnd(), b.tokenStart()) && !modifier(s, b.tokenEnd())) {
          out.add(a);
          out.add(b);
        }
      }
    }
    return out;
  }

  /** Whether token {@code k} goes on the noun phrase before it: "Berlin, the U.S. agricultural officer" lists no places. */
  private static boolean modifier(Sentence s, int k) {
    return k < s.size() && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ"));
  }

  /** Whether the tokens in [from, to) are only the commas and conjunctions of a list, and at least one. */
  private static boolean listed(Sentence s, int from, int to) {
    if (to <= from) return false;
    boolean joined = false;
    for (int k = from; k < to; k++) {
      String w = s.token(k).lower();
      if (!LIST_WORDS.contains(w)) return false;
      joined |= !w.equals("the");
    }
    return joined;
  }

  /** A place in the clause of another event of the sentence belongs to that event. */
  private static boolean claimed(Toponym t, int self, List<Event> events, List<boolean[]> clauses) {
    for (int j = 0; j < events.size(); j++) {
      if (j != self && events.get(j).sentence() == t.sentence() && clauses.get(j) != null && within(t, clauses.get(j))) return true;
    }
    return false;
  }

  /** The most precise literal place of the event's sentence that passes the test; the nearest to the trigger among equals. */
  static Place best(Event e, List<Toponym> toponyms, java.util.function.Predicate<Toponym> where) {
    Toponym best = null;
    for (Toponym t : toponyms) {
      // A continent or sea is no event's place: "European officials", "security in the Gulf of Guinea".
      if (t.sentence() != e.sentence() || !t.literal() || t.place().isRegion() || !where.test(t)) continue;
      if (best == null || rank(t.place()) > rank(best.place())
          || (rank(t.place()) == rank(best.place()) && gap(t, e) < gap(best, e))) best = t;
    }
    return best == null ? null : best.place();
  }

  private static int rank(Place p) {
    return p.isCity() ? 4 : p.isAdmin2() ? 3 : p.isAdmin1() ? 2 : p.isCountry() ? 1 : 0;
  }

  private static int gap(Toponym t, Event e) {
    return Math.min(Math.abs(t.tokenStart() - e.trigger()), Math.abs(t.tokenEnd() - 1 - e.trigger()));
  }

  /**
   * Tokens reachable from the trigger without entering another clause. A noun trigger ("airstrikes targeted the
   * province") stands for the clause of the verb it is the subject or object of.
   */
  static boolean[] clause(DepGraph g, Sentence s, int trigger) {
    boolean[] seen = new boolean[g.size()];
    if (trigger < 0 || trigger >= g.size()) return seen;
    if (s.token(trigger).isNoun()) {
      for (DepGraph.Arc a : g.heads(trigger)) {
        if (a.head() >= 0 && s.token(a.head()).isVerb() && (a.rel().startsWith("nsubj") || a.rel().equals("obj"))) {
          seen[trigger] = true;
          trigger = a.head();
          break;
        }
      }
    }
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(trigger);
    seen[trigger] = true;
    while (!todo.isEmpty()) {
      int t = todo.poll();
      for (DepGraph.Arc a : g.children(t)) {
        if (seen[a.dep()] || CLAUSE_RELS.stream().anyMatch(r -> a.rel().equals(r) || a.rel().startsWith(r + ":"))) continue;
        seen[a.dep()] = true;
        todo.add(a.dep());
      }
    }
    return seen;
  }

  /**
   * Takes the speaker's words out of a speech act's clause: who speaks is described by a seat, a post or a topic
   * ("an analyst at a New York-based firm said", "WFP's country director in Malawi said", "U.S. President Trump
   * threatened", "Ankara is warning"), none of which says where the words were said. A place the speaker is said
   * to be in, hanging straight from the speaker ("traders in Chicago said", "a student in Beijing said"), stays.
   */
  static void dropSpeaker(DepGraph g, int trigger, boolean[] clause) {
    Deque<Integer> todo = new ArrayDeque<>();
    for (DepGraph.Arc a : g.children(trigger)) {
      if (!a.rel().startsWith("nsubj")) continue;
      clause[a.dep()] = false;
      for (DepGraph.Arc b : g.children(a.dep())) {
        if (!b.rel().equals("nmod:in") && !b.rel().equals("nmod:at")) todo.add(b.dep());
      }
    }
    while (!todo.isEmpty()) {
      int t = todo.poll();
      if (t < 0 || t >= clause.length || !clause[t]) continue;
      clause[t] = false;
      for (DepGraph.Arc a : g.children(t)) todo.add(a.dep());
    }
  }

  /**
   * Where the article is: the first literal town or subdivision of its first sentence (headline or dateline), else
   * its most named literal town or subdivision, else its most named country.
   */
  static Place focus(List<Toponym> toponyms) {
    for (Toponym t : toponyms) {
      if (t.sentence() == 0 && t.literal() && (t.place().isCity() || t.place().isAdmin1() || t.place().isAdmin2())) return t.place();
    }
    Place local = mostNamed(toponyms, t -> t.literal() && (t.place().isCity() || t.place().isAdmin1() || t.place().isAdmin2()));
    return local != null ? local : mostNamed(toponyms, t -> t.place().isCountry());
  }

  private static Place mostNamed(List<Toponym> toponyms, java.util.function.Predicate<Toponym> which) {
    Map<Place, Integer> counts = new HashMap<>(); // by place, not id: counties from Census data have none
    Place best = null;
    int bestCount = 0;
    for (Toponym t : toponyms) {
      if (!which.test(t)) continue;
      int c = counts.merge(t.place(), 1, Integer::sum);
      if (c > bestCount) {
        bestCount = c;
        best = t.place();
      }
    }
    return best;
  }
}
