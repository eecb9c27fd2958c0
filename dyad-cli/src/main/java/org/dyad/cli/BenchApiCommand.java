package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.server.ApiServer;
import org.dyad.server.LoadBench;
import org.dyad.server.ServerOptions;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.SyntheticEvents;
import org.dyad.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad bench-api}: synthetic events into a store (once), then a bounded load test of the events API on loopback. */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
    description = {"Load benchmark of GET /api/events with filters over a store of synthetic events.",
        "An empty --db is first filled with --events synthetic events (real CAMEO codes, skewed actors, ten years of dates);",
        "a store that has them already is reused. The server and the client share this process and talk over loopback."})
public final class BenchApiCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", description = "Store for the synthetic events (default: ${DEFAULT-VALUE}).", defaultValue = "dyad-bench-data")
  Path db;

  @Option(names = "--events", description = "Synthetic events to generate into an empty store (default: ${DEFAULT-VALUE}).", defaultValue = "1000000")
  long events;

  @Option(names = "--requests", description = "Timed requests (default: ${DEFAULT-VALUE}).", defaultValue = "3000")
  int requests;

  @Option(names = "--warmup", description = "Untimed requests first (default: ${DEFAULT-VALUE}).", defaultValue = "300")
  int warmup;

  @Option(names = "--concurrency", description = "Client threads (default: ${DEFAULT-VALUE}).", defaultValue = "4")
  int concurrency;

  @Option(names = "--seed", description = "Seed of the data and the queries (default: ${DEFAULT-VALUE}).", defaultValue = "42")
  long seed;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long stored;
    try (EventStore store = EventStore.open(db, false)) {
      stored = store.count("events");
      if (stored == 0) {
        err.printf("dyad: generating %,d synthetic events into %s ...%n", events, db);
        err.flush();
        long t0 = System.nanoTime();
        SyntheticEvents.generate(store, events, seed);
        stored = store.count("events");
        err.printf("dyad: generated %,d events, %,d articles in %.1f s%n", stored, store.count("articles"), (System.nanoTime() - t0) / 1e9);
        err.flush();
      } else if (stored < events) {
        err.printf("dyad: %s holds %,d events, fewer than --events %,d; give an empty --db%n", db, stored, events);
        return 2;
      }
      // A writer puts what is not yet in the text index there: all articles and sentences the first time.
      long t0 = System.nanoTime();
      try (TextIndex index = TextIndex.open(store.indexDir(), true)) {
        new StoreWriter(store, index, "synthetic");
        err.printf("dyad: text index of %,d articles and %,d sentences ready in %.1f s%n", index.count(), index.sentenceCount(), (System.nanoTime() - t0) / 1e9);
      }
    }
    LoadBench.Report report;
    try (EventStore store = EventStore.open(db, true); TextIndex index = TextIndex.open(store.indexDir(), false);
        ApiServer server = ApiServer.start(new ServerOptions("127.0.0.1", 0, null, ServerOptions.DEFAULT_MAX_BODY, Math.max(4, concurrency)),
            store, index, null, null, 0)) {
      report = LoadBench.run(server.port(), requests, warmup, concurrency, seed);
    }
    if (json) {
      var m = new java.util.LinkedHashMap<String, Object>();
      m.put("events", stored);
      m.put("report", report);
      out.println(new ObjectMapper().writeValueAsString(m));
    } else {
      out.printf("GET /api/events with filters over %,d events: %d requests, %d client threads, %.1f s%n", stored, report.requests(),
          report.concurrency(), report.seconds());
      out.printf("requests/s: %.1f%n", report.requestsPerSecond());
      out.printf("%-28s %8s %7s %9s %9s %9s %9s%n", "query", "requests", "failed", "p50 ms", "p95 ms", "p99 ms", "max ms");
      for (LoadBench.Figures f : report.figures()) {
        out.printf("%-28s %8d %7d %9.1f %9.1f %9.1f %9.1f%n", f.query(), f.requests(), f.failed(), f.p50(), f.p95(), f.p99(), f.max());
      }
    }
    out.flush();
    return report.figures().get(0).failed() == 0 ? 0 : 1;
  }
}
