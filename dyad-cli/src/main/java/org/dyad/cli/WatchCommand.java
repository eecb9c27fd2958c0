package org.dyad.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.CoderOptions;
import org.dyad.clean.HtmlExtractor;
import org.dyad.options.DictionariesOption;
import org.dyad.server.ApiServer;
import org.dyad.server.IngestJobs;
import org.dyad.server.ServerOptions;
import org.dyad.store.DictionaryFingerprint;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCheck;
import org.dyad.store.StoreWriter;
import org.dyad.store.TextIndex;
import org.dyad.watch.PoliteHttp;
import org.dyad.watch.WatchedItems;
import org.dyad.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad watch}: poll feeds, store their new articles, and serve the store meanwhile. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds over HTTP and code and store each new article, while serving the store as 'dyad serve' does",
        "(the process that writes a store is the one that serves it; readers see each article once it is committed).",
        "Conditional GET for feeds, one request at a time per host with --delay between, robots.txt honoured. Items done are",
        "recorded in the store, so a restart (even after a kill) fetches what is left, and nothing twice."})
public final class WatchCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DictionariesOption dictionaries;
  @Mixin ServingOptions serving;

  @Option(names = "--db", paramLabel = "DIR", description = "Event store folder, made if missing (default: ${DEFAULT-VALUE}).", defaultValue = "dyad-data")
  Path db;

  @Option(names = "--interval", paramLabel = "SECONDS", description = "From the start of one poll to the next (default: ${DEFAULT-VALUE}).",
      defaultValue = "300")
  double interval;

  @Option(names = "--delay", paramLabel = "SECONDS", description = "Least time between two requests to one host (default: ${DEFAULT-VALUE};"
      + " a longer Crawl-delay in the host's robots.txt wins).", defaultValue = "1")
  double delay;

  @Parameters(paramLabel = "FEED_URL", arity = "1..*", description = "http(s) addresses of RSS or Atom feeds.")
  List<String> feedUrls = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!DyadCommand.dictionariesUsable(dictionaries.dir(), err)) return DyadCommand.USAGE;
    List<URI> feeds = feeds(err);
    if (feeds == null) return DyadCommand.USAGE;
    if (!(interval >= 1 && interval <= 86_400) || !(delay >= 0 && delay <= 600)) {
      err.println("dyad: --interval must be 1 to 86400 seconds and --delay 0 to 600; see 'dyad watch --help'");
      return DyadCommand.USAGE;
    }
    ServingOptions.Token token = serving.token(err);
    if (token.bad()) return DyadCommand.USAGE;
    java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    try {
      watch(feeds, token.value(), closed, err);
    } finally {
      closed.countDown();
    }
    return 0;
  }

  /** Serves the store and polls the feeds until the process is told to stop; {@code closed} is counted down by the caller. */
  private void watch(List<URI> feeds, String token, java.util.concurrent.CountDownLatch closed, PrintWriter err) throws java.io.IOException {
    try (EventStore store = EventStore.open(db, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreCheck.require(store, index);
      StoreWriter writer = new StoreWriter(store, index, DictionaryFingerprint.of(dictionaries.dir()));
      ServerOptions opts = serving.server(token);
      err.println("dyad: loading models…");
      err.flush();
      ServeCommand.Supplier coder = new ServeCommand.Supplier(dictionaries.dir());
      coder.get(); // before serving: the first article should not wait half a minute with the feeds' pages in hand
      try (IngestJobs jobs = new IngestJobs(writer, coder, 1); WatchedItems done = new WatchedItems(store);
          ApiServer server = ApiServer.start(opts, store, index, jobs, CoderOptions.DEFAULT_MAX_CHARS)) {
        err.printf("dyad: serving %s (%d articles, %d events) at http://%s:%d/ and watching %d feed(s) every %s s%n", db,
            store.count("articles"), store.count("events"), opts.host(), server.port(), feeds.size(), fmt(interval));
        err.flush();
        // Lines as the watcher says them, flushed one by one: someone (or a test) is reading them as they come.
        Watcher w = new Watcher(feeds, new PoliteHttp(seconds(delay)), jobs, done, HtmlExtractor.load(dictionaries.dir()), line -> {
          err.println(line);
          err.flush();
        });
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          main.interrupt();
          try {
            closed.await(20, java.util.concurrent.TimeUnit.SECONDS); // the store closes after the last committed batch
          } catch (InterruptedException ignored) {
            // the JVM is going down anyway
          }
        }));
        try {
          w.run(seconds(interval));
        } catch (InterruptedException stopped) {
          err.println("dyad: stopped; " + db + " holds " + store.count("articles") + " articles, " + store.count("events") + " events");
          err.flush();
        }
      }
    }
  }

  /** The feed addresses, or null after saying which one is not an http(s) address. */
  private List<URI> feeds(PrintWriter err) {
    List<URI> out = new ArrayList<>();
    for (String f : feedUrls) {
      URI u;
      try {
        u = URI.create(f.strip());
      } catch (IllegalArgumentException e) {
        u = null;
      }
      if (u == null || u.getHost() == null || !String.valueOf(u.getScheme()).matches("https?")) {
        err.println("dyad: not an http(s) feed address: " + f + " (feed files are read by 'dyad ingest')");
        return null;
      }
      out.add(u);
    }
    return out;
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }

  private static String fmt(double s) {
    return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
  }
}
