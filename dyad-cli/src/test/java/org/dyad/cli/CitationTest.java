package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** CITATION.cff asks users to name the version they used, so it must be the version 'dyad --version' prints. */
class CitationTest {
  @Test
  void theCitationNamesTheVersionDyadReports() throws Exception {
    String cff = Files.readString(Path.of("..", "CITATION.cff"), StandardCharsets.UTF_8);
    assertTrue(cff.startsWith("# ") && cff.contains("\ncff-version: 1.2.0\n"), "a Citation File Format 1.2.0 file");
    Matcher m = Pattern.compile("(?m)^version: (\\S+)$").matcher(cff);
    assertTrue(m.find(), "CITATION.cff has a version");
    assertEquals("dyad " + m.group(1), DyadCommand.commandLine().getCommandSpec().version()[0]);
  }
}
