package org.dyad.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;

/** Reading actor mentions off the parse: the shared vocabulary of the source and target steps. */
final class Arguments {
  private Arguments() {}

  /** Prepositions that say where an act took place. */
  static final Set<String> LOCATING_PREPS = Set.of("in", "at", "near", "outside", "on");
  /** Obliques that hold a target when the pattern does not say which. */
  static final Set<String> DEFAULT_TARGET_PREPS = Set.of("to", "with", "against", "toward", "towards", "upon");
  static final Set<String> DESTINATION_PREPS = Set.of("to", "into");
  static final Set<String> HOSTILE_PREPS = Set.of("against", "toward", "towards");

  /** Modifiers through which a noun's owner or nationality speaks for it ("Turkish and Greek sides", "Haiti's efforts"). */
  private static final Set<String> MODIFIER_RELS = Set.of("amod", "compound", "nmod:poss", "appos", "nmod:of", "nmod:in", "nmod:for");

  /** The mentions an argument token stands for: those covering it, else those of its modifiers (and their conjuncts). */
  static List<Mention> at(DepGraph g, int token, List<Mention> ms) {
    List<Mention> r = covering(token, ms);
    if (!r.isEmpty()) {
      // "U.S. and Russian negotiators": the actor covers "Russian negotiators"; the modifier conjoined with its
      // country word names a second actor of the same kind.
      for (DepGraph.Arc a : g.children(token)) {
        if (!(a.rel().equals("amod") || a.rel().equals("compound")) || covering(a.dep(), r).size() > 0) continue;
        boolean conjoined = false;
        for (DepGraph.Arc c : g.children(a.dep(), "conj")) conjoined |= !covering(c.dep(), r).isEmpty();
        if (conjoined) r.addAll(covering(a.dep(), ms));
      }
      return dedupe(r);
    }
    List<Mention> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(token)) {
      if (!MODIFIER_RELS.contains(a.rel())) continue;
      List<Mention> mod = covering(a.dep(), ms);
      // "U.N. mediator Diego Cordovez": a title names the organisation one compound further down.
      if (mod.isEmpty() && a.rel().equals("compound")) for (DepGraph.Arc b : g.children(a.dep(), "compound")) mod.addAll(covering(b.dep(), ms));
      out.addAll(mod);
      for (DepGraph.Arc c : g.children(a.dep(), "conj")) out.addAll(covering(c.dep(), ms));
    }
    return dedupe(out);
  }

  static List<Mention> covering(int token, List<Mention> ms) {
    List<Mention> r = new ArrayList<>();
    for (Mention m : ms) if (m.covers(token)) r.add(m);
    return r;
  }

  static List<Mention> dedupe(List<Mention> in) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : in) if (!out.contains(m)) out.add(m);
    return out;
  }

  static boolean isPassive(DepGraph g, int t) {
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().equals("aux:pass") || a.rel().equals("nsubj:pass")) return true;
    }
    return false;
  }

  /** The tokens below a node, the node included. */
  static Set<Integer> subtree(DepGraph g, int n) {
    Set<Integer> seen = new HashSet<>();
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(n));
    while (!todo.isEmpty()) {
      int k = todo.poll();
      if (seen.add(k)) for (DepGraph.Arc a : g.children(k)) todo.add(a.dep());
    }
    return seen;
  }

  /** Whom the thing an act noun is done to is meant for: "suspension of aid to X", "of air links with X". */
  private static final List<String> THING_TARGET_RELS = List.of("nmod:to", "nmod:with", "nmod:against", "nmod:into", "nmod:toward",
      "nmod:towards", "nmod:upon");

  /**
   * The arguments through which a nominal event's "of" object names whom it is aimed at ("a suspension of aid to
   * Honduras"), in order of preference; empty when the object has none.
   */
  static List<Integer> ofThing(DepGraph g, int t) {
    List<Integer> out = new ArrayList<>();
    for (DepGraph.Arc o : g.children(t, "nmod:of")) {
      for (String rel : THING_TARGET_RELS) for (DepGraph.Arc a : g.children(o.dep(), rel)) out.add(a.dep());
    }
    return out;
  }

  /** Relations that open a clause or an aside inside a noun phrase: what lies below them is said of something else. */
  private static final Set<String> CLAUSAL = Set.of("acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "dep", "appos", "ref");

  /** The tokens of the noun phrase below a node, without its clauses and asides ("imports that Russia allowed"). */
  static Set<Integer> phrase(DepGraph g, int n) {
    Set<Integer> seen = new HashSet<>();
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(n));
    while (!todo.isEmpty()) {
      int k = todo.poll();
      if (!seen.add(k)) continue;
      for (DepGraph.Arc a : g.children(k)) if (!CLAUSAL.contains(a.rel().split(":")[0])) todo.add(a.dep());
    }
    return seen;
  }

  /**
   * The arguments of verb {@code t} whose own prepositions may name the target: its object ("imposed tariffs on X"),
   * and an oblique headed by one of the pattern's words ("called for sanctions against X").
   */
  static List<Integer> carriers(DepGraph g, Sentence s, int t, VerbPattern p) {
    List<Integer> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().equals("obj")) out.add(a.dep());
      else if (a.rel().startsWith("obl") && ownWord(s, a.dep(), p)) out.add(a.dep());
    }
    return out;
  }

  /** Whether token {@code n} is one of the words pattern {@code p} asks for. */
  static boolean ownWord(Sentence s, int n, VerbPattern p) {
    String lemma = s.token(n).lemma().toLowerCase(java.util.Locale.ROOT);
    for (Set<String> words : p.constraints()) if (words.contains(lemma) || words.contains(s.token(n).lower())) return true;
    return false;
  }

  /** Mentions under a node's "obl:PREP" or "nmod:PREP" dependents. */
  static void collectOblique(DepGraph g, int node, String prep, List<Mention> ms, List<Mention> out) {
    for (DepGraph.Arc a : g.children(node)) {
      if (a.rel().equals("obl:" + prep) || a.rel().equals("nmod:" + prep)) out.addAll(at(g, a.dep(), ms));
    }
  }
}
