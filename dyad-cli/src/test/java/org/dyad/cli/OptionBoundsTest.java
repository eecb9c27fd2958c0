package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Issue 15 defect 15: a count or a confidence out of its range is a usage error (exit 2) in one line, before any work. */
@Tag("issue-15")
class OptionBoundsTest {
  @ParameterizedTest
  @CsvSource({"code,--threads,0", "code,--threads,-3", "code,--max-chars,0", "code,--min-confidence,NaN", "code,--min-confidence,1.5",
      "ingest,--threads,0", "ingest,--batch,0", "ingest,--max-chars,-1", "eval,--threads,0", "clean,--max-chars,0", "geoparse,--max-chars,0"})
  void issue15_outOfRangeIsAOneLineUsageError(String command, String option, String value) {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    ((CodeCommand) cl.getSubcommands().get("code").getCommand()).files.stdin = new ByteArrayInputStream(new byte[0]);
    ((CleanCommand) cl.getSubcommands().get("clean").getCommand()).files.stdin = new ByteArrayInputStream(new byte[0]);
    int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cl.execute(command, option, value, "nothing.txt"));
    assertEquals(DyadCommand.USAGE, exit, err.toString());
    assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
    assertTrue(err.toString().startsWith("dyad: ") && err.toString().contains(option) && err.toString().contains(value), err.toString());
  }
}
