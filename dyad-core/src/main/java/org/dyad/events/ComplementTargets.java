package org.dyad.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.actors.Mention;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The targets step for acts done by way of another verb or aimed at a proposal: "refused to lift the ban on Cypriot
 * ships", "agreed to allow international aid into the areas…", "declined a request from The Associated Press". When
 * the act's own arguments name no one, whom its complement is aimed at, or whoever put the proposal it answers, is
 * its target. Runs before a refusal or demand falls back on the source's own country (see {@code DOMESTIC_ROOTS}).
 */
final class ComplementTargets {
  private ComplementTargets() {}

  static final String PROVENANCE = "+" + ComplementTargets.class.getSimpleName();

  /** Kinds of act that are answers, promises or asks about another act: refusals, intents, concessions, demands. */
  private static final Set<String> ROOTS = Set.of("02", "03", "08", "10", "12");
  /** What one side puts to another: answering it is aimed at whoever put it. */
  private static final Set<String> PROPOSALS = Set.of("request", "appeal", "offer", "proposal", "demand", "call", "plea",
      "invitation", "bid", "petition", "ultimatum", "overture", "suggestion", "application");
  /** Who put a proposal: "a request from X", "an offer by X", "X's proposal", "the appeal of X". */
  private static final List<String> PROPOSER = List.of("nmod:from", "nmod:by", "nmod:agent", "nmod:poss", "nmod:of");
  /** The argument slots of a complement verb, in order of preference. */
  private static final List<String> SLOTS = List.of("obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:on", "obl:into",
      "obl:toward", "obl:towards", "obl:from", "obl:upon");
  /** What an act noun is aimed at: "the ban on Cypriot ships", "sanctions against Iran". */
  private static final List<String> ACT_PREPS = List.of("nmod:on", "nmod:against", "nmod:to", "nmod:into", "nmod:from",
      "nmod:with", "nmod:of");
  private static final Set<String> OWN = Set.of("its", "their", "his", "her", "our", "my", "your");

  static boolean applies(String code) {
    return ROOTS.contains(code.substring(0, 2));
  }

  /** The target of trigger {@code t}'s proposal object or of its controlled complement, or null. */
  static Mention find(DepGraph g, Sentence s, int t, String code, List<Mention> sources, List<Mention> ms, NounKinds kinds) {
    for (DepGraph.Arc a : g.children(t, "obj")) {
      int proposer = proposer(g, s, a.dep());
      Mention m = proposer < 0 ? null : pick(g, s, proposer, t, code, sources, ms, kinds);
      if (m != null) return m;
    }
    for (DepGraph.Arc a : g.children(t, "xcomp")) {
      if (!s.token(a.dep()).isVerb()) continue;
      for (int slot : slots(g, s, a.dep(), kinds.act())) {
        Mention m = pick(g, s, slot, a.dep(), code, sources, ms, kinds);
        if (m != null) return m;
      }
    }
    return null;
  }

  /**
   * The actor a slot names: an actor at its head; else a name that owns or qualifies the head ("Iowa Beef's offer",
   * "U.S. grain"), not a role word qualifying a thing ("government bonds") nor an actor further down ("leaseholds
   * in the United States" is about the leaseholds); else the phrase itself when its head is a name, or a person or
   * group (WordNet): what is bought, asked or answered ("refused to buy the dollars") is no one.
   */
  private static Mention pick(DepGraph g, Sentence s, int slot, int verb, String code, List<Mention> sources, List<Mention> ms,
      NounKinds kinds) {
    for (Mention m : ms) if (m.covers(slot)) return sources.contains(m) ? null : m;
    for (DepGraph.Arc a : g.children(slot)) {
      if (!QUALIFIERS.contains(a.rel()) || !s.token(a.dep()).pos().startsWith("NNP")) continue;
      for (Mention m : ms) if (m.covers(a.dep()) && !sources.contains(m)) return m;
    }
    Predicate<String> commonOk = w -> kinds.actor().test(w) && !kinds.act().test(w);
    return ArgumentTargets.atSlot(g, s, slot, verb, code, sources, List.of(), commonOk);
  }

  private static final Set<String> QUALIFIERS = Set.of("nmod:poss", "compound", "amod");

  private static List<Integer> slots(DepGraph g, Sentence s, int verb, Predicate<String> isAct) {
    List<Integer> out = new java.util.ArrayList<>();
    for (String rel : SLOTS) {
      for (DepGraph.Arc a : g.children(verb, rel)) {
        int n = a.dep();
        Token h = s.token(n);
        if (!h.isNoun() || own(g, s, n)) continue;
        int proposer = proposer(g, s, n);
        if (proposer >= 0) out.add(proposer);
        else if (!isAct.test(h.lemma().toLowerCase(Locale.ROOT))) out.add(n);
        else for (String prep : ACT_PREPS) for (DepGraph.Arc b : g.children(n, prep)) if (s.token(b.dep()).isNoun()) out.add(b.dep());
      }
    }
    return out;
  }

  private static int proposer(DepGraph g, Sentence s, int n) {
    if (!PROPOSALS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) return -1;
    for (String rel : PROPOSER) for (DepGraph.Arc b : g.children(n, rel)) if (s.token(b.dep()).isNoun()) return b.dep();
    return -1;
  }

  /** "withdraw its troops": what the actor does with its own is no one else's. */
  private static boolean own(DepGraph g, Sentence s, int n) {
    for (DepGraph.Arc a : g.children(n, "nmod:poss")) if (OWN.contains(s.token(a.dep()).lower())) return true;
    return false;
  }
}
