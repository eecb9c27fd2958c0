package org.dyad.events;

import static org.dyad.events.Arguments.covering;
import static org.dyad.events.Clauses.isOblique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * A refinement of the event cascade: "three civilians were killed in a bombing", "a roadside bomb killed two
 * soldiers": where no one is named as the attacker, the source is unknown ("---", {@value #PROVENANCE}) rather than
 * the event lost; armed men of the place where one is named ({@value #LOCATED}); the police of the place for
 * arrests. An attack noun as the subject codes the event by its own kind ({@value #BY} and its pattern).
 */
final class UnknownSourceStep {
  static final String PROVENANCE = "+unknown-source";
  static final String LOCATED = "+unknown-source:located";
  static final String BY = "+by:";
  /** Verbs of arrest, whose doer is the police of the place. */
  private static final Set<String> ARRESTS = Set.of("arrest", "detain", "jail", "imprison");
  /** Acts of force, whose doer the news often does not know. */
  private static final Set<String> UNKNOWN_SOURCE_ROOTS = Set.of("18", "19");

  private UnknownSourceStep() {}

  static void apply(SentenceContext c, EventDraft d) {
    boolean arrest = ARRESTS.contains(d.trigger.lemma().toLowerCase(Locale.ROOT));
    if (!d.sources.isEmpty() || c.literal() || d.noun || !(UNKNOWN_SOURCE_ROOTS.contains(d.root()) || arrest) || d.targets.isEmpty()) return;
    Sentence s = c.sentence();
    DepGraph g = c.graph();
    int by = agentless(g, s, d.t());
    // "a roadside bombing near the town of Samarra": armed men of the place, unidentified (UAF), as ICEWS codes
    // "unidentified gunmen (Iraq)"; with no place named, unknown altogether. "Was arrested in Lebanon": arrests
    // are made by the police of the country they happen in, and with no place named the arrest is not coded.
    Mention where = by >= 0 ? placeOfAct(g, d.t(), by, c.mentions()) : null;
    if (by < 0 || where == null && arrest) return;
    Token b = s.token(by);
    String unknown = where == null ? "---" : where.country() + (arrest ? "COP" : "UAF");
    d.sources = new ArrayList<>(List.of(new Mention(s.index(), by, by + 1, by, b.begin(), b.end(), b.word(), unknown,
        where == null ? Origin.DICTIONARY : Origin.COMPOSED, false)));
    d.tag(where == null ? PROVENANCE : LOCATED);
    // "a roadside bombing killed two soldiers": the attack named as the subject is the act; the killing is
    // what it did, so the more specific kind of assault codes the event.
    VerbPattern how = c.candidates().get(by);
    if (how != null && how.code().startsWith("18") && d.code.startsWith("19")) {
      d.code = how.code();
      d.tag(BY + how.id());
    }
  }

  /**
   * The token that stands for an unnamed doer: the verb itself when it is passive with no agent ("were killed"),
   * or a common-noun subject that names no actor ("a minefield explosion killed…"); -1 when a doer may be named.
   */
  private static int agentless(DepGraph g, Sentence s, int t) {
    if (Arguments.isPassive(g, t)) {
      for (DepGraph.Arc a : g.children(t)) if (a.rel().equals("obl:agent") || a.rel().equals("obl:by")) return -1;
      return g.children(t, "nsubj:pass").isEmpty() ? -1 : t;
    }
    for (DepGraph.Arc a : g.children(t, "nsubj")) {
      String pos = s.token(a.dep()).pos();
      return pos.equals("NN") || pos.equals("NNS") ? a.dep() : -1;
    }
    return -1;
  }

  /**
   * The place an act of force happened: a place under an in/at/near oblique of the verb, or of the attack noun that is
   * its subject ("a minefield explosion near the town of Samarra"), through "of" links; null when none is named.
   */
  private static Mention placeOfAct(DepGraph g, int t, int by, List<Mention> ms) {
    List<Integer> level = new ArrayList<>();
    for (int n : by == t ? List.of(t) : List.of(t, by)) {
      for (DepGraph.Arc a : g.children(n)) if (isOblique(a.rel(), Arguments.LOCATING_PREPS)) level.add(a.dep());
    }
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int n : level) {
        // A place, a capital, or a country named as where it happened ("killed in Afghanistan").
        for (Mention m : covering(n, ms)) {
          if (m.origin() == Origin.PLACE || m.origin() == Origin.METONYM || m.origin() == Origin.DICTIONARY && m.code().length() == 3) return m;
        }
        for (DepGraph.Arc a : g.children(n)) {
          if (a.rel().equals("nmod:of") || a.rel().equals("compound") || isOblique(a.rel(), Arguments.LOCATING_PREPS)) next.add(a.dep());
        }
      }
      level = next;
    }
    return null;
  }
}
