package org.dyad.events;

import static org.dyad.events.Clauses.hasUnless;
import static org.dyad.events.Clauses.intentHead;
import static org.dyad.events.Clauses.readying;

import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;

/**
 * The intent step of the event cascade: saying one will or could do something is a statement of intent or a threat
 * (03x, 13x), and the statement happened ({@value #PROVENANCE} and the cue); forces readied for an act of force are a
 * show of force ({@value #READYING}); an act announced on a condition the other side must meet is a threat
 * ({@value #UNLESS}); a bare warning of what may come about, with no act held out in it, is a pessimistic comment
 * ({@value #OUTCOME}).
 */
final class IntentStep {
  static final String PROVENANCE = "+intent:";
  static final String READYING = "+readying";
  static final String UNLESS = "+unless";
  static final String OUTCOME = "+outcome";
  private static final Set<String> WARNINGS = Set.of("warn", "threaten", "caution");
  /** Acts of force that forces may be seen readying (150). */
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

  private IntentStep() {}

  static void apply(SentenceContext c, EventDraft d) {
    DepGraph g = c.graph();
    Sentence s = c.sentence();
    FactualityStep.Reading reading = d.reading;
    if (!c.literal() && Modality.outcomeWarning(c, d)) {
      d.code = Modality.PESSIMISTIC;
      d.tag(OUTCOME);
      return;
    }
    boolean willDo = reading.factuality() == Factuality.FUTURE && Clauses.FUTURE.contains(reading.cue());
    String intent = d.refusedHere ? null : reading.asserted() || willDo ? intentHead(g, s, d.t()) : warnedPossibility(g, s, d.t(), reading);
    if (intent == null || c.literal()) return;
    if (FORCE_ROOTS.contains(d.root()) && readying(g, s, d.t())) {
      d.code = "150";
      d.tag(READYING);
      return;
    }
    String modal = Modality.intended(d.code);
    if (!modal.equals(d.code)) {
      d.code = modal;
      d.tag(PROVENANCE + intent);
      // Saying one will or could do something is a statement of intent or a threat, and the statement happened.
      d.reading = FactualityStep.Reading.ASSERTED;
    } else if (Clauses.FUTURE.contains(intent) && AboutStep.ASKING_ROOTS.contains(d.root())) {
      // "will ask Asian banks to help finance…": announcing a request makes it (CAMEO's own 0231 example).
      d.reading = FactualityStep.Reading.ASSERTED;
    } else if (Clauses.FUTURE.contains(intent) && !d.code.startsWith("03") && !d.code.startsWith("13")) {
      // "will criticise the report": CAMEO has no intent for it, and it has not happened yet.
      d.reading = new FactualityStep.Reading(Factuality.FUTURE, intent);
    }
    // "will withdraw its force from Chad unless the president holds elections": an act announced on a
    // condition the other side must meet is a threat, whatever the act.
    if (d.code.startsWith("03") && !d.noun && hasUnless(g, d.t())) {
      d.code = "130";
      d.tag(UNLESS);
    }
  }

  /**
   * "warned it could impose sanctions", "may halt mediation if cooperation founders": a possibility held out as a
   * warning, or on a condition, is a threat (or an offer) that was made, as CAMEO reads it. The modal, else null.
   */
  private static String warnedPossibility(DepGraph g, Sentence s, int t, FactualityStep.Reading r) {
    if (r.factuality() != Factuality.HYPOTHETICAL || !Clauses.CONDITIONAL_MODALS.contains(r.cue())) return null;
    if (!g.children(t, "advcl:if").isEmpty() || !g.children(t, "advcl:unless").isEmpty()) return r.cue();
    int head = g.head(t, "ccomp");
    return head >= 0 && WARNINGS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) ? r.cue() : null;
  }
}
