package org.dyad.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The last refinement of the event cascade, which turns a draft into events, one per source and target: acts aimed at
 * no one named fall on the source's own country where CAMEO says so (domestic); two sides with no target act towards
 * each other (reciprocal); a place stands for its people only as the target of force; a nominal event aimed at no one
 * is dropped; dictionary phrases that stand for several actors code one event each; paired codes add the target's side.
 */
final class DyadStep {
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

  private DyadStep() {}

  /** How the draft's sides pair up. */
  private record Sides(boolean domesticKind, boolean domestic, boolean reciprocal) {}

  /** Adds the draft's events to {@code found}. */
  static void emit(SentenceContext c, EventDraft d, List<Event> found) {
    Sides sides = sides(c, d);
    // "the deal", "relief operations", "Canadian exports": a noun naming an act, aimed at no one, refers to an
    // act more often than it reports one (right for 15 of 37 such events on plv-tune; 3 of 13 in a VOA audit).
    // What a statement announces is reported, though: "Italy announced a suspension of air links".
    DepGraph g = c.graph();
    boolean announced = d.noun && g.head(d.t(), "obj") >= 0 && Clauses.saying(c.sentence(), g.head(d.t(), "obj"));
    if (d.noun && d.targets.isEmpty() && !sides.reciprocal() && !c.literal() && !sides.domestic() && !announced) return;
    double base = Math.min(0.95, (d.noun ? 0.75 : 0.8) + 0.05 * Math.min(3, d.pattern.specificity()));
    for (Mention src : d.sources) {
      List<Mention> tgts = sides.reciprocal() ? d.sources
          : sides.domestic() && src.hasCountry() ? List.of(src.withCode(src.country(), Origin.COREFERENCE))
          : d.targets.isEmpty() ? Collections.singletonList(null) : d.targets;
      for (Mention tgt : tgts) {
        // "threatened to institute a curfew in Algiers" (ALGGOV): a restriction the government places on its own
        // capital falls on its people.
        if (tgt != null && sides.domesticKind() && !sides.domestic() && tgt.code().equals(src.code()) && src.hasCountry()
            && tgt.start() != src.start() && !src.code().equals(src.country())) {
          tgt = tgt.withCode(src.country(), Origin.COREFERENCE);
        }
        // "The Cambodian government released the detained leaders", "Iran freed 19 Christians": those a yield concerns
        // get the source's code by coreference, yet they are its country's people, not the source itself.
        boolean ownPeople = tgt != null && d.root().equals("08") && ownPeople(c.sentence(), g, d.t(), src, tgt);
        if (ownPeople) tgt = tgt.withCode(src.country(), Origin.COREFERENCE);
        // Two unknown ("---") actors named by their words are two actors; two coded alike are one.
        boolean sameCode = tgt != null && tgt.code().equals(src.code()) && src.origin() != Origin.ARGUMENT && tgt.origin() != Origin.ARGUMENT
            && !twoUnplaced(c.sentence(), src, tgt) && !ownPeople;
        if (tgt != null && !sides.domestic() && (sameCode || tgt.start() == src.start())) continue;
        if (sides.reciprocal() && tgt.country().equals(src.country())) continue;
        // An actor of unknown country ("---GOV") tells less than a placed one, whichever side it is on.
        double unplaced = (src.hasCountry() ? 1 : 0.8) * (tgt == null || tgt.hasCountry() ? 1 : 0.8);
        double conf = Math.round(base * src.origin().weight() * (tgt == null ? 0.9 : tgt.origin().weight()) * unplaced * 1000) / 1000.0;
        pair(c, d, src, tgt, conf, found);
      }
    }
  }

  /** Settles domestic and reciprocal readings and drops places that do not stand for people (changes the draft). */
  private static Sides sides(SentenceContext c, EventDraft d) {
    boolean domesticKind = !c.literal() && (DOMESTIC_ROOTS.contains(d.root())
        || DOMESTIC_CODES.stream().anyMatch(d.code::startsWith) || DOMESTIC_CODES.stream().anyMatch(d.pattern.code()::startsWith));
    // An international body or an NGO has no country of its own for an act to fall on ("she demanded an end to the
    // hostilities", said of UNICEF's director, is aimed at no one named).
    boolean domestic = domesticKind && d.targets.isEmpty()
        && d.sources.stream().noneMatch(m -> m.code().startsWith("IGO") || m.code().startsWith("NGO"));
    // A role word whose country stayed unknown ("journalists appealed…") is still a source, coded "---MED" as
    // CAMEO does: measured on the codebook examples and PLOVER records, keeping it finds more events than it
    // misplaces (see docs/decisions.md). A place is never a source.
    d.sources.removeIf(m -> m.origin() == Origin.PLACE);
    if (!c.literal() && !d.noun) {
      // "evacuate the settlements in the Gaza Strip": a place that locates the act's object tells whom the act
      // concerns (its country), whatever the act.
      d.targets.replaceAll(m -> m.origin() == Origin.PLACE && locatesObject(c.graph(), d.t(), m) ? m.withCode(m.country(), Origin.METONYM) : m);
    }
    boolean violent = d.violent();
    d.targets.removeIf(m -> m.origin() == Origin.PLACE && !violent);
    // "Jordan and Britain agreed", "Putin and Erdogan meet": with no target, each side acts towards the other.
    boolean reciprocal = d.targets.isEmpty() && d.severalSides();
    return new Sides(domesticKind, domestic, reciprocal);
  }

  /**
   * "The government released the leaders": two role words of unknown country ("---GOV" both) said in different words
   * name two actors; only a pronoun or the same word again ("the banks … bank counterproposals") is the same one.
   */
  private static boolean twoUnplaced(Sentence s, Mention src, Mention tgt) {
    return !src.hasCountry() && src.origin() != Origin.COREFERENCE && tgt.origin() != Origin.COREFERENCE
        && !s.token(src.head()).lemma().equalsIgnoreCase(s.token(tgt.head()).lemma());
  }

  /**
   * The trigger's object, coded like the source only by coreference and named by another word: the source's own
   * people ("resigned, saying President Reagan's…" names no one the act concerns, so only the object counts).
   */
  private static boolean ownPeople(Sentence s, DepGraph g, int t, Mention src, Mention tgt) {
    return tgt.origin() == Origin.COREFERENCE && tgt.code().equals(src.code()) && src.hasCountry() && tgt.start() != src.start()
        && g.children(t, "obj").stream().anyMatch(a -> tgt.covers(a.dep()))
        && !s.token(src.head()).lemma().equalsIgnoreCase(s.token(tgt.head()).lemma());
  }

  /** "FRO/BIL/SAM": a dictionary phrase that stands for several actors codes one event for each. */
  private static void pair(SentenceContext c, EventDraft d, Mention src, Mention tgt, double conf, List<Event> found) {
    Token t = d.trigger;
    int si = c.sentence().index();
    FactualityStep.Reading reading = d.reading;
    for (ActorRef sr : split(ActorRef.of(src))) {
      for (ActorRef tr : tgt == null ? Collections.<ActorRef>singletonList(null) : split(ActorRef.of(tgt))) {
        String why = d.rule + reading.provenance();
        found.add(new Event(c.docId(), si, d.code, sr, tr, why, conf, t.index(), t.word(), t.begin(), t.end(), reading.factuality()));
        if (tr != null && d.pattern.targetCode() != null && d.code.equals(d.pattern.code())) {
          // A paired code: the target's side of the same event ("arrived in Gondor": Gondor hosts the visit).
          found.add(new Event(c.docId(), si, d.pattern.targetCode(), tr, sr, d.rule + ":target" + reading.provenance(), conf, t.index(),
              t.word(), t.begin(), t.end(), reading.factuality()));
        }
      }
    }
  }

  private static List<ActorRef> split(ActorRef a) {
    if (a.code().indexOf('/') < 0) return List.of(a);
    List<ActorRef> out = new ArrayList<>();
    for (String c : a.code().split("/")) if (!c.isEmpty()) out.add(new ActorRef(c, a.text(), a.start(), a.end(), a.origin(), null, a.refersTo()));
    return out;
  }

  private static boolean locatesObject(DepGraph g, int t, Mention place) {
    for (DepGraph.Arc a : g.children(t, "obj")) {
      for (DepGraph.Arc b : g.children(a.dep(), "nmod:in")) if (place.covers(b.dep())) return true;
    }
    return false;
  }
}
