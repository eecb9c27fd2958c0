package org.dyad.events;

import static org.dyad.events.Arguments.covering;
import static org.dyad.events.Arguments.dedupe;
import static org.dyad.events.Clauses.isOblique;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The second pass of the target step of the event cascade, for events that no argument gave a target: an actor down
 * the chain of the object ("an extension of the mandate for the force in Lebanon"), the next actor in the words
 * where the parse lost the argument ({@value #NEXT_ACTOR}), the place of a protest, PETRARCH's first actor below
 * the verb (literal coding), and the unnamed-in-any-dictionary targets of {@link ArgumentTargets} and
 * {@link ComplementTargets}.
 */
final class FallbackTargets {
  static final String NEXT_ACTOR = "+next-actor";
  private static final Set<String> PROTEST_PLACE_PREPS = Set.of("in", "at", "outside");
  /** Prepositions that may introduce a target when the pattern names none. */
  private static final Set<String> LOOSE_TARGET_PREPS = Set.of("to", "with", "against", "for", "on", "toward", "towards", "into");
  private static final Set<String> NOUN_PHRASE_STARTS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "VBN");
  /** Words that end the stretch in which an act's target may be named: another clause or an aside begins. */
  private static final Set<String> STRETCH_ENDS = Set.of(",", ";", ":", "--", "-LRB-", "(", "``", "''", "\"", "after", "before",
      "because", "while", "when", "if", "unless", "until", "since", "although", "though", "whereas", "but", "as", "following", "amid", "during", "despite");
  /** Links by which a noun phrase says what it concerns: "extension of the mandate for the force in Lebanon". */
  private static final Set<String> CONCERNING = Set.of("nmod:of", "nmod:for", "nmod:in", "nmod:to");

  private final NounKinds nounKinds;

  FallbackTargets(NounKinds nounKinds) {
    this.nounKinds = nounKinds;
  }

  void apply(SentenceContext c, EventDraft d) {
    DepGraph g = c.graph();
    int t = d.t();
    if (d.targets.isEmpty() && !d.noun && !c.literal() && !d.code.startsWith("01")) lost(c, d);
    if (d.targets.isEmpty() && d.code.startsWith("14")) {
      // A protest with no named target is aimed at where it happens: "rioted at a jail in northern Israel".
      for (DepGraph.Arc a : g.children(t)) if (isOblique(a.rel(), PROTEST_PLACE_PREPS)) d.targets.addAll(Arguments.at(g, a.dep(), c.mentions()));
    }
    if (c.literal() && d.targets.isEmpty()) d.targets = TargetStep.lowerActors(g, t, c.mentions(), d.sources);
    boolean severalSides = d.severalSides();
    // A statement has a target only where its pattern names one: "told reporters", "expressed sympathy with Japan".
    boolean aimedStatement = d.code.startsWith("01") && d.pattern.targetPrep() != null;
    if (d.targets.isEmpty() && !c.literal() && (!d.code.startsWith("01") || aimedStatement) && !severalSides) {
      // "launched an investigation into Kempinski": the target is named, only not in any dictionary.
      Mention arg = ArgumentTargets.find(g, c.sentence(), t, d.pattern, d.code, d.noun, d.sources, c.mentions(), nounKinds);
      if (arg != null) {
        d.targets.add(arg);
        d.tag(ArgumentTargets.PROVENANCE);
      }
    }
    if (d.targets.isEmpty() && !c.literal() && !d.noun && !severalSides && ComplementTargets.applies(d.code)) {
      Mention via = ComplementTargets.find(g, c.sentence(), t, d.code, d.sources, c.mentions(), nounKinds);
      if (via != null) {
        d.targets.add(via);
        d.tag(ComplementTargets.PROVENANCE);
      }
    }
  }

  /** Targets down the object's chain, else the next actor in the words where the parse lost the argument. */
  private static void lost(SentenceContext c, EventDraft d) {
    // "agreed to an extension of the mandate for the peacekeeping force in Lebanon": what the act is about
    // lies in Lebanon.
    d.targets.addAll(deepTargets(c.graph(), d.t(), c.mentions(), d.sources, d.violent()));
    int from = d.severalSides() ? -1 : lostArgument(c.graph(), c.sentence(), d.t(), d.pattern);
    if (d.targets.isEmpty() && from >= 0) {
      // "tortured scores of Sierra Leonean and Liberian refugees" parsed with no object at all, "granted asylum to 18
      // Rwandan rebels" with the "to" cut loose: the parser loses arguments on long sentences, and the words
      // still say where the target is, as PETRARCH reads them (see nextActors).
      d.targets.addAll(nextActors(c.sentence(), from, c.mentions(), d.sources, d.violent()));
      if (!d.targets.isEmpty()) d.tag(NEXT_ACTOR);
    }
  }

  /**
   * Actors named down the chain of the act's object (or its to/for oblique), three links deep at most; places only
   * for force. Used only when no argument names a target.
   */
  private static List<Mention> deepTargets(DepGraph g, int t, List<Mention> ms, List<Mention> sources, boolean violent) {
    List<Integer> level = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().equals("obj") || a.rel().equals("obl:to") || a.rel().equals("obl:for")) level.add(a.dep());
    }
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int n : level) {
        for (DepGraph.Arc a : g.children(n)) {
          if (!CONCERNING.contains(a.rel())) continue;
          List<Mention> found = new ArrayList<>(covering(a.dep(), ms));
          found.removeIf(m -> sources.contains(m) || m.origin() == Origin.PLACE && !violent);
          if (!found.isEmpty()) return dedupe(found);
          next.add(a.dep());
        }
      }
      level = next;
    }
    return new ArrayList<>();
  }

  /**
   * Where the words name an argument the parse lost, or -1: the trigger verb has no object in the parse though a noun
   * phrase follows it ("reject proposed Israeli changes"), or the pattern's target preposition follows it with nothing
   * attached ("granted asylum to 18 Rwandan rebels"). The returned token is the one after which the target is read.
   */
  private static int lostArgument(DepGraph g, Sentence s, int t, VerbPattern p) {
    int k = t + 1;
    // "meets tomorrow to discuss…": adverbs, particles and words of time are not the object.
    while (k < s.size() && (s.token(k).pos().startsWith("RB") || s.token(k).pos().equals("RP") || Clauses.TIME_WORDS.contains(s.token(k).lower()))) k++;
    if (k >= s.size()) return -1;
    // A trailing attribution ("…, Human Rights Watch said") or a ", whom…" relative parsed as the verb's complement is
    // no object of it.
    boolean hasObject = !g.children(t, "obj").isEmpty() || !g.children(t, "iobj").isEmpty() || !g.children(t, "xcomp").isEmpty()
        || !g.children(t, "nsubj:pass").isEmpty() || g.children(t, "ccomp").stream()
            .anyMatch(a -> a.dep() < t || !Clauses.saying(s, a.dep()) && !Clauses.inCommaRelative(g, s, a.dep()));
    if (!hasObject && p.targetPreps().isEmpty() && NOUN_PHRASE_STARTS.contains(s.token(k).pos())) return t;
    // "suspended part of a military aid program for Bosnia aimed at…", with "for" parsed as a subordinator: a
    // preposition that introduces no noun in the parse is a broken attachment; the words after it are its object.
    Set<String> preps = p.targetPreps().isEmpty() ? LOOSE_TARGET_PREPS : Set.copyOf(p.targetPreps());
    for (int j = t + 1; j < s.size() && j <= t + 8; j++) {
      Token w = s.token(j);
      if (STRETCH_ENDS.contains(w.lower()) || Clauses.FINITE.contains(w.pos())) return -1;
      // "threatened to launch…": the infinitive's "to" is no preposition.
      if (preps.contains(w.lower()) && !(j + 1 < s.size() && s.token(j + 1).pos().startsWith("VB"))) {
        boolean attached = false;
        // "based on", "according to": a preposition fixed into a longer one is attached through it.
        for (DepGraph.Arc a : g.heads(j)) attached |= a.rel().equals("case") || a.rel().equals("fixed");
        return attached ? -1 : j;
      }
    }
    return -1;
  }

  /**
   * The first actor named after the trigger before the clause ends (a comma, a relative or subordinate clause, another
   * finite verb), with any actor that starts inside it ("Sierra Leonean and Liberian refugees": both nationalities),
   * within twelve words. Used only when no dependency names a target; places only for force and protest.
   */
  private static List<Mention> nextActors(Sentence s, int t, List<Mention> ms, List<Mention> sources, boolean violent) {
    List<Mention> out = new ArrayList<>();
    // "established diplomatic ties with and opened an embassy in Tehran": a preposition whose object is shared with a
    // second conjunct ("with and …") reaches across that conjunct's verb.
    boolean shared = t + 1 < s.size() && s.token(t + 1).pos().equals("CC") && s.token(t).pos().equals("IN");
    for (int k = t + 1; k < s.size() && k <= t + 12; k++) {
      Token w = s.token(k);
      String pos = w.pos();
      if (shared && (Clauses.FINITE.contains(pos) || pos.equals("CC"))) continue;
      if (STRETCH_ENDS.contains(w.lower()) || pos.startsWith("W") || pos.equals("MD") || Clauses.FINITE.contains(pos)) break;
      // "to discuss…": a to-infinitive starts a clause of its own.
      if (pos.equals("TO") && k + 1 < s.size() && s.token(k + 1).pos().equals("VB")) break;
      for (Mention m : ms) {
        if (m.start() != k || sources.contains(m) || m.origin() == Origin.PLACE && !violent) continue;
        if (sources.stream().anyMatch(src -> src.covers(m.head()))) continue;
        out.add(m);
      }
      if (!out.isEmpty()) {
        int end = out.get(0).end();
        for (Mention m : ms) if (m.start() > k && m.start() < end && !out.contains(m)) out.add(m);
        break;
      }
    }
    return out;
  }
}
