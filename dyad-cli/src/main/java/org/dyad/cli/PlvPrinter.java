package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dyad.eval.PlvGold;
import org.dyad.eval.PlvReport;
import org.dyad.eval.ProducedEvent;
import org.dyad.eval.Score;

/** The text report of {@code dyad eval} on a PLOVER sentence set: totals, and for a tune set the sentences wrongly coded. */
final class PlvPrinter {
  private PlvPrinter() {}

  static void totals(PrintWriter out, PlvReport r, String mode) {
    Score t = r.types();
    out.printf("%s%s: %d sentences, PLOVER types and actor spans%n", r.gold(), mode, r.sentences());
    out.printf("  PLOVER type   precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", t.precision(), t.recall(), t.f1(),
        t.truePositives(), t.falsePositives(), t.falseNegatives());
    out.printf("  dyad recall   %.3f  (%d of %d sentences: an event of a gold type whose source, and target where the gold%n"
        + "                names one, shares a content word with the gold span)%n", r.dyadRecall(), r.dyadHits(), r.sentences());
    out.printf("  type precision by confidence band (events with a PLOVER type; %d without one, CAMEO 01 statements, left out):%n",
        r.untypedEvents());
    out.printf("    %-12s %7s %10s%n", "confidence", "events", "precision");
    for (PlvReport.Band b : r.bands()) {
      String range = String.format(Locale.ROOT, "[%.1f, %.1f%s", b.from(), b.to(), b.to() >= 1 ? "]" : ")");
      out.printf("    %-12s %7d %10.3f%n", range, b.events(), b.precision());
    }
    out.println("  recall per gold label (sentences of the label given an event of that type):");
    for (PlvReport.LabelRecall l : r.labels()) {
      out.printf("    %-12s %4d/%-4d %6.3f%n", l.label(), l.found(), l.sentences(), l.recall());
    }
  }

  /** The sentences coded wrongly; a check set lists none, only says why. */
  static void errors(PrintWriter out, PlvReport r) {
    if (r.checkSet()) {
      out.printf("  %s is a check set: check sets are read as totals only, so no sentences are listed%n", r.gold());
      return;
    }
    out.printf("  %d sentences coded wrongly (types not the gold ones, or no event between the gold actors):%n", r.misses().size());
    for (PlvReport.Miss m : r.misses()) {
      out.printf("%n  [%s] %s%n", m.id(), m.text());
      for (PlvGold.Event g : m.gold()) out.println("    gold:     " + g);
      if (m.produced().isEmpty()) out.println("    produced: nothing");
      for (ProducedEvent e : m.produced()) out.println("    produced: " + e);
    }
  }
}
