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
        "from requests that carry it. DuckDB lets one process write a store: stop 'dyad serve' before 'dyad ingest' into the same --db."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DictionariesOption dictionaries;

  @Option(names = "--db", paramLabel = "DIR", description = "Event store folder (default: ${DEFAULT-VALUE}).", defaultValue = "dyad-data")
  Path db;

  @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
  int port;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).", defaultValue = "127.0.0.1")
  String host;

  @Option(names = "--allow-host", paramLabel = "NAME", description = "A host name requests may be addressed to besides localhost, "
      + "127.0.0.1, [::1] and --host (repeatable): the name a reverse proxy or a colleague uses. Others get 403 (DNS rebinding).")
  java.util.List<String> allowHosts = new java.util.ArrayList<>();

  @Option(names = "--admin-token", paramLabel = "TOKEN", description = "Enables POST /api/ingest for requests with 'Authorization: Bearer TOKEN'. "
      + "Default: $DYAD_ADMIN_TOKEN. Prefer that or --admin-token-file: a token on the command line is visible to every user in 'ps'.")
  String adminToken;

  @Option(names = "--admin-token-file", paramLabel = "FILE", description = "Read the admin token from the first line of FILE.")
  Path adminTokenFile;

  @Override
  public Integer call() throws Exception {
    if (!DyadCommand.dictionariesUsable(dictionaries.dir(), spec.commandLine().getErr())) return DyadCommand.USAGE;
    String token = adminToken != null ? adminToken : System.getenv("DYAD_ADMIN_TOKEN");
    if (adminTokenFile != null) {
      if (!java.nio.file.Files.isReadable(adminTokenFile)) {
        spec.commandLine().getErr().println("dyad: --admin-token-file: cannot read " + adminTokenFile);
        return 2;
      }
      token = java.nio.file.Files.readAllLines(adminTokenFile).stream().findFirst().orElse("").strip();
    }
    if (token != null && token.length() < 16) {
      spec.commandLine().getErr().println("dyad: the admin token must be at least 16 characters");
      return 2;
    }
    boolean write = token != null;
    try (EventStore store = EventStore.open(db, !write); TextIndex index = TextIndex.open(store.indexDir(), write)) {
      StoreCheck.require(store, index); // a lost index file would otherwise answer every search with nothing
      StoreWriter writer = write ? new StoreWriter(store, index, DictionaryFingerprint.of(dictionaries.dir())) : null;
      ServerOptions opts = new ServerOptions(host, port, token, ServerOptions.DEFAULT_MAX_BODY, Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
          allowHosts);
      // The coder (CoreNLP models: ~30 s, 2 GB) is built on the first ingest request, once.
      Supplier coder = new Supplier(dictionaries.dir());
      try (ApiServer server = ApiServer.start(opts, store, index, writer, coder, CoderOptions.DEFAULT_MAX_CHARS)) {
        spec.commandLine().getErr().printf("dyad: serving %s (%d articles, %d events) at http://%s:%d/%s%n", db, store.count("articles"),
            store.count("events"), host, server.port(), write ? " (POST /api/ingest enabled)" : "");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
      }
    }
    return 0;
  }

  /** Builds the coder once, on first use. */
  private static final class Supplier implements java.util.function.Supplier<Coder> {
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
