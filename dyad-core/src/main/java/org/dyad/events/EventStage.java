package org.dyad.events;

import static org.dyad.events.Clauses.STATEMENTS;
import static org.dyad.events.Clauses.background;
import static org.dyad.events.Clauses.clausesBelow;
import static org.dyad.events.Clauses.conditionsOf;
import static org.dyad.events.Clauses.embedded;
import static org.dyad.events.Clauses.finite;
import static org.dyad.events.Clauses.hasMark;
import static org.dyad.events.Clauses.hasUnless;
import static org.dyad.events.Clauses.intentHead;
import static org.dyad.events.Clauses.isOblique;
import static org.dyad.events.Clauses.lightStep;
import static org.dyad.events.Clauses.misattachedFinite;
import static org.dyad.events.Clauses.negated;
import static org.dyad.events.Clauses.obligationSpeaker;
import static org.dyad.events.Clauses.purposeHead;
import static org.dyad.events.Clauses.readying;
import static org.dyad.events.Clauses.refusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorStage;
import org.dyad.actors.Mention;
import org.dyad.lexicon.WordClasses;
import org.dyad.actors.Origin;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.pipeline.Stage;

/**
 * Codes events: for every verb or noun that a pattern names, finds the pattern's frame among the trigger's
 * dependents, the source among its subjects (or passive agents, or owners of a nominal event) and the target
 * where the pattern says; then applies negation, intention and threat, and keeps one event per dyad and root.
 */
public final class EventStage implements Stage {
  public static final Key<Events> EVENTS = new Key<>("events", Events.class);
  /** Obliques that hold a target when the pattern does not say which. */
  private static final Set<String> DEFAULT_TARGET_PREPS = Set.of("to", "with", "against", "toward", "towards", "upon");
  /** Noun triggers take their target from these too: "airstrikes on Idlib", "attack in Kabul". */
  private static final Set<String> NOUN_TARGET_PREPS = Set.of("to", "with", "against", "toward", "towards", "upon", "on", "in", "at", "into");
  /** Relations through which a noun's owner is the source of the nominal event. */
  private static final Set<String> NOUN_SOURCE_RELS = Set.of("amod", "nmod:poss", "compound", "nmod:by", "nmod:agent", "nmod:from");

  private static final Set<String> PROTEST_PLACE_PREPS = Set.of("in", "at", "outside");
  private static final Set<String> OBJECT_TARGET_PREPS = Set.of("against", "with", "to", "on", "by", "from", "toward", "towards", "upon",
      "between");
  private static final Set<String> COMPLEMENT_TARGET_PREPS = Set.of("against", "with", "to", "on", "from", "in", "into", "toward", "towards");
  /** Roots whose target may be the subject of a that-clause: appeals, demands, accusations. */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10", "11");
  /** A place stands for its people only as the target of force or protest: "airstrikes on Idlib", not "met in Idlib". */
  /**
   * Demands, rejections and protests with no named target are aimed at the source's own country ("Algerian
   * landowners began a hunger strike", "the vice-president declined to resign"), as PLOVER's coders code them.
   */
  private static final Set<String> DOMESTIC_ROOTS = Set.of("10", "12", "14");
  /**
   * Administrative restrictions and their easing (curfews, states of emergency, bans on parties: 172x, 081x)
   * fall on the source's own people when no other target is named: "imposed a curfew in the town of Cizre".
   */
  private static final Set<String> DOMESTIC_CODES = Set.of("081", "172");
  private static final Set<String> PLACE_TARGET_ROOTS = Set.of("14", "17", "18", "19", "20");

  private final VerbDictionary verbs;
  private final Complements complements;
  private final Discards discards;
  private final boolean literal;
  private final FactualityStep factuality;
  private final NounKinds nounKinds;
  private final WordClasses wordClasses;

  public EventStage(VerbDictionary verbs, Complements complements) {
    this(verbs, complements, Discards.NONE, false);
  }

  /**
   * {@code literal}: code exactly what the verb patterns say, without Dyad's CAMEO-specific rewrites (intent,
   * complements, "must" demands), as PETRARCH-format dictionaries expect.
   */
  public EventStage(VerbDictionary verbs, Complements complements, Discards discards, boolean literal) {
    this(verbs, complements, discards, literal, FactualityStep.load(null));
  }

  public EventStage(VerbDictionary verbs, Complements complements, Discards discards, boolean literal, FactualityStep factuality) {
    this.verbs = verbs;
    this.complements = complements;
    this.discards = discards;
    this.literal = literal;
    this.factuality = factuality;
    this.wordClasses = WordClasses.load();
    this.nounKinds = new NounKinds(w -> !verbs.noun(w).isEmpty(), wordClasses::actor);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.SENTENCES, ActorStage.MENTIONS, ParseStage.PARSES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(EVENTS);
  }

  @Override
  public void process(Document doc) {
    List<Event> all = new ArrayList<>();
    var mentions = doc.get(ActorStage.MENTIONS);
    var parses = doc.get(ParseStage.PARSES);
    List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
    if (!discards.isEmpty()) {
      List<String> words = new ArrayList<>();
      for (Sentence s : sentences) for (Token t : s.tokens()) words.add(t.word());
      if (discards.inStory(words) != null) {
        // A story-level discard (a sports report, say) codes nothing at all.
        doc.put(EVENTS, new Events(all));
        return;
      }
    }
    for (Sentence s : sentences) {
      DepGraph g = parses.get(s.index());
      if (g == null) continue;
      if (!discards.isEmpty() && discards.inSentence(s.tokens().stream().map(Token::word).toList()) != null) continue;
      all.addAll(codeSentence(doc.id(), s, g, mentions.inSentence(s.index())));
    }
    doc.put(EVENTS, new Events(all));
  }

  List<Event> codeSentence(String docId, Sentence s, DepGraph g, List<Mention> mentions) {
    List<Event> found = new ArrayList<>();
    Map<Integer, VerbPattern> raw = new LinkedHashMap<>();
    for (Token t : s.tokens()) {
      // A noun that only modifies another ("an aid agency", "a strike force") names no event of its own.
      boolean modifier = t.isNoun() && g.head(t.index(), "compound") >= 0;
      List<VerbPattern> cands = t.isVerb() ? verbs.verb(t.lemma()) : t.isNoun() && !modifier ? verbs.noun(t.lemma()) : List.of();
      VerbPattern p = cands.isEmpty() ? null : choose(cands, withObjectKinds(frame(g, s, t.index()), g, s, t.index()));
      // A "---" pattern is a dictionary's way of saying "this use of the verb is no event".
      // "called the EU move deeply disappointing": a verb of naming with a predicative complement names, it does not act.
      // ("called on Arabs to unite" has a to-clause, a verb: still a call.)
      if (p != null && NAMING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
          && g.children(t.index(), "xcomp").stream().anyMatch(a -> !s.token(a.dep()).isVerb())) {
        p = null;
      }
      if (p != null && !p.code().equals("---")) raw.put(t.index(), p);
    }
    Set<Integer> consumed = new java.util.HashSet<>();
    for (var entry : raw.entrySet()) {
      Token t = s.token(entry.getKey());
      VerbPattern p = entry.getValue();
      boolean noun = t.isNoun();
      if (embedded(g, s, t.index()) || !literal && background(g, s, t.index())) continue;
      String code = p.code();
      String rule = p.id();
      boolean negated = negated(g, s, t.index());
      if (negated) {
        // "will not end their strike", "would not release them": refusing to yield is an event of its own (12x);
        // any other negated event did not happen.
        String refused = literal || !refusal(g, s, t.index()) ? null : complements.refine("12", code);
        if (refused != null) {
          code = refused;
          rule = rule + "+refused";
        } else if (literal) {
          continue;
        }
      }
      // A stated refusal is itself asserted, whatever its auxiliary.
      boolean refusedHere = rule.endsWith("+refused");
      FactualityStep.Reading reading = literal || refusedHere ? FactualityStep.Reading.ASSERTED
          : factuality.read(g, s, t.index(), negated);
      negated = reading.factuality() == Factuality.NEGATED;
      int about = -1;
      VerbPattern aboutPattern = null;
      if (!literal && complements.refines(code)) {
        // "urged Uganda to extradite…", "demanded the release of…": what is asked for refines the code, and
        // the thing asked for did not happen.
        for (int c : complementsOf(g, t.index())) {
          VerbPattern cp = raw.get(c);
          String refined = cp == null ? null : complements.refine(code, cp.code());
          if (refined != null) {
            code = refined;
            rule = rule + "+about:" + cp.id();
            consumed.add(c);
            about = c;
            aboutPattern = cp;
            break;
          }
          // "began a hunger strike to demand the return of property": the demand is what the protest is for.
          if (cp != null && code.startsWith("14") && cp.code().startsWith("10")) consumed.add(c);
        }
      }
      if (!literal && ASKING_ROOTS.contains(p.code().substring(0, 2))) {
        // "demanded that its partners refuse to recognize…": nothing in what is asked for has happened.
        for (int c : clausesBelow(g, t.index())) if (raw.containsKey(c)) consumed.add(c);
        // "demanded a truce with Moslem forces before allowing U.N. aid convoys…": what the demanding side would do
        // once the demand is met has not happened either.
        for (DepGraph.Arc a : g.children(t.index())) {
          if (a.rel().equals("advcl:before") || a.rel().equals("advcl:until")) for (int c : subtree(g, a.dep())) if (raw.containsKey(c)) consumed.add(c);
        }
      }
      int speaker = noun || literal ? -1 : obligationSpeaker(g, s, t.index());
      List<Mention> sources;
      List<Mention> targets;
      if (speaker >= 0 && !negated) {
        // "Russia said Sudan must return the helicopter": the speaker demands of the subject what it must do.
        // The demand is what the text asserts, whatever the modal of what is demanded.
        reading = FactualityStep.Reading.ASSERTED;
        String refined = complements.refine("100", code);
        code = refined != null ? refined : "100";
        rule = "demand.must+about:" + rule;
        sources = verbSources(g, s, speaker, mentions);
        targets = verbSources(g, s, t.index(), mentions);
      } else {
        boolean willDo = reading.factuality() == Factuality.FUTURE && Clauses.FUTURE.contains(reading.cue());
        String intent = refusedHere ? null : reading.asserted() || willDo ? intentHead(g, s, t.index()) : warnedPossibility(g, s, t.index(), reading);
        if (intent != null && !literal && FORCE_ROOTS.contains(code.substring(0, 2)) && readying(g, s, t.index())) {
          code = "150";
          rule = rule + "+readying";
        } else if (intent != null && !literal) {
          String modal = Modality.intended(code);
          if (!modal.equals(code)) {
            code = modal;
            rule = rule + "+intent:" + intent;
            // Saying one will or could do something is a statement of intent or a threat, and the statement happened.
            reading = FactualityStep.Reading.ASSERTED;
          } else if (Clauses.FUTURE.contains(intent) && ASKING_ROOTS.contains(code.substring(0, 2))) {
            // "will ask Asian banks to help finance…": announcing a request makes it (CAMEO's own 0231 example).
            reading = FactualityStep.Reading.ASSERTED;
          } else if (Clauses.FUTURE.contains(intent) && !code.startsWith("03") && !code.startsWith("13")) {
            // "will criticise the report": CAMEO has no intent for it, and it has not happened yet.
            reading = new FactualityStep.Reading(Factuality.FUTURE, intent);
          }
          // "will withdraw its force from Chad unless the president holds elections": an act announced on a
          // condition the other side must meet is a threat, whatever the act.
          if (code.startsWith("03") && !noun && hasUnless(g, t.index())) {
            code = "130";
            rule = rule + "+unless";
          }
        }
        sources = noun ? nounSources(g, s, t.index(), mentions) : speakerForPronoun(g, s, verbSources(g, s, t.index(), mentions), mentions);
        targets = noun ? nounTargets(g, t.index(), p, mentions) : verbTargets(g, t.index(), p, code, mentions);
        if (code.equals(RALLY) && about >= 0) {
          // "urged the European Community to support the PLO": support rallied on behalf of the PLO is aimed at it.
          List<Mention> behalf = verbTargets(g, about, aboutPattern, aboutPattern.code(), mentions);
          if (!behalf.isEmpty()) targets = behalf;
        }
        int purposeOf = noun ? -1 : purposeHead(g, s, t.index());
        if (targets.isEmpty() && purposeOf >= 0) {
          // "sent personnel to Bosnia to investigate…": the purpose is carried out where the act went.
          for (DepGraph.Arc a : g.children(purposeOf)) if (isOblique(a.rel(), DESTINATION_PREPS)) targets.addAll(at(g, a.dep(), mentions));
        }
      }
      boolean threatInComplement = g.children(t.index(), "xcomp").stream().anyMatch(a -> raw.containsKey(a.dep()));
      boolean refusedAct = code.startsWith("12") && refusedHere;
      if ((code.startsWith("13") || refusedAct) && targets.isEmpty() && !literal && !threatInComplement) {
        // "threatened to launch an offensive unless Baghdad accepted its conditions", "will not lift the embargo until
        // Cuba undertakes reforms": a threat or refusal is aimed at whoever the condition is put to (the threatened
        // act, when coded, carries it).
        for (int c : conditionsOf(g, t.index())) {
          for (DepGraph.Arc b : g.children(c)) if (b.rel().startsWith("nsubj")) targets.addAll(at(g, b.dep(), mentions));
        }
      }
      if (code.startsWith("15") && !targets.isEmpty()) {
        // "Britain mobilized army reservists for a possible war against Iraq": the forces a country mobilizes or
        // deploys are its own instrument; the target is whom they are readied against.
        Set<String> own = new java.util.HashSet<>();
        for (Mention m : sources) if (m.hasCountry()) own.add(m.country());
        targets.removeIf(m -> own.contains(m.country()));
        if (targets.isEmpty()) {
          for (DepGraph.Arc a : g.children(t.index(), "obl")) {
            for (DepGraph.Arc b : g.children(a.dep())) if (isOblique(b.rel(), HOSTILE_PREPS)) targets.addAll(at(g, b.dep(), mentions));
          }
        }
      }
      boolean arrest = ARRESTS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
      if (sources.isEmpty() && !literal && !noun && (UNKNOWN_SOURCE_ROOTS.contains(code.substring(0, 2)) || arrest) && !targets.isEmpty()) {
        // "three civilians were killed in a bombing", "a roadside bomb killed two soldiers": no one is named as the
        // attacker, so the source is unknown ("---") rather than the event lost.
        int by = agentless(g, s, t.index());
        // "a roadside bombing near the town of Samarra": armed men of the place, unidentified (UAF), as ICEWS codes
        // "unidentified gunmen (Iraq)"; with no place named, unknown altogether. "Was arrested in Lebanon": arrests
        // are made by the police of the country they happen in, and with no place named the arrest is not coded.
        Mention where = by >= 0 ? placeOfAct(g, t.index(), by, mentions) : null;
        if (by >= 0 && (where != null || !arrest)) {
          Token b = s.token(by);
          String unknown = where == null ? "---" : where.country() + (arrest ? "COP" : "UAF");
          sources = new ArrayList<>(List.of(new Mention(s.index(), by, by + 1, by, b.begin(), b.end(), b.word(), unknown,
              where == null ? Origin.DICTIONARY : Origin.COMPOSED, false)));
          rule = rule + (where == null ? "+unknown-source" : "+unknown-source:located");
          // "a roadside bombing killed two soldiers": the attack named as the subject is the act; the killing is
          // what it did, so the more specific kind of assault codes the event.
          VerbPattern how = raw.get(by);
          if (how != null && how.code().startsWith("18") && code.startsWith("19")) {
            code = how.code();
            rule = rule + "+by:" + how.id();
          }
        }
      }
      if (sources.isEmpty() && !literal && !noun) {
        // "Majority Forward has led the attacks on Blackburn": a doer named, only not in any dictionary.
        Mention named = ArgumentTargets.namedSubject(g, s, t.index(), targets);
        if (named != null) {
          sources = new ArrayList<>(List.of(named));
          rule = rule + ArgumentTargets.SOURCE_PROVENANCE;
        }
      }
      double base = Math.min(0.95, (noun ? 0.75 : 0.8) + 0.05 * Math.min(3, p.specificity()));
      boolean violent = PLACE_TARGET_ROOTS.contains(code.substring(0, 2));
      if (targets.isEmpty() && !noun && !literal && !code.startsWith("01")) {
        // "agreed to an extension of the mandate for the peacekeeping force in Lebanon": what the act is about
        // lies in Lebanon.
        targets.addAll(deepTargets(g, t.index(), mentions, sources, violent));
        boolean twoSides = sources.stream().map(Mention::country).distinct().count() > 1;
        int from = twoSides ? -1 : lostArgument(g, s, t.index(), p);
        if (targets.isEmpty() && from >= 0) {
          // "tortured scores of Sierra Leonean and Liberian refugees" parsed with no object at all, "granted asylum to 18
          // Rwandan rebels" with the "to" cut loose: the parser loses arguments on long sentences, and the words
          // still say where the target is, as PETRARCH reads them (see nextActors).
          targets.addAll(nextActors(s, from, mentions, sources, violent));
          if (!targets.isEmpty()) rule = rule + "+next-actor";
        }
      }
      if (targets.isEmpty() && code.startsWith("14")) {
        // A protest with no named target is aimed at where it happens: "rioted at a jail in northern Israel".
        for (DepGraph.Arc a : g.children(t.index())) if (isOblique(a.rel(), PROTEST_PLACE_PREPS)) targets.addAll(at(g, a.dep(), mentions));
      }
      if (literal && targets.isEmpty()) targets = lowerActors(g, t.index(), mentions, sources);
      boolean severalSides = sources.stream().map(Mention::country).distinct().count() > 1;
      // A statement has a target only where its pattern names one: "told reporters", "expressed sympathy with Japan".
      boolean aimedStatement = code.startsWith("01") && p.targetPrep() != null;
      if (targets.isEmpty() && !literal && (!code.startsWith("01") || aimedStatement) && !severalSides) {
        // "launched an investigation into Kempinski": the target is named, only not in any dictionary.
        Mention arg = ArgumentTargets.find(g, s, t.index(), p, code, noun, sources, mentions, nounKinds);
        if (arg != null) {
          targets.add(arg);
          rule = rule + ArgumentTargets.PROVENANCE;
        }
      }
      if (targets.isEmpty() && !literal && !noun && !severalSides && ComplementTargets.applies(code)) {
        Mention via = ComplementTargets.find(g, s, t.index(), code, sources, mentions, nounKinds);
        if (via != null) {
          targets.add(via);
          rule = rule + ComplementTargets.PROVENANCE;
        }
      }
      boolean domesticKind = !literal && (DOMESTIC_ROOTS.contains(code.substring(0, 2))
          || DOMESTIC_CODES.stream().anyMatch(code::startsWith) || DOMESTIC_CODES.stream().anyMatch(p.code()::startsWith));
      boolean domestic = domesticKind && targets.isEmpty();
      // A role word whose country stayed unknown ("journalists appealed…") is still a source, coded "---MED" as
      // CAMEO does: measured on the codebook examples and PLOVER records, keeping it finds more events than it
      // misplaces (see docs/decisions.md). A place is never a source.
      sources.removeIf(m -> m.origin() == Origin.PLACE);
      if (!literal && !noun) {
        // "evacuate the settlements in the Gaza Strip": a place that locates the act's object tells whom the act
        // concerns (its country), whatever the act.
        targets.replaceAll(m -> m.origin() == Origin.PLACE && locatesObject(g, t.index(), m) ? m.withCode(m.country(), Origin.METONYM) : m);
      }
      targets.removeIf(m -> m.origin() == Origin.PLACE && !violent);
      // "Jordan and Britain agreed", "Putin and Erdogan meet": with no target, each side acts towards the other.
      boolean reciprocal = targets.isEmpty() && sources.stream().map(Mention::country).distinct().count() > 1;
      // "the deal", "relief operations", "Canadian exports": a noun naming an act, aimed at no one, refers to an
      // act more often than it reports one (right for 15 of 37 such events on plv-tune; 3 of 13 in a VOA audit).
      // What a statement announces is reported, though: "Italy announced a suspension of air links".
      boolean announced = noun && g.head(t.index(), "obj") >= 0 && Clauses.saying(s, g.head(t.index(), "obj"));
      if (noun && targets.isEmpty() && !reciprocal && !literal && !domestic && !announced) continue;
      for (Mention src : sources) {
        List<Mention> tgts = reciprocal ? sources : domestic && src.hasCountry() ? List.of(src.withCode(src.country(), Origin.COREFERENCE))
            : targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (Mention tgt : tgts) {
          // "threatened to institute a curfew in Algiers" (ALGGOV): a restriction the government places on its own
          // capital falls on its people.
          if (tgt != null && domesticKind && !domestic && tgt.code().equals(src.code()) && src.hasCountry() && tgt.start() != src.start()
              && !src.code().equals(src.country())) {
            tgt = tgt.withCode(src.country(), Origin.COREFERENCE);
          }
          // Two unknown ("---") actors named by their words are two actors; two coded alike are one.
          boolean sameCode = tgt != null && tgt.code().equals(src.code()) && src.origin() != Origin.ARGUMENT && tgt.origin() != Origin.ARGUMENT;
          if (tgt != null && !domestic && (sameCode || tgt.start() == src.start())) continue;
          if (reciprocal && tgt.country().equals(src.country())) continue;
          // An actor of unknown country ("---GOV") tells less than a placed one, whichever side it is on.
          double unplaced = (src.hasCountry() ? 1 : 0.8) * (tgt == null || tgt.hasCountry() ? 1 : 0.8);
          double conf = Math.round(base * src.origin().weight() * (tgt == null ? 0.9 : tgt.origin().weight()) * unplaced * 1000) / 1000.0;
          // "FRO/BIL/SAM": a dictionary phrase that stands for several actors codes one event for each.
          for (ActorRef sr : split(ActorRef.of(src))) {
            for (ActorRef tr : tgt == null ? java.util.Collections.<ActorRef>singletonList(null) : split(ActorRef.of(tgt))) {
              String why = rule + reading.provenance();
              found.add(new Event(docId, s.index(), code, sr, tr, why, conf, t.index(), t.word(), t.begin(), t.end(), reading.factuality()));
              if (tr != null && p.targetCode() != null && code.equals(p.code())) {
                // A paired code: the target's side of the same event ("arrived in Gondor": Gondor hosts the visit).
                found.add(new Event(docId, s.index(), p.targetCode(), tr, sr, rule + ":target" + reading.provenance(), conf, t.index(), t.word(),
                    t.begin(), t.end(), reading.factuality()));
              }
            }
          }
        }
      }
    }
    if (!literal) found.addAll(obligations(docId, s, g, mentions, raw.keySet()));
    found.removeIf(e -> consumed.contains(e.trigger()));
    // Asserted events compete only with asserted ones: a denied attack must not push out the attack that was made.
    List<Event> out = new ArrayList<>(SelectionStep.select(s, g, found.stream().filter(Event::asserted).toList()));
    out.addAll(SelectionStep.select(s, g, found.stream().filter(e -> !e.asserted()).toList()));
    out.sort((a, b) -> a.trigger() - b.trigger());
    return out;
  }



  private static final Set<String> WARNINGS = Set.of("warn", "threaten", "caution");

  /** Verbs that name something when they have a predicative complement ("called it a blatant case"). */
  private static final Set<String> NAMING = Set.of("call", "label", "brand", "term", "dub");

  /**
   * "warned it could impose sanctions", "may halt mediation if cooperation founders": a possibility held out as a
   * warning, or on a condition, is a threat (or an offer) that was made, as CAMEO reads it. The modal, else null.
   */
  private static String warnedPossibility(DepGraph g, Sentence s, int t, FactualityStep.Reading r) {
    if (r.factuality() != Factuality.HYPOTHETICAL || !Clauses.CONDITIONAL_MODALS.contains(r.cue())) return null;
    if (!g.children(t, "advcl:if").isEmpty() || !g.children(t, "advcl:unless").isEmpty()) return r.cue();
    int head = g.head(t, "ccomp");
    return head >= 0 && WARNINGS.contains(s.token(head).lemma().toLowerCase(java.util.Locale.ROOT)) ? r.cue() : null;
  }

  /** The tokens below a node, the node included. */
  private static Set<Integer> subtree(DepGraph g, int n) {
    Set<Integer> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(n));
    while (!todo.isEmpty()) {
      int k = todo.poll();
      if (seen.add(k)) for (DepGraph.Arc a : g.children(k)) todo.add(a.dep());
    }
    return seen;
  }

  /** Rally support on behalf of (053): aimed at the one supported, not at those called on. */
  private static final String RALLY = "053";

  /** Acts of force that forces may be seen readying (150). */
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

  /** Verbs of arrest, whose doer is the police of the place. */
  private static final Set<String> ARRESTS = Set.of("arrest", "detain", "jail", "imprison");

  /** Acts of force, whose doer the news often does not know. */
  private static final Set<String> UNKNOWN_SOURCE_ROOTS = Set.of("18", "19");

  /**
   * The token that stands for an unnamed doer: the verb itself when it is passive with no agent ("were killed"),
   * or a common-noun subject that names no actor ("a minefield explosion killed…"); -1 when a doer may be named.
   */
  private static int agentless(DepGraph g, Sentence s, int t) {
    if (isPassive(g, t)) {
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
        for (DepGraph.Arc a : g.heads(j)) attached |= a.rel().equals("case");
        return attached ? -1 : j;
      }
    }
    return -1;
  }

  /** Prepositions that may introduce a target when the pattern names none. */
  private static final Set<String> LOOSE_TARGET_PREPS = Set.of("to", "with", "against", "for", "on", "toward", "towards", "into");

  private static final Set<String> NOUN_PHRASE_STARTS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "VBN");

  /** Words that end the stretch in which an act's target may be named: another clause or an aside begins. */
  private static final Set<String> STRETCH_ENDS = Set.of(",", ";", ":", "--", "-LRB-", "(", "``", "''", "\"", "after", "before",
      "because", "while", "when", "if", "unless", "until", "since", "although", "though", "whereas", "but", "as", "following", "amid", "during", "despite");

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

  /** Prepositions that say where an act took place. */
  private static final Set<String> LOCATING_PREPS = Set.of("in", "at", "near", "outside", "on");

  /**
   * The place an act of force happened: a place under an in/at/near oblique of the verb, or of the attack noun that is
   * its subject ("a minefield explosion near the town of Samarra"), through "of" links; null when none is named.
   */
  private static Mention placeOfAct(DepGraph g, int t, int by, List<Mention> ms) {
    List<Integer> level = new ArrayList<>();
    for (int n : by == t ? List.of(t) : List.of(t, by)) {
      for (DepGraph.Arc a : g.children(n)) if (isOblique(a.rel(), LOCATING_PREPS)) level.add(a.dep());
    }
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int n : level) {
        // A place, a capital, or a country named as where it happened ("killed in Afghanistan").
        for (Mention m : covering(n, ms)) {
          if (m.origin() == Origin.PLACE || m.origin() == Origin.METONYM || m.origin() == Origin.DICTIONARY && m.code().length() == 3) return m;
        }
        for (DepGraph.Arc a : g.children(n)) if (a.rel().equals("nmod:of") || a.rel().equals("compound") || isOblique(a.rel(), LOCATING_PREPS)) next.add(a.dep());
      }
      level = next;
    }
    return null;
  }

  private static boolean locatesObject(DepGraph g, int t, Mention place) {
    for (DepGraph.Arc a : g.children(t, "obj")) {
      for (DepGraph.Arc b : g.children(a.dep(), "nmod:in")) if (place.covers(b.dep())) return true;
    }
    return false;
  }

  private static final Set<String> DESTINATION_PREPS = Set.of("to", "into");
  private static final Set<String> HOSTILE_PREPS = Set.of("against", "toward", "towards");

  /** Links by which a noun phrase says what it concerns: "extension of the mandate for the force in Lebanon". */
  private static final Set<String> CONCERNING = Set.of("nmod:of", "nmod:for", "nmod:in", "nmod:to");

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

  /** Appeals and demands: what they ask for has not happened. */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "10");

  /**
   * "The Red Cross said US and British forces must ensure security": whatever the clause asks, saying that
   * someone must do it is a demand of them (100), even when no pattern names what is asked. Clauses whose verb
   * a pattern names are coded through {@link #obligationSpeaker} instead.
   */
  private List<Event> obligations(String docId, Sentence s, DepGraph g, List<Mention> ms, Set<Integer> triggers) {
    List<Event> out = new ArrayList<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb() || !Clauses.saying(s, v.index()) || embedded(g, s, v.index())) continue;
      for (DepGraph.Arc c : g.children(v.index(), "ccomp")) {
        if (triggers.contains(c.dep()) || obligationSpeaker(g, s, c.dep()) != v.index() || negated(g, s, v.index())) continue;
        List<Mention> sources = verbSources(g, s, v.index(), ms);
        sources.removeIf(m -> m.origin() == Origin.PLACE);
        for (Mention src : sources) {
          for (Mention tgt : verbSources(g, s, c.dep(), ms)) {
            if (tgt.origin() == Origin.PLACE || tgt.code().equals(src.code()) || tgt.start() == src.start()) continue;
            double conf = Math.round(0.8 * src.origin().weight() * tgt.origin().weight() * 1000) / 1000.0;
            out.add(new Event(docId, s.index(), "100", ActorRef.of(src), ActorRef.of(tgt), "demand.must", conf, v.index(), v.word(),
                v.begin(), v.end()));
          }
        }
      }
    }
    return out;
  }

  /** What an appeal, demand or rejection is about: its complement clause, or the noun it asks for. */
  private static List<Integer> complementsOf(DepGraph g, int t) {
    List<Integer> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t)) {
      String rel = a.rel();
      if (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") || rel.equals("obl:for") || rel.equals("nmod:for")
          || rel.equals("acl") || rel.equals("acl:to") || rel.equals("advcl:to") || rel.equals("advcl")) {
        out.add(a.dep());
      }
    }
    // "staged demonstrations to demand reforms": the purpose of the light verb is what the nominal protest is about.
    int light = g.head(t, "obj");
    if (light >= 0) for (DepGraph.Arc a : g.children(light, "advcl:to")) out.add(a.dep());
    for (DepGraph.Arc a : g.children(t, "obj")) {
      for (DepGraph.Arc b : g.children(a.dep())) {
        if (b.rel().equals("nmod:for") || b.rel().equals("acl") || b.rel().equals("acl:to")) out.add(b.dep());
      }
    }
    // One step further: "help finance…" (the help is transparent), "delivery of aid" (the thing delivered).
    for (int c : List.copyOf(out)) {
      for (DepGraph.Arc b : g.children(c)) if (b.rel().equals("xcomp") || b.rel().equals("nmod:of")) out.add(b.dep());
    }
    return out;
  }



  /**
   * The best matching pattern: every constraint word present, most constraints first; a pattern whose target
   * preposition is present beats one without, and one whose preposition is missing ranks below the bare verb.
   */
  static VerbPattern choose(List<VerbPattern> cands, Set<String> frame) {
    VerbPattern best = null;
    int bestRank = Integer.MIN_VALUE;
    for (VerbPattern c : cands) {
      if (!matches(c, frame)) continue;
      // A word of content tells more than a required preposition: "fire shell into TARGET" beats "fire into! TARGET".
      int rank = 0;
      for (Set<String> alts : c.constraints()) rank += alts.stream().allMatch(VerbDictionary.PREPOSITIONS::contains) ? 1 : 2;
      // A coordinated subject stands for a "with" partner in a specific joint activity ("X and Y held war games"),
      // not for a bare "agree with".
      boolean together = frame.contains(TOGETHER) && c.specificity() > 0 && c.targetPreps().contains("with");
      if (!c.targetPreps().isEmpty()) rank += together || c.targetPreps().stream().anyMatch(frame::contains) ? 1 : -1;
      if (rank > bestRank) {
        best = c;
        bestRank = rank;
      }
    }
    return best;
  }

  /** Frame marker of a coordinated subject; not a word, so no pattern constraint can ask for it. */
  private static final String TOGETHER = " together";

  static boolean matches(VerbPattern p, Set<String> frame) {
    for (Set<String> alts : p.constraints()) {
      boolean any = false;
      for (String a : alts) {
        if (frame.contains(a)) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }

  /** Words around the trigger that patterns may ask for: dependents' lemmas, prepositions, complements' words. */
  static Set<String> frame(DepGraph g, Sentence s, int t) {
    Set<String> f = new java.util.HashSet<>();
    for (DepGraph.Arc a : g.children(t)) {
      String rel = a.rel();
      // "French and Egyptian warships launched war games": a coordinated subject acts together (see choose).
      if (rel.equals("nsubj") && coordinated(g, a.dep())) f.add(TOGETHER);
      // "The first deployment of NATO peacekeeping troops have arrived": patterns may ask what the subject is (subj:).
      if (rel.equals("nsubj")) {
        // A pronoun subject of what is said stands for the speaker: "Radical French farmers said they would…".
        int speaker = Clauses.reportedSpeaker(g, s, a.dep());
        addSubjectForms(f, g, s, speaker >= 0 ? speaker : a.dep());
      }
      if (rel.startsWith("nsubj") || rel.equals("punct") || rel.startsWith("conj") || rel.equals("cc")) continue;
      Token d = s.token(a.dep());
      addForms(f, d);
      int colon = rel.indexOf(':');
      // "fired the army chief on Monday": a preposition of time says when, not what the verb does.
      boolean when = rel.startsWith("obl") && (d.ner().equals("DATE") || d.ner().equals("TIME") || Clauses.TIME_WORDS.contains(d.lower()));
      if (colon > 0 && !when) {
        for (String w : rel.substring(colon + 1).split("_")) f.add(w);
      }
      if (rel.equals("xcomp") || rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl")) {
        for (DepGraph.Arc b : g.children(a.dep())) {
          String r2 = b.rel();
          // "provided 25,000 tons of food aid": the measure's contents count as the object.
          boolean contents = rel.equals("obj") && r2.equals("nmod:of");
          if (r2.startsWith("obj") || r2.startsWith("compound") || r2.equals("case") && !when || r2.equals("amod") || r2.equals("mark") || contents) {
            addForms(f, s.token(b.dep()));
          }
          // "launched 10 days of war games": the contents' own compound ("war") qualifies them.
          if (contents) for (DepGraph.Arc c : g.children(b.dep(), "compound")) addForms(f, s.token(c.dep()));
        }
      }
    }
    return f;
  }

  /** Word class a pattern may ask of the trigger's object: a person, named or not ("release @person"). */
  static final String PERSON_OBJECT = "@person";
  private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "he", "she", "they");

  /**
   * "released the Colombian Sergeant", "released 19 Christians": the object (or what it is a number of) names a
   * person or people, whatever the word, by its name, its pronoun or WordNet's class of the noun.
   */
  private Set<String> withObjectKinds(Set<String> frame, DepGraph g, Sentence s, int t) {
    boolean passive = isPassive(g, t);
    for (DepGraph.Arc a : g.children(t)) {
      if (!(passive ? a.rel().equals("nsubj:pass") : a.rel().equals("obj"))) continue;
      List<Integer> heads = new ArrayList<>(List.of(a.dep()));
      for (DepGraph.Arc b : g.children(a.dep(), "nmod:of")) heads.add(b.dep());
      for (int h : heads) {
        Token d = s.token(h);
        boolean person = d.ner().equals("PERSON") || PERSON_PRONOUNS.contains(d.lower())
            || d.isNoun() && !d.pos().startsWith("NNP") && personNoun(d.lemma());
        if (person) frame.add(PERSON_OBJECT);
      }
    }
    return frame;
  }

  private boolean personNoun(String lemma) {
    java.util.List<String> c = wordClasses.of(lemma);
    return !c.isEmpty() && c.get(0).equals("person");
  }

  /** The subject's head, its modifiers and what it is a measure of ("deployment of … troops"), marked "subj:". */
  private static void addSubjectForms(Set<String> f, DepGraph g, Sentence s, int n) {
    Set<String> words = new java.util.HashSet<>();
    List<Integer> nodes = new ArrayList<>(List.of(n));
    for (DepGraph.Arc a : g.children(n, "nmod:of")) nodes.add(a.dep());
    for (int node : nodes) {
      addForms(words, s.token(node));
      for (DepGraph.Arc a : g.children(node)) if (a.rel().equals("compound") || a.rel().equals("amod")) addForms(words, s.token(a.dep()));
    }
    for (String w : words) f.add(SUBJECT + w);
  }

  /** Prefix of subject words in a pattern and in the frame. */
  static final String SUBJECT = "subj:";

  /** "Jordan and Britain", "French and Egyptian warships": a subject with a conjunct of its own or of a modifier. */
  private static boolean coordinated(DepGraph g, int n) {
    if (!g.children(n, "conj").isEmpty()) return true;
    for (DepGraph.Arc a : g.children(n)) {
      if ((a.rel().equals("amod") || a.rel().equals("compound")) && !g.children(a.dep(), "conj").isEmpty()) return true;
    }
    return false;
  }

  /** A dependent's lemma and word, and a singular for plurals CoreNLP leaves alone ("troops"). */
  private static void addForms(Set<String> f, Token d) {
    String lemma = d.lemma().toLowerCase(java.util.Locale.ROOT);
    f.add(lemma);
    f.add(d.lower());
    if (d.pos().equals("NNS") || d.pos().equals("NNPS")) {
      if (lemma.endsWith("ies")) f.add(lemma.substring(0, lemma.length() - 3) + "y");
      else if (lemma.endsWith("s") && !lemma.endsWith("ss")) f.add(lemma.substring(0, lemma.length() - 1));
    }
  }

  private List<Mention> verbSources(DepGraph g, Sentence s, int t, List<Mention> ms) {
    boolean passive = isPassive(g, t);
    List<Mention> out = new ArrayList<>();
    if (passive) {
      for (DepGraph.Arc a : g.children(t)) {
        if (a.rel().equals("obl:agent") || a.rel().equals("obl:by")) out.addAll(at(g, a.dep(), ms));
      }
      return out;
    }
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().startsWith("nsubj") && !a.rel().equals("nsubj:pass")) {
        List<Mention> found = at(g, a.dep(), ms);
        if (covering(a.dep(), ms).isEmpty() && verbs.isTrigger(s.token(a.dep()).lemma(), true)) {
          // "a car bomb in Kiev killed…": where an attack happened is not who did it (see placeOfAct).
          Set<Integer> where = new java.util.HashSet<>();
          for (DepGraph.Arc b : g.children(a.dep())) if (isOblique(b.rel(), LOCATING_PREPS)) where.addAll(subtree(g, b.dep()));
          found.removeIf(m -> where.contains(m.head()));
        }
        out.addAll(found);
      }
    }
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
      int up = g.head(t, "xcomp");
      if (up < 0 && hasMark(g, s, t, "to")) up = g.head(t, "advcl");
      int noun = g.head(t, "acl");
      if (up < 0 && noun >= 0 && STATEMENTS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))) up = g.head(noun, "obj");
      if (up < 0 && lightStep(g, s, t)) up = g.head(noun, "obj");
      if (up >= 0 && !isPassive(g, up)) {
        for (DepGraph.Arc a : g.children(up)) {
          if (a.rel().startsWith("nsubj") && !a.rel().equals("nsubj:pass")) out.addAll(at(g, a.dep(), ms));
        }
      } else if (up >= 0 && Clauses.INTENTS.contains(s.token(up).lemma().toLowerCase(java.util.Locale.ROOT))) {
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
    return dedupe(out);
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

  private List<Mention> verbTargets(DepGraph g, int t, VerbPattern p, String code, List<Mention> ms) {
    boolean passive = isPassive(g, t);
    List<Mention> out = new ArrayList<>();
    String prep = p.targetPrep();
    if (prep != null && !prep.isEmpty()) {
      for (String pr : p.targetPreps()) {
        collectOblique(g, t, pr, ms, out);
        for (DepGraph.Arc a : g.children(t, "obj")) collectOblique(g, a.dep(), pr, ms, out);
      }
      if (out.isEmpty()) for (DepGraph.Arc a : g.children(t, "iobj")) out.addAll(at(g, a.dep(), ms));
      return dedupe(out);
    }
    for (DepGraph.Arc a : g.children(t)) {
      if (passive ? a.rel().equals("nsubj:pass") : a.rel().equals("obj")) out.addAll(at(g, a.dep(), ms));
    }
    if (!out.isEmpty()) return dedupe(out);
    for (DepGraph.Arc a : g.children(t, "iobj")) out.addAll(at(g, a.dep(), ms));
    if (!out.isEmpty() || prep != null) return dedupe(out);
    for (DepGraph.Arc a : g.children(t)) {
      if (isOblique(a.rel(), DEFAULT_TARGET_PREPS)) out.addAll(at(g, a.dep(), ms));
    }
    if (!out.isEmpty()) return dedupe(out);
    // "threatened further action against Russia", "rejected calls by Belarus's rulers": the object's own target; and
    // whom the object is meant for: "manufacturing chemical weapons to use against the United States".
    for (DepGraph.Arc a : g.children(t, "obj")) {
      for (DepGraph.Arc b : g.children(a.dep())) {
        if (isOblique(b.rel(), OBJECT_TARGET_PREPS)) out.addAll(at(g, b.dep(), ms));
        if (b.rel().equals("acl:to") || b.rel().equals("acl")) {
          for (DepGraph.Arc c : g.children(b.dep())) if (isOblique(c.rel(), HOSTILE_PREPS)) out.addAll(at(g, c.dep(), ms));
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
    return dedupe(out);
  }

  private void collectOblique(DepGraph g, int node, String prep, List<Mention> ms, List<Mention> out) {
    for (DepGraph.Arc a : g.children(node)) {
      if (a.rel().equals("obl:" + prep) || a.rel().equals("nmod:" + prep)) out.addAll(at(g, a.dep(), ms));
    }
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

  private List<Mention> nounTargets(DepGraph g, int t, VerbPattern p, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    String prep = p.targetPrep();
    if (prep != null && !prep.isEmpty()) {
      for (String pr : p.targetPreps()) collectOblique(g, t, pr, ms, out);
    } else {
      for (DepGraph.Arc a : g.children(t)) {
        String rel = a.rel();
        if (rel.startsWith("nmod:") && NOUN_TARGET_PREPS.contains(rel.substring(5))) out.addAll(at(g, a.dep(), ms));
      }
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

  private static boolean isPassive(DepGraph g, int t) {
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().equals("aux:pass") || a.rel().equals("nsubj:pass")) return true;
    }
    return false;
  }

  /** Modifiers through which a noun's owner or nationality speaks for it ("Turkish and Greek sides", "Haiti's efforts"). */
  private static final Set<String> MODIFIER_RELS = Set.of("amod", "compound", "nmod:poss", "appos", "nmod:of", "nmod:in", "nmod:for");

  /** The mentions an argument token stands for: those covering it, else those of its modifiers (and their conjuncts). */
  private static List<ActorRef> split(ActorRef a) {
    if (a.code().indexOf('/') < 0) return List.of(a);
    List<ActorRef> out = new ArrayList<>();
    for (String c : a.code().split("/")) if (!c.isEmpty()) out.add(new ActorRef(c, a.text(), a.start(), a.end(), a.origin(), null, a.refersTo()));
    return out;
  }

  /** Relations that open a new clause: actors below them belong to another verb. */
  private static final Set<String> CLAUSE_RELS = Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "xcomp");

  /**
   * PETRARCH's target when no argument names one: the first actor after the verb within its own clause ("restore
   * ties with Gondor", "arrived on a visit to Gondor"), with the actors conjoined to it.
   */
  private static List<Mention> lowerActors(DepGraph g, int t, List<Mention> ms, List<Mention> sources) {
    Set<Integer> phrase = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(t));
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

  private static List<Mention> at(DepGraph g, int token, List<Mention> ms) {
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

  private static List<Mention> covering(int token, List<Mention> ms) {
    List<Mention> r = new ArrayList<>();
    for (Mention m : ms) if (m.covers(token)) r.add(m);
    return r;
  }

  private static List<Mention> dedupe(List<Mention> in) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : in) if (!out.contains(m)) out.add(m);
    return out;
  }
}
