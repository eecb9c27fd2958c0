package org.dyad.geo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.events.Clauses;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;

/**
 * Which place names of an event's clause can be where the event happened. A place is a venue when the preposition
 * that introduces it says where ("in", "at", "near", "from"); "beyond Ukraine", "ties with Kenya", "operated by
 * China" name a topic, a partner or an actor (VOA audit round 6). What a speech act is about is no venue either:
 * "voiced concern over the violence in Israel" was not said in Israel, "condemned the attack in Kabul" not in Kabul.
 */
final class Venues {
  private Venues() {}

  /** Prepositions that never introduce where an act was done. */
  private static final Set<String> NOT_WHERE = Set.of("about", "against", "beyond", "between", "by", "agent", "concerning",
      "despite", "like", "regarding", "than", "toward", "towards", "unlike", "versus", "with", "without");
  /**
   * Prepositions that, after a verb of saying, introduce what or whom the words are about or for ("warned Iran over
   * its programme", "appealed to Kenya", "aid for Ukraine"), not where they were said.
   */
  private static final Set<String> SAID_ABOUT = Set.of("over", "on", "for", "to", "into", "of", "amid");

  /** Whether the place's own preposition makes it no venue ("beyond Ukraine", "with Kenya", "by China"). */
  static boolean notWhere(Toponym t, Sentence s, DepGraph g) {
    String p = preposition(t, s, g);
    return p != null && NOT_WHERE.contains(p);
  }

  /**
   * Takes out of a speech act's clause what the act is about: its objects ("condemned the attack in Kabul") and
   * phrases of topic or addressee ("concern over the violence in Israel"), with all they hold. Phrases of place
   * ("said in Brussels") stay, and so does the place of the audience of a verb of saying ("told reporters in
   * Kabul") or of a gathering the words were addressed to ("addressed a rally in Lahore": WordNet's social or
   * communication nouns).
   */
  static void dropTopics(DepGraph g, Sentence s, int trigger, boolean[] clause, Predicate<String> gathering) {
    Deque<Integer> todo = new ArrayDeque<>();
    Set<Integer> stay = new HashSet<>();
    for (DepGraph.Arc a : g.children(trigger)) {
      boolean object = a.rel().equals("obj") || a.rel().equals("iobj");
      if (object || aboutPhrase(g, s, a)) todo.add(a.dep());
      // "told reporters in Kabul": a verb of saying's object is its audience, which is where the words were said.
      if (!object || !Clauses.saying(s, trigger) && !gathering.test(s.token(a.dep()).lemma())) continue;
      for (DepGraph.Arc b : g.children(a.dep())) if (b.rel().equals("nmod:in") || b.rel().equals("nmod:at")) stay.add(b.dep());
    }
    while (!todo.isEmpty()) {
      int t = todo.poll();
      if (t < 0 || t >= clause.length || !clause[t] || stay.contains(t)) continue;
      clause[t] = false;
      for (DepGraph.Arc a : g.children(t)) todo.add(a.dep());
    }
  }

  /**
   * The clause of the verb that reports the act ("shelled the platforms, the minister told a news conference in
   * Tehran"; "in Tehran, the minister said warships had shelled …"), or null: where the words were said is not where
   * the act they report was done, whether or not the saying is an event of its own.
   */
  static boolean[] tellersClause(DepGraph g, Sentence s, int trigger) {
    // "…, the minister told a news conference in Tehran": the parser hangs the saying on the act it reports.
    for (DepGraph.Arc a : g.children(trigger)) {
      if (a.rel().equals("parataxis") && Clauses.saying(s, a.dep())) return GeoStage.clause(g, s, a.dep());
    }
    int k = trigger;
    for (int step = 0; step < 4 && k >= 0; step++) {
      int up = -1;
      for (DepGraph.Arc a : g.heads(k)) {
        if (a.head() < 0) continue;
        if (a.rel().equals("ccomp") || a.rel().equals("parataxis")) return GeoStage.clause(g, s, a.head());
        up = a.head();
      }
      k = up;
    }
    return null;
  }

  private static boolean aboutPhrase(DepGraph g, Sentence s, DepGraph.Arc a) {
    if (!a.rel().startsWith("obl") && !a.rel().startsWith("nmod")) return false;
    String p = caseOf(g, s, a.dep(), a.rel());
    return p != null && (SAID_ABOUT.contains(p) || NOT_WHERE.contains(p));
  }

  /** The preposition introducing a place name: from its head's relation ("obl:beyond") or its "case" word; else null. */
  static String preposition(Toponym t, Sentence s, DepGraph g) {
    if (g == null) {
      int k = t.tokenStart() - 1;
      if (k >= 0 && s.token(k).lower().equals("the")) k--;
      return k >= 0 && s.token(k).pos().equals("IN") ? s.token(k).lower() : null;
    }
    for (int k = t.tokenStart(); k < t.tokenEnd() && k < g.size(); k++) {
      for (DepGraph.Arc a : g.heads(k)) {
        if (a.head() >= 0 && (a.head() < t.tokenStart() || a.head() >= t.tokenEnd())) return caseOf(g, s, k, a.rel());
      }
    }
    return null;
  }

  private static String caseOf(DepGraph g, Sentence s, int dep, String rel) {
    int colon = rel.indexOf(':');
    if (colon > 0 && (rel.startsWith("obl") || rel.startsWith("nmod"))) {
      String p = rel.substring(colon + 1);
      if (!p.equals("poss") && !p.equals("tmod") && !p.equals("npmod")) return p.toLowerCase(Locale.ROOT);
    }
    for (DepGraph.Arc c : g.children(dep)) {
      if (c.rel().equals("case") && dep < s.size()) return s.token(c.dep()).lower();
    }
    return null;
  }
}
