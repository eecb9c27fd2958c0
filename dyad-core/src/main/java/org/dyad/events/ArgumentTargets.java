package org.dyad.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.actors.Dateline;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The targets step's last resort: when no actor stands where the event's target stands, the noun phrase that does
 * is the target, coded {@code ---} (unknown) with its words, so that "launched an investigation into Kempinski" or
 * "condemned the legislation" still says whom or what it was aimed at. The slot is the pattern's: its target
 * preposition, else the object (the subject of a passive), else a preposition of direction; for a nominal event its
 * "of", "on", "against", "into"… phrase. Not a target: the pattern's own words ("imposed a curfew"), amounts and
 * times, pronouns (no words to show), and the source itself.
 */
final class ArgumentTargets {
  private ArgumentTargets() {}

  // A cause of death ("fire" in a split "cease-fire", "cancer") names what kills, never whom an act is aimed at.
  private static final Set<String> NOT_ACTORS = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY", "PERCENT", "SET",
      "CAUSE_OF_DEATH");
  /**
   * Prepositions of a target, most telling first (lists, not sets: the first found wins, and a set's order changes
   * from run to run): "an investigation into X on suspicion of Y" is aimed at X.
   */
  private static final List<String> VERB_PREPS = List.of("against", "toward", "towards", "upon", "into", "to", "with", "on");
  private static final List<String> NOUN_PREPS = List.of("against", "into", "toward", "towards", "upon", "on", "to", "with", "of");
  /** What a target's noun phrase does not reach into: clauses and lists hanging from its head. */
  private static final Set<String> CUT = Set.of("acl", "appos", "punct", "dep", "parataxis", "cc", "conj", "advcl", "ccomp", "case",
      "mark", "ref");
  /**
   * Kinds of act whose object a common noun may be: whom a statement is addressed to ("told reporters"), what is asked
   * of, praised or backed, investigated, criticised, rejected ("denounced the delay", "urged food-stall owners"), or
   * attacked ("ambushed a bus"). For other acts a
   * common noun in the object is a topic or an instrument ("discussed peace operations", "invest in computing
   * power"), so only a name will do there.
   */
  private static final Set<String> COMMON_NOUN_ROOTS = Set.of("01", "02", "05", "09", "11", "12", "18", "19", "20");

  static final String PROVENANCE = "+" + ArgumentTargets.class.getSimpleName();
  static final String SOURCE_PROVENANCE = "+" + ArgumentTargets.class.getSimpleName() + ":source";
  /** Named-entity labels of a doer: a person or an organisation (not a storm named like one, not a place). */
  private static final Set<String> DOERS = Set.of("PERSON", "ORGANIZATION");

  /**
   * The same for the doer: a subject (the agent of a passive) that is a name in no dictionary ("Majority Forward",
   * "Action Against Hunger"), coded "---" with its words. Only names: a common noun in the subject is too often a
   * thing ("the storm destroyed…", "the decision angered…").
   */
  static Mention namedSubject(DepGraph g, Sentence s, int t, List<Mention> targets) {
    boolean passive = !g.children(t, "aux:pass").isEmpty();
    int slot = -1;
    for (DepGraph.Arc a : g.children(t)) {
      boolean subject = passive ? a.rel().equals("obl:agent") || a.rel().equals("nmod:agent") : a.rel().equals("nsubj") || a.rel().equals("nsubj:xsubj");
      if (subject) {
        slot = a.dep();
        break;
      }
    }
    if (slot < 0 || slot == t) return null;
    // "Farc has said it will release…": a pronoun subject of what a speaker says is the speaker.
    int speaker = Clauses.reportedSpeaker(g, s, slot);
    if (speaker >= 0) slot = speaker;
    Token h = s.token(slot);
    if (!h.pos().startsWith("NNP") || !DOERS.contains(h.ner())) return null;
    for (Mention m : targets) if (m.covers(slot)) return null;
    int[] span = span(g, slot, t);
    if (span == null) return null;
    // "TORONTO - Trilon Financial Corp said": the dateline is no part of the name.
    int dateline = Dateline.end(s);
    if (span[0] <= dateline && slot > dateline) span[0] = dateline + 1;
    return mention(s, slot, span);
  }

  /**
   * The target at the slot of trigger {@code t} coded with {@code code}, or null. {@code isAct} tells a noun that
   * names an act itself ("a car bomb" is what is detonated, not whom).
   */
  static Mention find(DepGraph g, Sentence s, int t, VerbPattern p, String code, boolean noun, List<Mention> sources, List<Mention> ms,
      NounKinds kinds) {
    int slot = noun ? nounSlot(g, t, p) : verbSlot(g, s, t, p);
    int by = !noun && slot >= 0 && TargetStep.MADE_BY_ROOTS.contains(code.substring(0, 2)) ? doer(g, slot) : slot;
    if (slot < 0 || slot == t || Arguments.ownWord(s, slot, p)) return null;
    boolean anyNoun = COMMON_NOUN_ROOTS.contains(code.substring(0, 2));
    // Whatever the act, people and groups are whom it is done to: "arrested a top commander", "freed 19 Christians".
    Predicate<String> commonOk = w -> (anyNoun || kinds.actor().test(w)) && !kinds.act().test(w);
    Mention doer = by != slot ? atSlot(g, s, by, t, code, sources, ms, commonOk) : null;
    // A doer coded like the source is the source's own side, and one coded only by coreference ("adopted by
    // president Paz", coded as the World Bank's) too often the wrong side: the object stays the target.
    boolean ownSide = doer != null && (doer.origin() == Origin.COREFERENCE
        || doer.origin() != Origin.ARGUMENT && sources.stream().anyMatch(src -> src.code().equals(doer.code())));
    Mention m = doer != null && !ownSide ? doer : atSlot(g, s, slot, t, code, sources, ms, commonOk);
    // "a suspension of air links with twelve countries": the thing the act is done to is no target, whom it is
    // meant for is.
    if (m == null && noun) for (int o : Arguments.ofThing(g, t)) if (m == null) m = atSlot(g, s, o, t, code, sources, ms, commonOk);
    return m;
  }

  /**
   * The target whose noun phrase is headed by {@code slot} (an argument of trigger {@code t}), or null; a phrase
   * headed by a common noun only when {@code commonOk} accepts its lemma.
   */
  static Mention atSlot(DepGraph g, Sentence s, int slot, int t, String code, List<Mention> sources, List<Mention> ms,
      Predicate<String> commonOk) {
    Token h = s.token(slot);
    if (!h.isNoun()) return null;
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    for (Mention m : sources) if (m.covers(slot)) return null;
    int[] span = span(g, slot, t);
    if (span == null) return null;
    int from = span[0];
    int to = span[1];
    // "tariffs on $20 billion worth of U.S. exports", "a crackdown on protests by Palestinians": an actor named inside
    // the phrase is whom it concerns (a place only for force, as elsewhere).
    boolean force = Set.of("18", "19", "20").contains(code.substring(0, 2));
    for (Mention m : ms) {
      // A capital inside the phrase locates it ("a fair outside Moscow"), it does not stand for the government there.
      boolean where = m.origin() == Origin.PLACE || m.origin() == Origin.METONYM;
      if (m.start() >= from && m.end() <= to + 1 && !sources.contains(m) && (!where || force) && m.origin() != Origin.ADJECTIVE) {
        return m;
      }
    }
    if (NOT_ACTORS.contains(h.ner())) return null;
    boolean named = h.pos().startsWith("NNP") || !h.ner().equals("O");
    if (!named && !commonOk.test(lemma)) return null;
    return mention(s, slot, span);
  }

  /** The tokens of the noun phrase headed by {@code slot}, first and last; null when it reaches over the trigger. */
  private static int[] span(DepGraph g, int slot, int t) {
    int from = slot;
    int to = slot;
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(slot));
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      int n = todo.poll();
      if (!seen.add(n)) continue;
      for (DepGraph.Arc a : g.children(n)) {
        String rel = a.rel().contains(":") && !a.rel().startsWith("nmod") ? a.rel().substring(0, a.rel().indexOf(':')) : a.rel();
        if (CUT.contains(rel) || a.dep() == t || a.dep() == n) continue;
        from = Math.min(from, a.dep());
        to = Math.max(to, a.dep());
        todo.add(a.dep());
      }
    }
    // A phrase that reaches back over the trigger is a misparse, not an argument.
    return from <= t && to >= t ? null : new int[] {from, to};
  }

  private static Mention mention(Sentence s, int slot, int[] span) {
    int begin = s.token(span[0]).begin();
    int end = s.token(span[1]).end();
    String text = s.text().substring(Math.max(0, begin - s.begin()), Math.min(s.text().length(), end - s.begin()));
    return new Mention(s.index(), span[0], span[1] + 1, slot, begin, end, text, "---", Origin.ARGUMENT, false);
  }

  private static int verbSlot(DepGraph g, Sentence s, int t, VerbPattern p) {
    if (!p.targetPreps().isEmpty()) {
      for (String pr : p.targetPreps()) {
        int o = oblique(g, t, pr);
        if (o >= 0) return o;
        for (int a : Arguments.carriers(g, s, t, p)) if ((o = oblique(g, a, pr)) >= 0) return o;
      }
      return -1;
    }
    boolean passive = !g.children(t, "aux:pass").isEmpty();
    for (DepGraph.Arc a : g.children(t)) {
      if (!(passive ? a.rel().equals("nsubj:pass") : a.rel().equals("obj"))) continue;
      // "launched an investigation into X", "imposed tariffs on X": the pattern's own noun carries the target.
      if (Arguments.ownWord(s, a.dep(), p)) {
        for (String pr : NOUN_PREPS) {
          int o = oblique(g, a.dep(), pr);
          if (o >= 0) return o;
        }
        return -1;
      }
      return a.dep();
    }
    if (!passive) for (int x : TargetStep.smallClauseSubjects(g, s, t)) return x;
    for (DepGraph.Arc a : g.children(t, "iobj")) return a.dep();
    for (String pr : VERB_PREPS) {
      int o = oblique(g, t, pr);
      if (o >= 0) return o;
    }
    return -1;
  }

  /** "rejected an appeal lodged by X": the doer of what the act is aimed at, where a participle names one; else the slot. */
  private static int doer(DepGraph g, int slot) {
    for (DepGraph.Arc a : g.children(slot, "acl")) {
      int by = TargetStep.agent(g, a.dep());
      if (by >= 0) return by;
    }
    return slot;
  }

  private static int nounSlot(DepGraph g, int t, VerbPattern p) {
    for (String pr : p.targetPreps().isEmpty() ? NOUN_PREPS : p.targetPreps()) {
      for (DepGraph.Arc a : g.children(t)) if (a.rel().equals("nmod:" + pr)) return a.dep();
    }
    return -1;
  }

  private static int oblique(DepGraph g, int node, String prep) {
    for (DepGraph.Arc a : g.children(node)) if (a.rel().equals("obl:" + prep) || a.rel().equals("nmod:" + prep)) return a.dep();
    return -1;
  }
}
