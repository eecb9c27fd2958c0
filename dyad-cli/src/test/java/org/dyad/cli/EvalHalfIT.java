package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.eval.GeoGold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dyad eval --half}: a geoparsing gold set scored on one half only, half B never listing its misses, and
 * the option refused on gold that is not geoparsing gold. The gold here is invented, in GeoWebNews' format: file
 * "4" falls in half A (CRC-32 even) and file "1" in half B, each with one toponym the geoparser gets wrong on purpose
 * (gold coordinates in the ocean), so a listing of misses would show it.
 */
class EvalHalfIT {
  @TempDir static Path dir;
  private static Path gold;

  @BeforeAll
  static void write() throws IOException {
    gold = dir.resolve("tiny-gwn.xml");
    Files.writeString(gold, "<?xml version=\"1.0\" ?>\n<articles>\n<!--GeoWebNews format, invented articles-->\n"
        + article("4", "Fighting broke out in Kabul on Monday.", "Kabul", 21) + article("1", "Flooding hit Nairobi again.", "Nairobi", 12)
        + "</articles>\n");
  }

  private static String article(String file, String text, String name, int start) {
    return "<article file=\"" + file + "\"><title>t</title><text>" + text + "</text><toponyms><toponym><extractedName>" + name
        + "</extractedName><start>" + start + "</start><end>" + (start + name.length()) + "</end><latitude>-40.0</latitude>"
        + "<longitude>-140.0</longitude></toponym></toponyms></article>\n";
  }

  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = DyadCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void theHalvesFollowTheIdsChecksum() {
    assertEquals(GeoGold.Half.A, GeoGold.Half.of("4"));
    assertEquals(GeoGold.Half.B, GeoGold.Half.of("1"));
  }

  @Test
  void halfAScoresAndListsOnlyItsOwnArticles() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, run(out, err, "eval", "--half", "A", "--show-errors", gold.toString()), err.toString());
    String o = out.toString();
    assertTrue(o.contains("tiny-gwn.xml half A: 1 articles, 1 gold toponyms"), o);
    assertTrue(o.contains("'Kabul'"), "half A's miss is listed: " + o);
    assertFalse(o.contains("Nairobi"), "nothing of half B: " + o);
  }

  @Test
  void halfBIsTotalsOnly() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, run(out, err, "eval", "--half", "B", "--show-errors", gold.toString()), err.toString());
    String o = out.toString();
    assertTrue(o.contains("tiny-gwn.xml half B: 1 articles, 1 gold toponyms"), o);
    assertTrue(o.contains("half B is read as totals only"), o);
    assertFalse(o.contains("Nairobi") || o.contains("Kabul"), "no toponym of either half is listed: " + o);
  }

  @Test
  void refusedOnGoldThatIsNotGeoparsingGold() throws IOException {
    Path csv = Files.writeString(dir.resolve("codebook.csv"), "code,text\n010,Officials said it.\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(DyadCommand.USAGE, run(out, err, "eval", "--half", "A", csv.toString()));
    assertTrue(err.toString().contains("--half splits geoparsing gold sets only") && err.toString().contains("codebook.csv"), err.toString());
  }
}
