package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad diff} through picocli on two small event files: differences with their sentences, counts by rule. */
class DiffCommandTest {
  private static String line(String doc, int trigger, String target, String code, String rule) {
    String tgt = target == null ? "null" : "{\"code\":\"" + target + "\",\"text\":\"" + target + "\",\"start\":0,\"end\":1,\"origin\":\"dictionary\"}";
    return "{\"doc_id\":\"" + doc + "\",\"sentence\":0,\"date\":\"2024-01-02\",\"date_precision\":\"day\","
        + "\"source\":{\"code\":\"RUSGOV\",\"text\":\"Moscow\",\"start\":0,\"end\":6,\"origin\":\"metonym\"},\"target\":" + tgt
        + ",\"event\":{\"code\":\"" + code + "\",\"root\":\"" + code.substring(0, 2) + "\",\"label\":\"x\",\"quad_class\":1,\"goldstein\":0.0,"
        + "\"plover\":\"CONSULT\"},\"text\":\"Moscow met Kyiv in " + doc + ".\",\"rule\":\"" + rule + "\",\"confidence\":0.7,"
        + "\"trigger\":{\"text\":\"met\",\"start\":" + trigger + ",\"end\":" + (trigger + 3) + "},\"location\":null}\n";
  }

  private record Run(int exit, String out, String err) {}

  private static Run diff(String... args) {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "diff";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Run(cl.execute(all), out.toString(), err.toString());
  }

  private static Path[] files(Path dir) throws IOException {
    Path old = Files.writeString(dir.resolve("old.jsonl"), line("a", 7, "UKR", "040", "consult.meet") + line("b", 7, "UKR", "040", "consult.meet"));
    Path now = Files.writeString(dir.resolve("new.jsonl"), line("a", 7, null, "040", "consult.meet+intent:plan")
        + line("c", 7, "UKR", "043", "consult.visit"));
    return new Path[] {old, now};
  }

  @Test
  void listsEachDifferenceWithItsSentenceAndCountsByRule(@TempDir Path dir) throws IOException {
    Path[] f = files(dir);
    Run r = diff(f[0].toString(), f[1].toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("added 1, removed 1, changed 1"), r.out());
    assertTrue(r.out().contains("~ a #0 \"met\"\n  old: RUSGOV \"Moscow\" -> UKR \"UKR\" 040 CONSULT  consult.meet 0.70\n"
        + "  new: RUSGOV \"Moscow\" -> --- 040 CONSULT  consult.meet+intent:plan 0.70\n  | Moscow met Kyiv in a."), r.out());
    assertTrue(r.out().contains("- b #0"), r.out());
    assertTrue(r.out().contains("+ c #0"), r.out());
    String byId = r.out().substring(r.out().indexOf("by rule id:"), r.out().indexOf("by rule:"));
    assertTrue(byId.contains("      0       1       1  consult.meet\n        1       0       0  consult.visit\n"), byId);
    assertTrue(r.out().contains("      0       0       1  consult.meet+intent:plan\n"), "a change counts for both full rules");
  }

  @Test
  void summaryAndRuleFilterKeepOnlyTheCounts(@TempDir Path dir) throws IOException {
    Path[] f = files(dir);
    Run r = diff("--summary", "--rule", "visit", f[0].toString(), f[1].toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("added 1, removed 0, changed 0"), r.out());
    assertFalse(r.out().contains("| Moscow"), "no sentences under --summary: " + r.out());
  }

  @Test
  void aSampleIsDrawnTheSameWayForTheSameSeed(@TempDir Path dir) throws IOException {
    Path[] f = files(dir);
    Run a = diff("--sample", "2", "--seed", "5", f[0].toString(), f[1].toString());
    assertTrue(a.out().contains("2 of 3 differences, drawn with seed 5"), a.out());
    assertEquals(a.out(), diff("--sample", "2", "--seed", "5", f[0].toString(), f[1].toString()).out());
    assertEquals(DyadCommand.USAGE, diff("--sample", "-1", f[0].toString(), f[1].toString()).exit());
  }

  @Test
  void anUnreadableFileIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n");
    Run r = diff(bad.toString(), bad.toString());
    assertEquals(DyadCommand.NOTHING_READ, r.exit());
    assertTrue(r.err().contains("bad.jsonl:1:"), r.err());
  }
}
