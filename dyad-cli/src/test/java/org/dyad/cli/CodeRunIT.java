package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run of {@code dyad code} talks to its user: the date warning, the summary line, a closed pipe. */
class CodeRunIT {
  private static final String[] ACTORS = {"Iran", "Turkey", "Russia", "Israel", "Egypt", "Japan", "Brazil", "Kenya", "Chile", "Peru"};
  private static final String[] ACTS = {"condemned", "praised", "criticised", "thanked", "accused"};

  /** {@code n} different one-sentence articles as JSON lines, each with its own date. */
  private static Path articles(Path dir, int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String text = ACTORS[i % 10] + " " + ACTS[i / 10 % 5] + " " + ACTORS[(i / 50 + i + 1) % 10] + " on Monday over incident number " + i + ".";
      sb.append("{\"id\":\"a").append(i).append("\",\"date\":\"2024-03-").append(10 + i % 10).append("\",\"text\":\"").append(text).append("\"}\n");
    }
    return Files.writeString(dir.resolve("many.jsonl"), sb);
  }

  @Test
  void noDateWarningWhenEveryLineCarriesItsDateAndASummaryLineAtTheEnd(@TempDir Path dir) throws IOException {
    CodeCommandIT.Run r = CodeCommandIT.run(new byte[0], "code", articles(dir, 3).toString());
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("no --date"), "every line has its date: " + r.err());
    String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(last.matches("dyad: 3 article\\(s\\) coded, \\d+ event\\(s\\), 0 document error\\(s\\) in \\d+s"), last);

    Path undated = Files.writeString(dir.resolve("undated.txt"), "Iran condemned the Israeli airstrikes on Damascus.");
    CodeCommandIT.Run u = CodeCommandIT.run(new byte[0], "code", undated.toString());
    assertTrue(u.err().contains("dyad: warning: no --date given"), "an article without a date is dated today, with a warning: " + u.err());
  }

  @Test
  void aClosedPipeStopsTheRunSoonAndATerminalSeesTheModelsLoad(@TempDir Path dir) throws Exception {
    // 2,000 articles take minutes; the run must stop within seconds of its reader going away ('dyad code … | head -1').
    Path in = articles(dir, 2_000);
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g", "-Ddyad.stderr.tty=true", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "code", "--fast", "--keep-duplicates", in.toString()));
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertTrue(first != null && first.startsWith("{"), "an event comes first: " + first + "\n" + Files.readString(err));
      out.close();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "still running 30 s after its output was closed");
      String said = Files.readString(err);
      assertTrue(said.contains("stopped: the output was closed"), said);
      // as on a terminal: the wait for the models is said, and the progress line starts before the first article is done
      assertTrue(said.startsWith("dyad: loading models…"), said);
      assertTrue(said.contains("0/2000 articles"), said);
      assertFalse(said.contains("\tat "), said);
      assertEquals(0, p.exitValue(), said);
    } finally {
      p.destroyForcibly();
    }
  }
}
