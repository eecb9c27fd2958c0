package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad demo}: a newcomer's first store. The sample is ingested and served by the {@code ingest} and
 * {@code serve} commands themselves, so the demo shows exactly what those do, their messages and exit statuses
 * included, and cannot drift from them.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Build an event store from a bundled sample of 13 Voice of America news stories (public domain, voanews.com;",
        "2019-2025: Syria, Sudan, Afghanistan, Pakistan, Nigeria, Myanmar, Turkey, Russia, trade) and serve it: open the address",
        "it prints. The first run codes the stories (about a minute, models included); later runs find them stored and start at once.",
        "Same as 'dyad ingest --db DIR SAMPLE' then 'dyad serve --db DIR'."})
public final class DemoCommand implements Callable<Integer> {
  /** The sample on the class path; README.md beside it names each story and its address. */
  static final String SAMPLE = "/org/dyad/cli/demo/voa-sample.jsonl";

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", description = "Event store folder for the demo (default: ${DEFAULT-VALUE}).", defaultValue = "dyad-demo")
  Path db;

  @CommandLine.Mixin ListenOptions listen;

  @Option(names = "--no-serve", description = "Build the store and stop; 'dyad serve --db DIR' serves it later.")
  boolean noServe;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path sample = Files.createTempFile("dyad-demo-", ".jsonl");
    try {
      try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
        if (in == null) throw new IllegalStateException("the demo sample " + SAMPLE + " is missing from the class path");
        Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
      }
      err.println("dyad: demo: storing 13 Voice of America stories (voanews.com, public domain) in " + db);
      err.flush();
      int ingested = run("ingest", "--db", db.toString(), sample.toString());
      if (ingested != 0) return ingested;
    } finally {
      Files.deleteIfExists(sample);
    }
    if (noServe) {
      err.println("dyad: demo: the store is ready; serve it with: dyad serve --db " + db);
      return 0;
    }
    err.println("dyad: demo: open the address below in a browser; Ctrl-C stops the server");
    err.flush();
    return run("serve", "--db", db.toString(), "--port", Integer.toString(listen.port), "--host", listen.host);
  }

  /** One of dyad's own commands, with this command's streams and error handling. */
  private int run(String... args) {
    CommandLine cl = DyadCommand.commandLine();
    cl.setOut(spec.commandLine().getOut());
    cl.setErr(spec.commandLine().getErr());
    List<String> all = new ArrayList<>(List.of(args));
    for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
      if (c.getParseResult() != null && c.getParseResult().hasMatchedOption("--debug")) {
        all.add("--debug");
        break;
      }
    }
    return cl.execute(all.toArray(String[]::new));
  }
}
