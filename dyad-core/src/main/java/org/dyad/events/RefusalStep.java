package org.dyad.events;

import static org.dyad.events.Clauses.negated;
import static org.dyad.events.Clauses.refusal;

/**
 * The refusal step of the event cascade, ahead of factuality: "will not end their strike", "would not release
 * them": refusing to yield is an event of its own (12x), refined by what is refused; any other negated event did not
 * happen (factuality says so). Its provenance is {@value #PROVENANCE}.
 */
final class RefusalStep {
  static final String PROVENANCE = "+refused";

  private final Complements complements;

  RefusalStep(Complements complements) {
    this.complements = complements;
  }

  /** Marks the draft negated and, where it is a refusal, recodes it; false when a literal stage drops a negated event. */
  boolean apply(SentenceContext c, EventDraft d) {
    d.negated = negated(c.graph(), c.sentence(), d.t());
    if (d.negated) {
      String refused = c.literal() || !refusal(c.graph(), c.sentence(), d.t()) ? null : complements.refine("12", d.code);
      if (refused != null) {
        d.code = refused;
        d.tag(PROVENANCE);
      } else if (c.literal()) {
        return false;
      }
    }
    // A stated refusal is itself asserted, whatever its auxiliary.
    d.refusedHere = d.rule.endsWith(PROVENANCE);
    return true;
  }
}
