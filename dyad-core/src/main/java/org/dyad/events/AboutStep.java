package org.dyad.events;

import static org.dyad.events.Clauses.clausesBelow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.DepGraph;

/**
 * The step of the event cascade that reads what an appeal, demand or rejection is about: "urged Uganda to
 * extradite…", "demanded the release of…": what is asked for refines the code ({@value #PROVENANCE} and the
 * complement's pattern), and the thing asked for, which did not happen, is consumed (coded as no event of its own).
 */
final class AboutStep {
  static final String PROVENANCE = "+about:";
  /** Appeals and demands: what they ask for has not happened. */
  static final Set<String> ASKING_ROOTS = Set.of("02", "10");

  private final Complements complements;

  AboutStep(Complements complements) {
    this.complements = complements;
  }

  /** Refines the draft by its complement and adds the triggers it consumes to {@code consumed}. */
  void apply(SentenceContext c, EventDraft d, Set<Integer> consumed) {
    if (c.literal()) return;
    DepGraph g = c.graph();
    Map<Integer, VerbPattern> raw = c.candidates();
    if (complements.refines(d.code)) {
      for (int k : complementsOf(g, d.t())) {
        VerbPattern cp = raw.get(k);
        String refined = cp == null ? null : complements.refine(d.code, cp.code());
        if (refined != null) {
          d.code = refined;
          d.tag(PROVENANCE + cp.id());
          consumed.add(k);
          d.about = k;
          d.aboutPattern = cp;
          break;
        }
        // "began a hunger strike to demand the return of property": the demand is what the protest is for.
        if (cp != null && d.code.startsWith("14") && cp.code().startsWith("10")) consumed.add(k);
      }
    }
    if (ASKING_ROOTS.contains(d.pattern.code().substring(0, 2))) {
      // "demanded that its partners refuse to recognize…": nothing in what is asked for has happened.
      for (int k : clausesBelow(g, d.t())) if (raw.containsKey(k)) consumed.add(k);
      // "demanded a truce with Moslem forces before allowing U.N. aid convoys…": what the demanding side would do
      // once the demand is met has not happened either.
      for (DepGraph.Arc a : g.children(d.t())) {
        if (!a.rel().equals("advcl:before") && !a.rel().equals("advcl:until")) continue;
        for (int k : Arguments.subtree(g, a.dep())) if (raw.containsKey(k)) consumed.add(k);
      }
    }
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
    for (int k : List.copyOf(out)) {
      for (DepGraph.Arc b : g.children(k)) if (b.rel().equals("xcomp") || b.rel().equals("nmod:of")) out.add(b.dep());
    }
    return out;
  }
}
