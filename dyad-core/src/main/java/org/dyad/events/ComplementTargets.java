package org.dyad.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
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
  /**
   * Measures laid on someone, which the verb dictionary does not list as acts of their own: lifting or keeping "the
   * ban on Cypriot ships" is aimed at whom the ban is on.
   */
  private static final Set<String> MEASURES = Set.of("ban", "restriction", "sanction", "embargo", "blockade", "boycott", "tariff",
      "curb", "siege", "moratorium", "curfew", "quota", "freeze", "limit", "duty");
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
      for (Slot slot : slots(g, s, a.dep(), kinds.act())) {
        Mention m = slot.measure() ? measured(g, s, slot.node(), a.dep(), sources, ms) : null;
        if (m == null) m = pick(g, s, slot.node(), a.dep(), code, sources, ms, kinds);
        if (m != null) return m;
      }
    }
    return null;
  }

  /** An argument slot of a complement verb; {@code measure}: the argument of an act noun ("the ban on X"). */
  private record Slot(int node, boolean measure) {}

  /**
   * Whom an act noun's argument names by an actor inside its phrase, a nationality included: "lift the ban on Cypriot
   * ships" is aimed at Cyprus, "remove the ban on Indian television channels" at India's media. The slot is not
   * the complement's object itself ("buy Iraqi oil"), where a nationality says where a thing comes from.
   */
  private static Mention measured(DepGraph g, Sentence s, int slot, int verb, List<Mention> sources, List<Mention> ms) {
    java.util.Set<Integer> phrase = Arguments.phrase(g, slot);
    if (phrase.contains(verb)) return null;
    Mention first = null;
    for (Mention m : ms) {
      if (!phrase.contains(m.head()) || sources.contains(m) || m.origin() == Origin.PLACE || m.origin() == Origin.METONYM) continue;
      if (sources.stream().anyMatch(src -> src.code().equals(m.code()))) continue;
      if (first == null || m.start() < first.start()) first = m;
    }
    return first;
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

  private static List<Slot> slots(DepGraph g, Sentence s, int verb, Predicate<String> isAct) {
    List<Slot> out = new java.util.ArrayList<>();
    for (String rel : SLOTS) {
      for (DepGraph.Arc a : g.children(verb, rel)) {
        int n = a.dep();
        Token h = s.token(n);
        if (!h.isNoun() || own(g, s, n)) continue;
        int proposer = proposer(g, s, n);
        if (proposer >= 0) out.add(new Slot(proposer, false));
        else if (!isAct.test(h.lemma().toLowerCase(Locale.ROOT)) && !MEASURES.contains(h.lemma().toLowerCase(Locale.ROOT))) out.add(new Slot(n, false));
        else for (String prep : ACT_PREPS) for (DepGraph.Arc b : g.children(n, prep)) if (s.token(b.dep()).isNoun()) out.add(new Slot(b.dep(), true));
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
