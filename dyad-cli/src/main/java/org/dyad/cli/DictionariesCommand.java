package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.DictionaryCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad dictionaries check DIR}: is a dictionary folder usable, and if not, which lines are wrong. */
@Command(name = "dictionaries", mixinStandardHelpOptions = true,
    description = "Work with dictionary folders (the --dictionaries of code, clean, ingest, eval, serve).",
    subcommands = DictionariesCommand.Check.class)
public final class DictionariesCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Read every file of DIR as the coder and the extractor would and list what is wrong, one 'file:line: message' a line.",
          "Exit status 0 when the folder can be used (PETRARCH lines the coder skips are listed, as warnings), 2 when it cannot."})
  static final class Check implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The dictionary folder.")
    Path dir;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      String unusable = org.dyad.codebook.DictionaryFolder.problem(dir);
      if (unusable != null) {
        spec.commandLine().getErr().println("dyad: " + unusable); // not a folder to check: a usage error
        return DyadCommand.USAGE;
      }
      DictionaryCheck c = DictionaryCheck.of(dir);
      for (String e : c.errors()) out.println(e);
      for (String s : c.skipped()) out.println(s + " (skipped)");
      out.println(dir + ": " + (c.errors().isEmpty() ? "usable" : c.errors().size() + " error(s)")
          + (c.skipped().isEmpty() ? "" : ", " + c.skipped().size() + " line(s) the coder skips"));
      out.flush();
      return c.errors().isEmpty() ? 0 : DyadCommand.USAGE;
    }
  }
}
