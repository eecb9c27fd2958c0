package org.dyad.cli;

import org.dyad.options.Bounds;
import org.dyad.codebook.DictionaryFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad}: news in, coded political events out. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Dyad codes news articles into political events (who did what to whom, when): CAMEO codes with PLOVER alongside.",
    subcommands = {CodeCommand.class, CleanCommand.class, GeoparseCommand.class, EvalCommand.class, DiffCommand.class, BenchCommand.class,
        CleanBenchCommand.class, IngestCommand.class, ExportCommand.class, ServeCommand.class, StoreCommand.class, BenchApiCommand.class,
        PipelineCommand.class, DictionariesCommand.class,
        CommandLine.HelpCommand.class})
public final class DyadCommand implements Runnable {
  /** Exit codes, as the README gives them: 0 run completed (per-document errors are reported, not fatal), 1 nothing could be read, 2 usage, 3 dictionaries. */
  public static final int NOTHING_READ = 1;
  public static final int USAGE = 2;
  public static final int CONFIG_ERROR = 3;
  /** The event store cannot be used: in use by another process, missing, or damaged. */
  public static final int STORE_UNAVAILABLE = 4;
  /** The server cannot listen: the port is in use or the address is not this machine's. */
  public static final int CANNOT_LISTEN = 5;

  /**
   * Whether {@code --dictionaries} names a folder Dyad can read dictionaries from (or is not given); if not, says
   * why in one line, and the command exits with {@link #USAGE}.
   */
  static boolean dictionariesUsable(java.nio.file.Path dir, java.io.PrintWriter err) {
    String problem = DictionaryFolder.problem(dir);
    if (problem == null) return true;
    err.println("dyad: --dictionaries: " + problem);
    err.flush();
    return false;
  }

  /** Says which lines of the user's (PETRARCH-format) dictionaries were skipped: the first few, and how many. */
  static void reportSkipped(org.dyad.Coder coder, java.io.PrintWriter err) {
    var w = coder.warnings();
    if (w.isEmpty()) return;
    err.println("dyad: warning: " + w.size() + " dictionary line(s) could not be used and were skipped:");
    for (int i = 0; i < Math.min(5, w.size()); i++) err.println("  " + w.get(i));
    if (w.size() > 5) err.println("  … and " + (w.size() - 5) + " more");
    err.flush();
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Read by {@link Failures} from the parse result, wherever on the command line it was given. */
  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "On a failure, print the Java stack trace after the one-line message.")
  boolean debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new DyadCommand());
    cl.registerConverter(java.time.LocalDate.class, new org.dyad.options.Bounds.Date()); // every command's dates, one message
    Failures failures = new Failures();
    cl.setExecutionExceptionHandler(failures);
    cl.setExitCodeExceptionMapper(failures);
    cl.setParameterExceptionHandler(failures);
    return cl;
  }
}
