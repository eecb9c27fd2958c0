package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code --dictionaries} that names no usable folder is a usage error (exit 2) with one line on standard error, for
 * every command that takes it; it used to be ignored, and the run went on with the built-in dictionaries.
 */
@Tag("issue-15")
class DictionariesOptionTest {
  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    ((CodeCommand) cl.getSubcommands().get("code").getCommand()).files.stdin = new ByteArrayInputStream(new byte[0]);
    ((CleanCommand) cl.getSubcommands().get("clean").getCommand()).files.stdin = new ByteArrayInputStream(new byte[0]);
    // Without the check, serve would start and wait for requests: the timeout turns that into a failure.
    int exit = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> cl.execute(args));
    return new Run(exit, err.toString());
  }

  /** The command's arguments around {@code --dictionaries DIR}. */
  private static String[] args(String command, Path dictionaries, Path dir) throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Iran condemned the Israeli airstrikes on Damascus on Monday.");
    List<String> a = new ArrayList<>(List.of(command, "--dictionaries", dictionaries.toString()));
    switch (command) {
      case "serve" -> a.addAll(List.of("--db", dir.resolve("db").toString(), "--port", "0", "--admin-token", "0123456789abcdef"));
      case "ingest" -> a.addAll(List.of("--db", dir.resolve("db").toString(), "--date", "2024-03-12", article.toString()));
      case "eval" -> a.add(dir.resolve("gold.json").toString());
      default -> a.addAll(List.of("--date", "2024-03-12", article.toString()));
    }
    return a.toArray(String[]::new);
  }

  private static void assertUsageError(Run r, String said) {
    assertEquals(DyadCommand.USAGE, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith("dyad: --dictionaries: "), r.err());
    assertTrue(r.err().contains(said), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"code", "clean", "ingest", "eval", "serve"})
  void issue15_aMissingFolderIsAUsageError(String command, @TempDir Path dir) throws IOException {
    Path missing = dir.resolve("no-such-folder");
    assertUsageError(run(args(command, missing, dir)), "no such folder: " + missing);
  }

  @Test
  void issue15_anEmptyFolderIsAUsageError(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectories(dir.resolve("dictionaries"));
    assertUsageError(run(args("code", empty, dir)), empty + " holds no dictionary files");
    Files.writeString(empty.resolve("README.md"), "my dictionaries, to come");
    assertUsageError(run(args("code", empty, dir)), empty + " holds no dictionary files");
  }

  @Test
  void issue15_aFileIsNotAFolder(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("verbs.txt"), "");
    assertUsageError(run(args("code", file, dir)), file + " is a file, not a folder");
  }
}
