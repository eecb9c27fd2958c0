package org.dyad.events;

import static org.dyad.events.Clauses.conditionsOf;

import java.util.HashSet;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.nlp.DepGraph;

/**
 * A refinement of the event cascade: "threatened to launch an offensive unless Baghdad accepted its conditions",
 * "will not lift the embargo until Cuba undertakes reforms": a threat or refusal with no target is aimed at whoever
 * the condition is put to (the threatened act, when coded, carries it).
 */
final class ConditionTargets {
  private ConditionTargets() {}

  static void apply(SentenceContext c, EventDraft d) {
    DepGraph g = c.graph();
    boolean threatInComplement = g.children(d.t(), "xcomp").stream().anyMatch(a -> c.candidates().containsKey(a.dep()));
    boolean refusedAct = d.code.startsWith("12") && d.refusedHere;
    if (!(d.code.startsWith("13") || refusedAct) || !d.targets.isEmpty() || c.literal() || threatInComplement) return;
    // "vowed to fight until they seize the villages": a condition the side itself must meet names no one else.
    Set<String> selves = new HashSet<>();
    for (Mention m : d.sources) selves.add(m.code());
    for (int k : conditionsOf(g, d.t())) {
      for (DepGraph.Arc b : g.children(k)) {
        if (!b.rel().startsWith("nsubj")) continue;
        for (Mention m : Arguments.at(g, b.dep(), c.mentions())) if (!selves.contains(m.code())) d.targets.add(m);
      }
    }
  }
}
