package org.dyad.cli;

import org.dyad.codebook.DictionaryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad}: news in, coded political events out. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Dyad codes news articles into political events (who did what to whom, when): CAMEO codes with PLOVER alongside.",
    subcommands = {CodeCommand.class, GeoparseCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class DyadCommand implements Runnable {
  /** Exit codes: 0 run completed (per-document errors are reported, not fatal), 1 nothing could be read, 2 usage, 3 configuration. */
  public static final int NOTHING_READ = 1;
  public static final int CONFIG_ERROR = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new DyadCommand());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof DictionaryException d) {
        cmd.getErr().println("dyad: the dictionaries have errors:");
        for (String p : d.problems()) cmd.getErr().println("  " + p);
        return CONFIG_ERROR;
      }
      throw ex;
    });
    return cl;
  }
}
