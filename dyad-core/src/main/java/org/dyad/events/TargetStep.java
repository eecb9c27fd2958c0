package org.dyad.events;

import static org.dyad.events.Arguments.DEFAULT_TARGET_PREPS;
import static org.dyad.events.Arguments.HOSTILE_PREPS;
import static org.dyad.events.Arguments.at;
import static org.dyad.events.Arguments.collectOblique;
import static org.dyad.events.Arguments.covering;
import static org.dyad.events.Arguments.dedupe;
import static org.dyad.events.Arguments.isPassive;
import static org.dyad.events.Clauses.isOblique;
import static org.dyad.events.Clauses.purposeHead;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;

/**
 * The target step of the event cascade: whom the act is aimed at, where the pattern says (its target preposition)
 * or else where a target usually stands (object, iobj, to/with/against obliques, the object's or the complement's own
 * target, the subject of a demanded clause). The fallbacks for targets no dependency names are
 * {@link FallbackTargets}.
 */
final class TargetStep {
  /** Noun triggers take their target from these too: "airstrikes on Idlib", "attack in Kabul". */
  private static final Set<String> NOUN_TARGET_PREPS = Set.of("to", "with", "against", "toward", "towards", "upon", "on", "in", "at", "into");
  private static final Set<String> OBJECT_TARGET_PREPS = Set.of("against", "with", "to", "on", "by", "from", "toward", "towards", "upon",
      "between");
  /** Whom a measure laid by a participle falls on: "restrictions imposed on Olmert", "a ban slapped against Iran". */
  private static final Set<String> IMPOSED_PREPS = Set.of("against", "toward", "towards", "on", "upon");
  private static final Set<String> COMPLEMENT_TARGET_PREPS = Set.of("against", "with", "to", "on", "from", "in", "into", "toward", "towards");
  /** Roots whose target may be the subject of a that-clause: appeals, demands, accusations. */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10", "11");
  /** Appeals and demands, which are addressed to the subject of the clause that says what they ask for. */
  private static final Set<String> ADDRESSED_ROOTS = Set.of("02", "10");
  /** Rally support on behalf of (053): aimed at the one supported, not at those called on. */
  private static final String RALLY = "053";
  /** Backing, criticism and rejection, whose object may be something done by the one they are aimed at. */
  static final Set<String> MADE_BY_ROOTS = Set.of("05", "11", "12");
  /** Relations that open a new clause: actors below them belong to another verb. */
  private static final Set<String> CLAUSE_RELS = Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "xcomp");

  private TargetStep() {}

  /** The targets of a draft whose code the text's own words decide (not a demand read from "must"). */
  static List<Mention> find(SentenceContext c, EventDraft d) {
    DepGraph g = c.graph();
    List<Mention> ms = c.mentions();
    int t = d.t();
    List<Mention> targets = d.noun ? nounTargets(g, t, d.pattern, ms) : verbTargets(g, c.sentence(), t, d.pattern, d.code, ms);
    if (d.code.equals(RALLY) && d.about >= 0) {
      // "urged the European Community to support the PLO": support rallied on behalf of the PLO is aimed at it.
      List<Mention> behalf = verbTargets(g, c.sentence(), d.about, d.aboutPattern, d.aboutPattern.code(), ms);
      if (!behalf.isEmpty()) targets = behalf;
    }
    if (!d.noun && d.pattern.targetPrep() == null && MADE_BY_ROOTS.contains(d.root())) {
      List<Mention> by = madeBy(g, t, ms, d.sources);
      if (!by.isEmpty()) targets = by;
    }
    int purposeOf = d.noun ? -1 : purposeHead(g, c.sentence(), t);
    if (targets.isEmpty() && purposeOf >= 0) {
      // "sent personnel to Bosnia to investigate…": the purpose is carried out where the act went.
      for (DepGraph.Arc a : g.children(purposeOf)) if (isOblique(a.rel(), Arguments.DESTINATION_PREPS)) targets.addAll(at(g, a.dep(), ms));
    }
    return targets;
  }

  static List<Mention> verbTargets(DepGraph g, Sentence s, int t, VerbPattern p, String code, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    String prep = p.targetPrep();
    if (prep != null && !prep.isEmpty()) {
      for (String pr : p.targetPreps()) {
        collectOblique(g, t, pr, ms, out);
        for (int a : Arguments.carriers(g, s, t, p)) collectOblique(g, a, pr, ms, out);
      }
      if (out.isEmpty()) ofPhraseTargets(g, t, p, ms, out);
      if (out.isEmpty()) for (DepGraph.Arc a : g.children(t, "iobj")) out.addAll(at(g, a.dep(), ms));
      return dedupe(out);
    }
    boolean passive = isPassive(g, t);
    for (DepGraph.Arc a : g.children(t)) {
      if (passive ? a.rel().equals("nsubj:pass") : a.rel().equals("obj")) out.addAll(at(g, a.dep(), ms));
    }
    // "found the Syrian regime guilty", "held Israel responsible": the subject of a small clause is the verb's object.
    if (out.isEmpty() && !passive) for (int x : smallClauseSubjects(g, s, t)) out.addAll(at(g, x, ms));
    if (!out.isEmpty()) return dedupe(out);
    for (DepGraph.Arc a : g.children(t, "iobj")) out.addAll(at(g, a.dep(), ms));
    if (!out.isEmpty() || prep != null) return dedupe(out);
    for (DepGraph.Arc a : g.children(t)) {
      if (isOblique(a.rel(), DEFAULT_TARGET_PREPS)) out.addAll(at(g, a.dep(), ms));
    }
    if (!out.isEmpty()) return dedupe(out);
    return indirectTargets(g, t, code, ms);
  }

  /**
   * "declared a state of siege in Pando": the phrase the object is a kind or measure of may carry the oblique; the
   * first that names a target is taken.
   */
  private static void ofPhraseTargets(DepGraph g, int t, VerbPattern p, List<Mention> ms, List<Mention> out) {
    for (String pr : p.targetPreps()) {
      for (DepGraph.Arc a : g.children(t, "obj")) {
        for (DepGraph.Arc b : g.children(a.dep(), "nmod:of")) {
          collectOblique(g, b.dep(), pr, ms, out);
          if (!out.isEmpty()) return;
        }
      }
    }
  }

  /** The subjects of a verb's non-verbal complements ("found [the regime guilty]"), which stand as its objects. */
  static List<Integer> smallClauseSubjects(DepGraph g, Sentence s, int t) {
    List<Integer> out = new ArrayList<>();
    for (DepGraph.Arc x : g.children(t, "xcomp")) {
      if (s.token(x.dep()).isVerb()) continue;
      for (DepGraph.Arc b : g.children(x.dep(), "nsubj")) out.add(b.dep());
    }
    return out;
  }

  /** Targets named below the verb's object or complement, when none is named on the verb itself. */
  private static List<Mention> indirectTargets(DepGraph g, int t, String code, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    // "threatened further action against Russia", "rejected calls by Belarus's rulers": the object's own target; and
    // whom the object is meant for: "manufacturing chemical weapons to use against the United States".
    for (DepGraph.Arc a : g.children(t, "obj")) {
      for (DepGraph.Arc b : g.children(a.dep())) {
        if (isOblique(b.rel(), OBJECT_TARGET_PREPS)) out.addAll(at(g, b.dep(), ms));
        if (b.rel().equals("acl:to") || b.rel().equals("acl")) {
          // "lifted restrictions imposed on Olmert", "sanctions placed on Iran": a participle (plain acl; "to use
          // against" is acl:to) that lays the object on someone names whom it falls on.
          // "dismissed the protest filed by Tolentino against de Lima": whom the doer aimed it at is not the target
          // of rejecting it (madeBy reads the doer).
          if (b.rel().equals("acl") && MADE_BY_ROOTS.contains(code.substring(0, 2)) && agent(g, b.dep()) >= 0) continue;
          Set<String> preps = b.rel().equals("acl") ? IMPOSED_PREPS : HOSTILE_PREPS;
          for (DepGraph.Arc c : g.children(b.dep())) if (isOblique(c.rel(), preps)) out.addAll(at(g, c.dep(), ms));
        }
      }
    }
    if (!out.isEmpty()) return dedupe(out);
    // "threatened to break relations with Russia", "refused to deploy peacekeepers in Iraq": the complement's target.
    for (DepGraph.Arc x : g.children(t, "xcomp")) {
      for (DepGraph.Arc b : g.children(x.dep())) {
        if (b.rel().equals("obj") || isOblique(b.rel(), COMPLEMENT_TARGET_PREPS)) out.addAll(at(g, b.dep(), ms));
      }
    }
    if (!out.isEmpty() || !CLAUSE_TARGET_ROOTS.contains(code.substring(0, 2))) return dedupe(out);
    // "demanded that the US cancel its plans": a demand or appeal is addressed to the subject of its clause.
    for (DepGraph.Arc c : g.children(t, "ccomp")) {
      for (DepGraph.Arc b : g.children(c.dep())) if (b.rel().startsWith("nsubj")) out.addAll(at(g, b.dep(), ms));
    }
    if (!out.isEmpty() || !ADDRESSED_ROOTS.contains(code.substring(0, 2))) return dedupe(out);
    // "repeated its demand that Washington lift all sanctions": the same when the demand is the verb's object.
    for (DepGraph.Arc a : g.children(t, "obj")) {
      for (DepGraph.Arc c : g.children(a.dep(), "ccomp")) {
        for (DepGraph.Arc b : g.children(c.dep())) if (b.rel().equals("nsubj")) out.addAll(at(g, b.dep(), ms));
      }
    }
    return dedupe(out);
  }

  /**
   * "welcomed measures outlined by Miyazawa", "rejected an appeal lodged by X": backing, criticising or rejecting what
   * someone did is aimed at its doer, when the object names no actor itself. Not a doer coded like the source ("EC
   * ministers endorsed a package drafted by the EC Commission" keeps its object as target), nor one coded only by
   * coreference: "the programme adopted by president Paz" gave the president the World Bank's code (2 of 8 review
   * firings wrong so, none of the others).
   */
  private static List<Mention> madeBy(DepGraph g, int t, List<Mention> ms, List<Mention> sources) {
    List<Mention> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t, "obj")) {
      if (!at(g, a.dep(), ms).isEmpty()) continue;
      for (DepGraph.Arc b : g.children(a.dep(), "acl")) {
        int by = agent(g, b.dep());
        if (by >= 0) out.addAll(at(g, by, ms));
      }
    }
    out.removeIf(m -> m.origin() == Origin.COREFERENCE || sources.stream().anyMatch(src -> src.code().equals(m.code()) || src.covers(m.head())));
    return dedupe(out);
  }

  /** The agent ("by X") of participle {@code acl}, or -1. */
  static int agent(DepGraph g, int acl) {
    for (DepGraph.Arc a : g.children(acl)) if (a.rel().equals("obl:agent") || a.rel().equals("obl:by")) return a.dep();
    return -1;
  }

  private static List<Mention> nounTargets(DepGraph g, int t, VerbPattern p, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    String prep = p.targetPrep();
    if (prep != null && !prep.isEmpty()) {
      for (String pr : p.targetPreps()) collectOblique(g, t, pr, ms, out);
    } else {
      for (DepGraph.Arc a : g.children(t)) {
        String rel = a.rel();
        if (rel.startsWith("nmod:") && NOUN_TARGET_PREPS.contains(rel.substring(5))) out.addAll(at(g, a.dep(), ms));
      }
      // "a suspension of aid to Honduras", "a freeze of talks with Iran": what the act is done to is aimed at someone.
      if (out.isEmpty()) for (int o : Arguments.ofThing(g, t)) out.addAll(at(g, o, ms));
    }
    if (out.isEmpty()) {
      // "Syrian airstrikes targeted Idlib": the nominal event is the subject; the verb's object is its target.
      int v = g.head(t, "nsubj");
      if (v >= 0) for (DepGraph.Arc a : g.children(v, "obj")) out.addAll(at(g, a.dep(), ms));
      int lv = g.head(t, "obj");
      if (lv >= 0 && out.isEmpty()) {
        for (DepGraph.Arc a : g.children(lv)) {
          String rel = a.rel();
          if (rel.startsWith("obl:") && DEFAULT_TARGET_PREPS.contains(rel.substring(4))) out.addAll(at(g, a.dep(), ms));
        }
      }
    }
    List<Mention> own = covering(t, ms);
    out.removeAll(own);
    return dedupe(out);
  }

  /**
   * PETRARCH's target when no argument names one: the first actor after the verb within its own clause ("restore
   * ties with Gondor", "arrived on a visit to Gondor"), with the actors conjoined to it.
   */
  static List<Mention> lowerActors(DepGraph g, int t, List<Mention> ms, List<Mention> sources) {
    Set<Integer> phrase = new HashSet<>();
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(t));
    while (!todo.isEmpty()) {
      int n = todo.poll();
      if (!phrase.add(n)) continue;
      for (DepGraph.Arc a : g.children(n)) {
        String r = a.rel();
        if (r.startsWith("nsubj") || r.startsWith("conj") || CLAUSE_RELS.contains(r) || CLAUSE_RELS.contains(r.split(":")[0])) continue;
        todo.add(a.dep());
      }
    }
    Mention first = null;
    for (Mention m : ms) {
      if (m.start() <= t || sources.contains(m) || !phrase.contains(m.head())) continue;
      if (first == null || m.start() < first.start()) first = m;
    }
    List<Mention> out = new ArrayList<>();
    if (first == null) return out;
    out.add(first);
    for (DepGraph.Arc c : g.children(first.head(), "conj")) out.addAll(covering(c.dep(), ms));
    return dedupe(out);
  }
}
