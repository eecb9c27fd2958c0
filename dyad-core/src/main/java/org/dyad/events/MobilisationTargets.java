package org.dyad.events;

import static org.dyad.events.Clauses.isOblique;

import java.util.HashSet;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.nlp.DepGraph;

/**
 * A refinement of the event cascade: "Britain mobilized army reservists for a possible war against Iraq": the forces
 * a country mobilizes or deploys (15x) are its own instrument; the target is whom they are readied against.
 */
final class MobilisationTargets {
  private MobilisationTargets() {}

  static void apply(SentenceContext c, EventDraft d) {
    if (!d.code.startsWith("15") || d.targets.isEmpty()) return;
    DepGraph g = c.graph();
    Set<String> own = new HashSet<>();
    for (Mention m : d.sources) if (m.hasCountry()) own.add(m.country());
    d.targets.removeIf(m -> own.contains(m.country()));
    if (!d.targets.isEmpty()) return;
    for (DepGraph.Arc a : g.children(d.t(), "obl")) {
      for (DepGraph.Arc b : g.children(a.dep())) {
        if (isOblique(b.rel(), Arguments.HOSTILE_PREPS)) d.targets.addAll(Arguments.at(g, b.dep(), c.mentions()));
      }
    }
  }
}
