package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.options.Bounds;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.io.ReutersReader;
import org.dyad.store.DictionaryFingerprint;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCheck;
import org.dyad.store.Ingestor;
import org.dyad.store.StoreWriter;
import org.dyad.store.TextIndex;
import org.dyad.options.FormatOption;
import org.dyad.options.InputOptions;
import org.dyad.io.DefaultDate;
import org.dyad.options.DictionariesOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad ingest}: code articles and store them, with their sentences and events, in an event store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Code news articles and store articles, sentences and events in an embedded event store (DuckDB + Lucene).",
        "Idempotent: an article stored before (same URL or same text) is skipped, or re-coded and its events replaced when the",
        "dictionaries changed. Crash-safe: each batch is one transaction; rerun after a crash and nothing is lost or doubled.",
        "INPUT: files and folders in every format 'dyad code' reads (text, JSON Lines, PETRARCH XML, HTML pages, WARC/ARC,",
        "RSS/Atom feeds; detected per file unless --from says), or Reuters-21578 .sgm files or a folder of them."})
public final class IngestCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin FormatOption format;
  @Mixin InputOptions input;
  @Mixin DictionariesOption dictionaries;

  @Option(names = "--db", paramLabel = "DIR", description = "Event store folder (default: ${DEFAULT-VALUE}).", defaultValue = "dyad-data")
  Path db;

  @Option(names = "--threads", converter = Bounds.AtLeastOne.class, description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  int threads;

  @Option(names = "--batch", converter = Bounds.AtLeastOne.class, description = "Articles per transaction (default: ${DEFAULT-VALUE}).", defaultValue = "20")
  int batch;

  @Option(names = "--limit", description = "Read at most this many articles from Reuters-21578 input (default: all).", defaultValue = "2147483647")
  int limit;

  @Option(names = {"-v", "--verbose"}, description = "One line on standard error per committed batch (the default shows a progress bar on a terminal).")
  boolean verbose;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to ingest.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!DyadCommand.dictionariesUsable(dictionaries.dir(), err)) return DyadCommand.USAGE;
    Progress[] shown = new Progress[1]; // made once the inputs are counted; the warning comes while they are read
    DefaultDate defaultDate = input.date() != null ? DefaultDate.of(input.date()) : new DefaultDate(LocalDate.now(), () -> {
      if (shown[0] != null) shown[0].clear();
      err.println("dyad: warning: no --date given; articles that state no date of their own are dated today (" + LocalDate.now() + ")");
    });
    Inputs in = open(defaultDate);
    Coder[] coder = new Coder[1];
    // Built on the first article that needs coding: a rerun over stored articles loads no models.
    java.util.function.Supplier<Coder> lazyCoder = () -> {
      if (coder[0] == null) coder[0] = Coder.create(new CoderOptions(dictionaries.dir(), input.maxChars()));
      return coder[0];
    };
    Progress progress = new Progress(err, in.total, Progress.stderrIsTerminal() && !verbose, verbose);
    shown[0] = progress;
    Ingestor.Totals t;
    try (EventStore store = EventStore.open(db, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreCheck.require(store, index); // before the writer, which would index new articles into a broken index
      StoreWriter writer = new StoreWriter(store, index, DictionaryFingerprint.of(dictionaries.dir()));
      t = new Ingestor(lazyCoder, writer, threads, batch, new Ingestor.Listener() {
        @Override
        public void error(DocError e) {
          progress.clear();
          err.println("dyad: " + e.docId() + ": " + e.message());
        }

        @Override
        public void progress(Ingestor.Totals totals) {
          progress.update(totals);
        }
      }).run(in.items);
      progress.clear();
      err.printf("dyad: read %d article(s): %d added, %d replaced, %d unchanged, %d rejected; %d event(s) stored. %s now holds %d articles, %d events.%n",
          t.read(), t.added(), t.replaced(), t.skipped(), t.rejected(), t.events(), db, store.count("articles"), store.count("events"));
    }
    err.flush();
    return t.read() == 0 ? DyadCommand.NOTHING_READ : 0;
  }

  /** The inputs as one stream, and how many articles they hold when that is cheap to know (else -1). */
  private record Inputs(Iterator<Ingested> items, int total) {}

  /**
   * Reuters-21578 files by their own reader; everything else through {@link Sources}, the readers and extractors
   * of {@code dyad code} (format detected per file unless {@code --from} says), behind the same per-document guard.
   */
  private Inputs open(DefaultDate defaultDate) throws IOException {
    Sources sources = new Sources(format.from(), defaultDate, input.maxChars(), HtmlExtractor.load(dictionaries.dir()));
    List<Iterator<Ingested>> parts = new ArrayList<>();
    int total = 0;
    int reutersLeft = limit;
    for (String name : inputs) {
      if (isReuters(name)) {
        List<Article> articles = ReutersReader.read(Path.of(name), reutersLeft);
        reutersLeft -= articles.size();
        total += articles.size();
        parts.add(articles.stream().map(a -> Ingested.of(a, List.of())).iterator());
      } else {
        int n = CodeCommand.expectedArticles(List.of(name));
        total = total < 0 || n < 0 ? -1 : total + n;
        parts.add(sources.open(List.of(name), System.in));
      }
    }
    return new Inputs(concat(parts), total);
  }

  private static boolean isReuters(String name) {
    Path p = Path.of(name);
    if (name.endsWith(".sgm")) return true;
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.anyMatch(f -> f.toString().endsWith(".sgm"));
    } catch (IOException e) {
      return false;
    }
  }

  private static Iterator<Ingested> concat(List<Iterator<Ingested>> parts) {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        while (i < parts.size() && !parts.get(i).hasNext()) i++;
        return i < parts.size();
      }

      @Override
      public Ingested next() {
        if (!hasNext()) throw new NoSuchElementException();
        return parts.get(i).next();
      }
    };
  }
}
