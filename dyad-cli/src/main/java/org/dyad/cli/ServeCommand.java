package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.server.ApiServer;
import org.dyad.server.ServerOptions;
import org.dyad.store.DictionaryFingerprint;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCheck;
import org.dyad.store.StoreWriter;
import org.dyad.store.TextIndex;
import org.dyad.options.DictionariesOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the REST API and the web UI over an event store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve an event store: the web UI at /, the REST API under /api, its OpenAPI description at /openapi.json.",
        "Read-only unless an admin token is given (--admin-token or DYAD_ADMIN_TOKEN): then POST /api/ingest accepts articles",
        "from requests that carry it (202 at once; GET /api/ingest/ID follows the job). One process owns a store: while it is served,",
        "add articles through POST /api/ingest, or from feeds with 'dyad watch', which serves the store itself."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DictionariesOption dictionaries;

  @Option(names = "--db", paramLabel = "DIR", description = "Event store folder (default: ${DEFAULT-VALUE}).", defaultValue = "dyad-data")
  Path db;

  @Mixin ServingOptions serving;

  @Override
  public Integer call() throws Exception {
    if (!DyadCommand.dictionariesUsable(dictionaries.dir(), spec.commandLine().getErr())) return DyadCommand.USAGE;
    ServingOptions.Token given = serving.token(spec.commandLine().getErr());
    if (given.bad()) return DyadCommand.USAGE;
    String token = given.value();
    boolean write = token != null;
    try (EventStore store = EventStore.open(db, !write); TextIndex index = TextIndex.open(store.indexDir(), write)) {
      StoreCheck.require(store, index); // a lost index file would otherwise answer every search with nothing
      StoreWriter writer = write ? new StoreWriter(store, index, DictionaryFingerprint.of(dictionaries.dir())) : null;
      ServerOptions opts = serving.server(token);
      // The coder (CoreNLP models: ~30 s, 2 GB) is built on the first ingest request, once.
      Supplier coder = new Supplier(dictionaries.dir());
      try (ApiServer server = ApiServer.start(opts, store, index, writer, coder, CoderOptions.DEFAULT_MAX_CHARS)) {
        spec.commandLine().getErr().printf("dyad: serving %s (%d articles, %d events) at http://%s:%d/%s%n", db, store.count("articles"),
            store.count("events"), opts.host(), server.port(), write ? " (POST /api/ingest enabled)" : "");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
      }
    }
    return 0;
  }

  /** Builds the coder once, on first use. */
  static final class Supplier implements java.util.function.Supplier<Coder> {
    private final Path dictionaries;
    private Coder coder;

    Supplier(Path dictionaries) {
      this.dictionaries = dictionaries;
    }

    @Override
    public synchronized Coder get() {
      if (coder == null) coder = Coder.create(CoderOptions.defaults().withDictionaries(dictionaries));
      return coder;
    }
  }
}
