package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.dyad.codebook.DictionaryException;
import org.dyad.server.ListenException;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The command line's one error model: every exception a command lets out becomes one line on standard error that
 * names the cause and the remedy, and the exit status the README gives for it. The stack trace is for
 * {@code --debug}; a user never needs it to know what to do.
 */
final class Failures implements IExecutionExceptionHandler, IExitCodeExceptionMapper, CommandLine.IParameterExceptionHandler {
  /** A failure Dyad did not foresee: a bug, reported with its class so it can be told apart from user errors. */
  static final int INTERNAL = 70;
  /** A file could not be read or written (permissions, a full disk) outside the per-document reporting. */
  static final int IO_ERROR = 74;

  @Override
  public int getExitCode(Throwable ex) {
    // picocli asks this mapper for parse errors too (its parameter exception handler prints them)
    if (ex instanceof CommandLine.ParameterException) return DyadCommand.USAGE;
    if (ex instanceof DictionaryException) return DyadCommand.CONFIG_ERROR;
    if (ex instanceof StoreException) return DyadCommand.STORE_UNAVAILABLE;
    if (ex instanceof ListenException) return DyadCommand.CANNOT_LISTEN;
    if (ex instanceof IOException || ex instanceof UncheckedIOException) return IO_ERROR;
    return INTERNAL;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof DictionaryException d) {
      err.println("dyad: the dictionaries have errors:"); // one line per problem, as file:line: message
      for (String p : d.problems()) err.println("  " + p);
    } else {
      err.println("dyad: " + message(ex));
    }
    if (debug(parsed)) ex.printStackTrace(err);
    err.flush();
    return getExitCode(ex);
  }

  /** A usage error: one line with picocli's reason and where help is, instead of the whole usage text. */
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String suggest = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
        ? " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)" : "";
    // picocli quotes the Java exception of a failed conversion in brackets: the user's value and option say enough.
    String why = firstLine(ex.getMessage()).replaceAll("\\s*\\((java|javax)\\.[\\w.$]+(: [^)]*)?\\)", "").replaceAll("\\.$", "");
    err.println("dyad: " + why + suggest + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return DyadCommand.USAGE;
  }

  /** The one line: our own exceptions already say cause and remedy; others are named by what failed. */
  static String message(Throwable ex) {
    if (ex instanceof StoreException || ex instanceof ListenException) return ex.getMessage();
    if (ex instanceof UncheckedIOException u) return message(u.getCause());
    if (ex instanceof java.nio.file.NoSuchFileException n) return n.getFile() + ": no such file";
    if (ex instanceof java.nio.file.AccessDeniedException a) return a.getFile() + ": permission denied";
    if (ex instanceof IOException io) return "input/output error: " + firstLine(io.getMessage());
    return "internal error (" + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage())
        + "); run again with --debug for the stack trace, and report it";
  }

  private static String firstLine(String s) {
    return s == null ? "no message" : s.lines().findFirst().orElse("").strip();
  }

  /** Whether {@code --debug} was given to the command or any of its parents. */
  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) return true;
    }
    return false;
  }
}
