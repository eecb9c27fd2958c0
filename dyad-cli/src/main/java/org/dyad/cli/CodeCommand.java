package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.options.Bounds;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.doc.DocError;
import org.dyad.doc.DocumentGuard;
import org.dyad.clean.HtmlExtractor;
import org.dyad.clean.NearDuplicates;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.io.EventWriter;
import org.dyad.io.Input;
import org.dyad.io.OutputFormat;
import org.dyad.options.CodingOptions;
import org.dyad.options.DictionariesOption;
import org.dyad.options.FormatOption;
import org.dyad.options.InputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad code}: articles in, events out, one line per event, in document and sentence order. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code news articles into events.",
        "Reads INPUT files (or standard input when none or '-') and writes one event per line to standard output.",
        "Documents that cannot be coded are reported on standard error (and in --errors) and the run goes on."})
public final class CodeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin FormatOption format;
  @Mixin InputOptions input;
  @Mixin DictionariesOption dictionaries;
  @Mixin CodingOptions coding;
  @Mixin ErrorsOption errors;
  @Mixin InputFiles files;

  @Option(names = "--keep-duplicates", description = "Code near-duplicate articles too (default: a near-copy of an earlier article is reported, not coded).")
  boolean keepDuplicates;

  @Option(names = "--to", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "jsonl", converter = Formats.OutputConverter.class, completionCandidates = Formats.OutputNames.class)
  OutputFormat to;

  @Option(names = "--threads", converter = Bounds.AtLeastOne.class, description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  int threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!DyadCommand.dictionariesUsable(dictionaries.dir(), err)) return DyadCommand.USAGE;
    long started = System.nanoTime();
    List<String> names = files.names();
    // A progress bar only where someone watches: standard error on a terminal, and events not written there too.
    boolean bar = Progress.stderrIsTerminal() && !names.contains("-");
    if (bar) {
      err.println("dyad: loading models…");
      err.flush();
    }
    Coder coder = Coder.create(coding.coderOptions(dictionaries.dir(), input.maxChars()));
    DyadCommand.reportSkipped(coder, err);
    Writer outW = spec.commandLine().getOut();
    ErrorsOption.Sink errFile = errors.open(err);
    int[] counts = new int[3]; // articles read, errors, events
    NearDuplicates duplicates = keepDuplicates ? null : new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    Progress progress = new Progress(err, bar ? expectedArticles(names) : -1, bar, false);
    progress.update(0, 0);
    boolean closed;
    try (EventWriter out = EventWriter.of(to, outW)) {
      Output o = new Output(out, outW, err, errFile, counts, progress);
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
      try {
        closed = codeAll(new Sources(format.from(), defaultDate(err, progress), input.maxChars(), HtmlExtractor.load(dictionaries.dir())).open(names, files.stdin),
            coder, pool, duplicates, o);
        progress.clear();
      } finally {
        pool.shutdownNow();
      }
    } finally {
      outW.flush();
      errFile.close();
    }
    err.println("dyad: " + counts[0] + " article(s) coded, " + counts[2] + " event(s), " + counts[1] + " document error(s) in "
        + Progress.duration((System.nanoTime() - started) / 1_000_000_000L) + (closed ? "; stopped: the output was closed" : ""));
    if (duplicates != null && !duplicates.copies().isEmpty()) {
      int n = duplicates.copies().values().stream().mapToInt(Integer::intValue).sum();
      err.println("dyad: " + n + " near-duplicate article(s) not coded again, copies of " + duplicates.copies().size() + " original(s): "
          + duplicates.copies());
    }
    err.flush();
    if (counts[0] == 0) {
      err.println("dyad: nothing could be read (" + counts[1] + " document error(s))");
      return DyadCommand.NOTHING_READ;
    }
    return 0;
  }

  /**
   * How many articles the inputs hold, when cheap to know: a JSON Lines file holds one a line, a plain text or
   * HTML page one; archives, feeds and PETRARCH files hold an unknown number (-1: no time left is shown).
   */
  static int expectedArticles(List<String> names) {
    int total = 0;
    for (String name : names) {
      Path p = Path.of(name);
      if (name.equals("-")) return -1;
      try (java.util.stream.Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : java.util.stream.Stream.of(p)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
          if (n.endsWith(".jsonl")) {
            try (java.util.stream.Stream<String> lines = Files.lines(f)) {
              total += (int) lines.filter(l -> !l.isBlank()).count();
            }
          } else if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm")) {
            total++;
          } else {
            return -1;
          }
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        return -1;
      }
    }
    return total;
  }

  /** The input, or an error when its article is a near-copy of one already coded. */
  private static Input notCopied(Input in, NearDuplicates duplicates) {
    if (duplicates == null || in.article() == null) return in;
    NearDuplicates.Match m = duplicates.check(in.article().id(), in.article().text());
    if (m == null) return in;
    return new Input(null, new DocError(in.article().id(), "clean", "duplicate", String.format(java.util.Locale.ROOT,
        "near-duplicate of %s (similarity %.2f): counted with it, not coded again", m.firstId(), m.similarity())));
  }

  /** The date of articles that state none: --date, else today with a warning when the first such article is read. */
  private org.dyad.io.DefaultDate defaultDate(PrintWriter err, Progress progress) {
    if (input.date() != null) return org.dyad.io.DefaultDate.of(input.date());
    LocalDate today = LocalDate.now();
    return new org.dyad.io.DefaultDate(today, () -> {
      progress.clear();
      err.println("dyad: warning: no --date given; articles that state no date of their own are dated today (" + today + ")");
    });
  }

  /**
   * Codes every input in order, {@code threads} at a time with a bounded look-ahead (memory stays flat, output
   * keeps input order); each article's events are written as soon as it and those before it are done. Returns
   * whether it stopped because the output was closed ({@code dyad code … | head}).
   */
  private boolean codeAll(Iterator<Ingested> it, Coder coder, ExecutorService pool, NearDuplicates duplicates, Output o)
      throws IOException {
    ArrayDeque<Pending> window = new ArrayDeque<>();
    int ahead = Math.max(2, threads * 4);
    while (it.hasNext()) {
      Input in = notCopied(it.next().input(), duplicates);
      window.add(new Pending(in, in.article() == null ? null : pool.submit(() -> coder.code(in.article()))));
      while (!window.isEmpty() && (window.size() > ahead || window.peek().done())) {
        if (drain(window.poll(), o)) return true;
      }
    }
    while (!window.isEmpty()) {
      if (drain(window.poll(), o)) return true;
    }
    return false;
  }

  /** Where results go: the events, the writer under them, standard error, --errors, the counts and the progress line. */
  private record Output(EventWriter events, Writer raw, PrintWriter err, ErrorsOption.Sink errFile, int[] counts, Progress progress) {}

  /** An input and, when it is an article, its coding in progress. */
  private record Pending(Input in, Future<CodedArticle> coding) {
    boolean done() {
      return coding == null || coding.isDone();
    }
  }

  /** Writes one input's events or errors; true when the output has been closed by its reader. */
  private static boolean drain(Pending p, Output o) throws IOException {
    Future<CodedArticle> f = p.coding();
    Input in = p.in();
    if (f == null) {
      report(in.error(), o);
      return false;
    }
    o.counts()[0]++;
    CodedArticle a;
    try {
      a = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      report(DocumentGuard.failure(in.article().id(), "pipeline", e.getCause()), o);
      return false;
    }
    for (DocError e : a.errors()) report(e, o);
    for (CodedEvent e : a.events()) {
      o.events().write(e);
      o.counts()[2]++;
    }
    o.progress().update(o.counts()[0], o.counts()[2]);
    // Flushed per article, so a reader sees events as they come and a closed pipe is noticed at once.
    o.raw().flush();
    return o.raw() instanceof PrintWriter pw && pw.checkError();
  }

  private static void report(DocError e, Output o) throws IOException {
    o.counts()[1]++;
    o.progress().clear();
    o.errFile().report(e);
  }
}
