package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.eval.EventDiff;
import org.dyad.io.EventLine;
import org.dyad.io.JsonlEventReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad diff}: what a change to the rules did to the events of a corpus, for a reviewer to read. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compare two outputs of 'dyad code --to jsonl' on the same input: events added, removed and changed",
        "(same document, sentence and trigger, another source, target or event code), each with its sentence,",
        "then the counts by rule id (up to the first '+') and by full rule."})
public final class DiffCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--rule", paramLabel = "TEXT", description = "Keep only differences whose old or new rule contains TEXT.")
  String rule;

  @Option(names = "--sample", paramLabel = "N", description = "Print only N differences drawn at random (the counts stay complete).")
  Integer sample;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of --sample: the same seed draws the same differences (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--summary", description = "Print the counts only.")
  boolean summary;

  @Parameters(index = "0", paramLabel = "OLD", description = "Events before the change (JSON lines).")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "Events after the change (JSON lines).")
  Path after;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (sample != null && sample < 0) {
      spec.commandLine().getErr().println("dyad: --sample wants a number of differences, 0 or more");
      return DyadCommand.USAGE;
    }
    List<EventLine> old;
    List<EventLine> now;
    try {
      old = JsonlEventReader.read(before);
      now = JsonlEventReader.read(after);
    } catch (IOException e) {
      String why = e instanceof java.nio.file.FileSystemException fs ? fs.getFile() + ": " + org.dyad.io.IoErrors.describe(e) : e.getMessage();
      spec.commandLine().getErr().println("dyad: " + why);
      return DyadCommand.NOTHING_READ;
    }
    EventDiff diff = EventDiff.of(old, now);
    if (rule != null) diff = diff.withRule(rule);
    out.printf("%s: %d events; %s: %d events%s%n", before, old.size(), after, now.size(), rule == null ? "" : "; rules containing \"" + rule + "\"");
    out.printf("added %d, removed %d, changed %d%n", diff.count(EventDiff.Kind.ADDED), diff.count(EventDiff.Kind.REMOVED),
        diff.count(EventDiff.Kind.CHANGED));
    if (!summary) {
      EventDiff shown = sample == null ? diff : diff.sample(sample, seed);
      if (shown != diff) out.printf("%d of %d differences, drawn with seed %d:%n", shown.changes().size(), diff.changes().size(), seed);
      for (EventDiff.Change c : shown.changes()) change(out, c);
    }
    counts(out, "rule id", diff.byRule(true));
    counts(out, "rule", diff.byRule(false));
    out.flush();
    return 0;
  }

  private static void change(PrintWriter out, EventDiff.Change c) {
    EventLine e = c.event();
    out.printf("%n%s %s #%d \"%s\"%n", switch (c.kind()) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case CHANGED -> "~";
    }, e.docId(), e.sentence(), e.trigger());
    if (c.before() != null) out.println("  old: " + event(c.before()));
    if (c.after() != null) out.println("  new: " + event(c.after()));
    out.println("  | " + e.text());
  }

  private static String event(EventLine e) {
    return String.format(Locale.ROOT, "%s -> %s %s%s  %s %.2f", e.source(), e.target() == null ? "---" : e.target(), e.code(),
        e.plover() == null ? "" : " " + e.plover(), e.rule(), e.confidence());
  }

  private static void counts(PrintWriter out, String by, List<EventDiff.RuleCount> counts) {
    if (counts.isEmpty()) return;
    out.printf("%nby %s:%n  %7s %7s %7s  %s%n", by, "added", "removed", "changed", by);
    for (EventDiff.RuleCount r : counts) out.printf("  %7d %7d %7d  %s%n", r.added(), r.removed(), r.changed(), r.rule());
  }
}
