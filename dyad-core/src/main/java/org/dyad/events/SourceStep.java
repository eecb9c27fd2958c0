package org.dyad.events;

import static org.dyad.events.Arguments.at;
import static org.dyad.events.Arguments.covering;
import static org.dyad.events.Arguments.dedupe;
import static org.dyad.events.Arguments.isPassive;
import static org.dyad.events.Clauses.STATEMENTS;
import static org.dyad.events.Clauses.finite;
import static org.dyad.events.Clauses.hasMark;
import static org.dyad.events.Clauses.isOblique;
import static org.dyad.events.Clauses.lightStep;
import static org.dyad.events.Clauses.misattachedFinite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Dateline;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;

/**
 * The source step of the event cascade: who acts. A verb's subject (or its passive agent, or the subject it
 * borrows from the verb it depends on); a nominal event's owner ("Turkish airstrikes") or the subject of its light
 * verb ("Turkey launched airstrikes"); a pronoun that reports a speaker stands for that speaker.
 */
final class SourceStep {
  /** Relations through which a noun's owner is the source of the nominal event. */
  private static final Set<String> NOUN_SOURCE_RELS = Set.of("amod", "nmod:poss", "compound", "nmod:by", "nmod:agent", "nmod:from");

  private final VerbDictionary verbs;

  SourceStep(VerbDictionary verbs) {
    this.verbs = verbs;
  }

  /** The sources of a draft whose code the text's own words decide (not a demand read from "must"). */
  List<Mention> find(SentenceContext c, EventDraft d) {
    DepGraph g = c.graph();
    Sentence s = c.sentence();
    if (d.noun) return nounSources(g, s, d.t(), c.mentions());
    List<Mention> found = speakerForPronoun(g, s, verbSources(g, s, d.t(), c.mentions()), c.mentions());
    return found.isEmpty() && d.refusedHere ? unplacedSpeaker(g, s, d.t(), c.mentions()) : found;
  }

  /**
   * "Striking guards say they will not end the strike until…": a refusal whose subject "they" reports a speaker of
   * unknown country (whom the actor stage, resolving only placed antecedents, left unread) is that speaker's. Only for
   * refusals: in other reported acts such a speaker is too often a company or a spokesman for someone else. A named
   * speaker is left to {@link ArgumentTargets#namedSubject}, which reads the whole name.
   */
  private static List<Mention> unplacedSpeaker(DepGraph g, Sentence s, int t, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t, "nsubj")) {
      int node = s.token(a.dep()).lower().equals("they") ? Clauses.reportedSpeaker(g, s, a.dep()) : -1;
      if (node < 0 || s.token(node).pos().startsWith("NNP")) continue;
      for (Mention c : at(g, node, ms)) if (c.origin() != Origin.PLACE && c.origin() != Origin.ADJECTIVE) out.add(c);
    }
    return dedupe(out);
  }

  List<Mention> verbSources(DepGraph g, Sentence s, int t, List<Mention> ms) {
    if (isPassive(g, t)) {
      List<Mention> out = new ArrayList<>();
      for (DepGraph.Arc a : g.children(t)) {
        if (a.rel().equals("obl:agent") || a.rel().equals("obl:by")) out.addAll(at(g, a.dep(), ms));
      }
      return out;
    }
    List<Mention> out = subjects(g, s, t, ms);
    if (out.isEmpty() && finite(g, s, t)) {
      // "Ivory Coast rebels on Friday again rejected…": an adverbial between subject and verb leaves the parser
      // with an unlabelled dependent before a finite verb; that noun is the subject.
      for (DepGraph.Arc a : g.children(t, "dep")) if (a.dep() < t && s.token(a.dep()).isNoun()) out.addAll(at(g, a.dep(), ms));
    }
    if (out.isEmpty()) {
      // "X agreed to cooperate" without an enhanced controlled subject: borrow the head verb's subject; likewise
      // the purpose of an action ("sent personnel to Yugoslavia to investigate") and what a statement says ("issued
      // a declaration demanding…": the declaration's issuer demands).
      int subject = misattachedFinite(g, s, t);
      if (subject >= 0) return dedupe(at(g, subject, ms));
      borrowed(g, s, t, ms, out);
    }
    return dedupe(out);
  }

  /** The active subjects of a verb; where the subject is itself an attack noun, not the place it happened. */
  private List<Mention> subjects(DepGraph g, Sentence s, int t, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    int dateline = Dateline.end(s);
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().startsWith("nsubj") && !a.rel().equals("nsubj:pass")) {
        if (a.dep() < dateline) {
          // "PARIS -- A court in Lyon has convicted…" parsed with the city as subject: the subject hangs below it.
          for (DepGraph.Arc b : g.children(a.dep())) if (b.dep() > dateline && s.token(b.dep()).isNoun()) out.addAll(at(g, b.dep(), ms));
          continue;
        }
        List<Mention> found = at(g, a.dep(), ms);
        if (covering(a.dep(), ms).isEmpty() && verbs.isTrigger(s.token(a.dep()).lemma(), true)) {
          // "a car bomb in Kiev killed…": where an attack happened is not who did it (see UnknownSourceStep).
          Set<Integer> where = new HashSet<>();
          for (DepGraph.Arc b : g.children(a.dep())) if (isOblique(b.rel(), Arguments.LOCATING_PREPS)) where.addAll(Arguments.subtree(g, b.dep()));
          found.removeIf(m -> where.contains(m.head()));
        }
        out.addAll(found);
      }
    }
    return out;
  }

  /** The subject a verb with none of its own borrows from the verb (or statement) it depends on, added to out. */
  private static void borrowed(DepGraph g, Sentence s, int t, List<Mention> ms, List<Mention> out) {
    int up = g.head(t, "xcomp");
    if (up < 0 && hasMark(g, s, t, "to")) up = g.head(t, "advcl");
    int noun = g.head(t, "acl");
    if (up < 0 && noun >= 0 && STATEMENTS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))) up = g.head(noun, "obj");
    if (up < 0 && lightStep(g, s, t)) up = g.head(noun, "obj");
    if (up >= 0 && !isPassive(g, up)) {
      for (DepGraph.Arc a : g.children(up)) {
        if (a.rel().startsWith("nsubj") && !a.rel().equals("nsubj:pass")) out.addAll(at(g, a.dep(), ms));
      }
    } else if (up >= 0 && Clauses.INTENTS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
      // "Vietnam is committed to…", "Iraq is prepared to…": an adjectival passive of intent keeps its subject.
      for (DepGraph.Arc a : g.children(up, "nsubj:pass")) out.addAll(at(g, a.dep(), ms));
    }
    if (out.isEmpty() && up < 0 && g.children(t, "nsubj").isEmpty() && misattachedFinite(g, s, t) < 0) {
      // "Around 1,800 of 2,200 Serbian teachers will not end…": the parser reads a quantified subject as an
      // oblique before the verb; the people it counts are the subject.
      for (DepGraph.Arc a : g.children(t)) {
        if (a.dep() < t && a.rel().startsWith("obl") && finite(g, s, t)) {
          out.addAll(at(g, a.dep(), ms));
          for (DepGraph.Arc b : g.children(a.dep(), "nmod:of")) out.addAll(at(g, b.dep(), ms));
        }
      }
    }
  }

  /**
   * "Militants loyal to Iraq's Al-Qaeda frontman said they attempted…": a pronoun subject of what a speaker says is the
   * speaker, whatever was named last before it (which is what the actor stage, reading words only, had to go by).
   */
  private static List<Mention> speakerForPronoun(DepGraph g, Sentence s, List<Mention> found, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      Mention speaker = null;
      int node = m.origin() == Origin.COREFERENCE && m.end() - m.start() == 1 ? Clauses.reportedSpeaker(g, s, m.start()) : -1;
      if (node >= 0) {
        for (Mention c : at(g, node, ms)) if (speaker == null && c.origin() != Origin.PLACE && c.origin() != Origin.ADJECTIVE) speaker = c;
      }
      out.add(speaker == null ? m : m.standingFor(speaker));
    }
    return out;
  }

  private List<Mention> nounSources(DepGraph g, Sentence s, int t, List<Mention> ms) {
    List<Mention> own = covering(t, ms);
    if (!own.isEmpty()) return own;
    List<Mention> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t)) {
      if (NOUN_SOURCE_RELS.contains(a.rel())) out.addAll(at(g, a.dep(), ms));
    }
    if (out.isEmpty()) {
      // "Turkey launched airstrikes", "held talks": the subject of the light verb owns the nominal event; so does
      // the subject of a predicate of involvement ("is responsible for mass killings", "were engaged in ethnic
      // cleansing"). When that verb is an event itself ("condemned the attack"), dropNominalObjects drops this one.
      int v = g.head(t, "obj");
      if (v < 0) v = g.head(t, "obl");
      if (v >= 0) out.addAll(verbSources(g, s, v, ms));
      if (out.isEmpty() && v >= 0 && isPassive(g, v)) {
        for (DepGraph.Arc a : g.children(v, "nsubj:pass")) out.addAll(at(g, a.dep(), ms));
      }
    }
    return dedupe(out);
  }

  /** "Majority Forward has led the attacks on Blackburn": a doer named, only not in any dictionary. */
  static void named(SentenceContext c, EventDraft d) {
    if (!d.sources.isEmpty() || c.literal() || d.noun) return;
    Mention named = ArgumentTargets.namedSubject(c.graph(), c.sentence(), d.t(), d.targets);
    if (named != null) {
      d.sources = new ArrayList<>(List.of(named));
      d.tag(ArgumentTargets.SOURCE_PROVENANCE);
    }
  }
}
