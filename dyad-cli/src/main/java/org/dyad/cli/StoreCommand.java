package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCheck;
import org.dyad.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad store check|repair DIR}: whether a store's database and text index agree, and rebuilding the index. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Check an event store, or rebuild its text index.",
    subcommands = {StoreCommand.Check.class, StoreCommand.Repair.class})
public final class StoreCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Read-only: exit 0 when the halves agree, 4 with the first disagreement (and the remedy) when not. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Check that the text index holds every article (and sentence) the database marks as indexed.")
  static final class Check implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Event store folder.")
    Path db;

    @Override
    public Integer call() {
      try (EventStore store = EventStore.open(db, true); TextIndex index = TextIndex.open(store.indexDir(), false)) {
        StoreCheck c = StoreCheck.require(store, index);
        spec.commandLine().getErr().printf("dyad: %s is consistent: %d articles (%d in the text index), %d events%n", db, c.articles(),
            c.indexArticles(), store.count("events"));
        return 0;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Needs the store to itself (no serve or ingest on it); DuckDB is the record of truth, so nothing is lost. */
  @Command(name = "repair", mixinStandardHelpOptions = true,
      description = {"Rebuild the text index from the database (the record of truth): after a lost or damaged Lucene file.",
          "Stop any 'dyad serve' or 'dyad ingest' on the store first."})
  static final class Repair implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Event store folder.")
    Path db;

    @Override
    public Integer call() {
      if (!java.nio.file.Files.exists(db.resolve(EventStore.DB_FILE))) {
        throw new org.dyad.store.StoreException("no event store in " + db + " (nothing to repair)");
      }
      try (EventStore store = EventStore.open(db, false)) {
        StoreCheck c = StoreCheck.repair(store);
        spec.commandLine().getErr().printf("dyad: rebuilt the text index of %s: %d articles, %d sentences%n", db, c.indexArticles(),
            c.indexSentences());
        return c.problems().isEmpty() ? 0 : DyadCommand.STORE_UNAVAILABLE;
      }
    }
  }
}
