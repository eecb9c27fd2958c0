package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad-spark code}'s checks of its options, before any Spark session starts. */
class CodeCommandTest {
  @Test
  @Tag("issue-15")
  void issue15_aDictionariesFolderThatIsNotThereIsAUsageError(@TempDir Path dir) throws IOException {
    Path input = Files.writeString(dir.resolve("a.txt"), "Iran condemned the Israeli airstrikes on Damascus on Monday.");
    Path missing = dir.resolve("no-such-folder");
    CommandLine cl = new CommandLine(new Main());
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int exit = cl.execute("code", "--master", "local[1]", "--date", "2024-03-12", "--dictionaries", missing.toString(),
        "-o", dir.resolve("out").toString(), input.toString());
    assertEquals(Main.USAGE, exit, err.toString());
    assertEquals("dyad-spark: --dictionaries: no such folder: " + missing, err.toString().strip());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing was run");
  }
}
