package org.dyad.events;

import static org.dyad.events.Clauses.embedded;
import static org.dyad.events.Clauses.negated;
import static org.dyad.events.Clauses.obligationSpeaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The step of the event cascade that reads "must": "Russia said Sudan must return the helicopter" is a demand (10x)
 * by the speaker of the subject, whatever the modal of what is demanded. Its rule is {@value #RULE}, followed by
 * "+about:" and the demanded act's rule where a pattern names the act.
 */
final class ObligationStep {
  static final String RULE = "demand.must";

  private final Complements complements;
  private final SourceStep sources;

  ObligationStep(Complements complements, SourceStep sources) {
    this.complements = complements;
    this.sources = sources;
  }

  /** The speaker who demands the draft's act, or -1 when it is no asserted obligation. */
  int speaker(SentenceContext c, EventDraft d) {
    if (d.noun || c.literal() || d.negated) return -1;
    return obligationSpeaker(c.graph(), c.sentence(), d.t());
  }

  /** Recodes the draft as the speaker's demand of the act's subject. */
  void apply(SentenceContext c, EventDraft d, int speaker) {
    // The demand is what the text asserts, whatever the modal of what is demanded.
    d.reading = FactualityStep.Reading.ASSERTED;
    String refined = complements.refine("100", d.code);
    d.code = refined != null ? refined : "100";
    d.rule = RULE + AboutStep.PROVENANCE + d.rule;
    d.sources = sources.verbSources(c.graph(), c.sentence(), speaker, c.mentions());
    d.targets = sources.verbSources(c.graph(), c.sentence(), d.t(), c.mentions());
  }

  /**
   * "The Red Cross said US and British forces must ensure security": whatever the clause asks, saying that
   * someone must do it is a demand of them (100), even when no pattern names what is asked. Clauses whose verb
   * a pattern names (the {@code triggers}) are coded through {@link #apply} instead.
   */
  List<Event> unnamed(SentenceContext c, Set<Integer> triggers) {
    Sentence s = c.sentence();
    DepGraph g = c.graph();
    List<Event> out = new ArrayList<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb() || !Clauses.saying(s, v.index()) || embedded(g, s, v.index())) continue;
      for (DepGraph.Arc a : g.children(v.index(), "ccomp")) {
        if (triggers.contains(a.dep()) || obligationSpeaker(g, s, a.dep()) != v.index() || negated(g, s, v.index())) continue;
        demands(c, v, a.dep(), out);
      }
    }
    return out;
  }

  private void demands(SentenceContext c, Token v, int clause, List<Event> out) {
    Sentence s = c.sentence();
    List<Mention> speakers = sources.verbSources(c.graph(), s, v.index(), c.mentions());
    speakers.removeIf(m -> m.origin() == Origin.PLACE);
    for (Mention src : speakers) {
      for (Mention tgt : sources.verbSources(c.graph(), s, clause, c.mentions())) {
        if (tgt.origin() == Origin.PLACE || tgt.code().equals(src.code()) || tgt.start() == src.start()) continue;
        double conf = Math.round(0.8 * src.origin().weight() * tgt.origin().weight() * 1000) / 1000.0;
        out.add(new Event(c.docId(), s.index(), "100", ActorRef.of(src), ActorRef.of(tgt), RULE, conf, v.index(), v.word(),
            v.begin(), v.end()));
      }
    }
  }
}
