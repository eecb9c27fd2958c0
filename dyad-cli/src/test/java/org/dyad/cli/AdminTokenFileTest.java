package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The admin token can be read from a file, so it need not stand on the command line where 'ps' shows it to every
 * user; the file's token is checked as a given one is (a short one refuses to start, before any store is opened).
 */
@Tag("issue-15")
class AdminTokenFileTest {
  private static int run(StringWriter err, String... args) {
    CommandLine cl = DyadCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cl.execute(args));
  }

  @Test
  void theTokenIsReadFromTheFileAndCheckedAsAGivenOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, "short\n");
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "serve", "--db", dir.resolve("store").toString(), "--admin-token-file", file.toString()));
    assertTrue(err.toString().contains("the admin token must be at least 16 characters"), err.toString());

    StringWriter missing = new StringWriter();
    assertEquals(2, run(missing, "serve", "--db", dir.resolve("store").toString(), "--admin-token-file", dir.resolve("none").toString()));
    assertTrue(missing.toString().startsWith("dyad: --admin-token-file: cannot read"), missing.toString());
    assertEquals(1, missing.toString().strip().lines().count(), missing.toString());
  }
}
