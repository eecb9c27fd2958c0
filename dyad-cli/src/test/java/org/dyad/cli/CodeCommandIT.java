package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad code} end to end through picocli: formats, exit codes, and a batch full of bad input. */
class CodeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int exit, String out, String err) {
    List<JsonNode> events() throws IOException {
      List<JsonNode> l = new ArrayList<>();
      for (String line : out.split("\n")) if (!line.isBlank()) l.add(JSON.readTree(line));
      return l;
    }
  }

  static Run run(byte[] stdin, String... args) {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    CodeCommand code = cl.getSubcommands().get("code").getCommand();
    code.files.stdin = new ByteArrayInputStream(stdin);
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Path example(String name) {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.exists(p.resolve("examples"))) p = p.getParent();
    return p.resolve("examples").resolve(name);
  }

  @Test
  void badInputIsReportedPerDocumentAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1});
    Path huge = Files.writeString(dir.resolve("huge.txt"), "Turkey condemned the attack on its embassy. ".repeat(120_000));
    Path french = Files.writeString(dir.resolve("french.txt"), "Le président russe a rencontré mardi son homologue turc à Moscou, "
        + "alors que les frappes aériennes syriennes visaient la province d'Idleb tenue par les rebelles et que la Turquie "
        + "se disait prête à envoyer des troupes.");
    Path good = Files.writeString(dir.resolve("good.txt"), "Iran condemned the Israeli airstrikes on Damascus on Monday.");
    Path jsonl = Files.writeString(dir.resolve("batch.jsonl"), "{\"id\":\"j1\",\"date\":\"2024-03-12\",\"text\":\"Russia attacked Ukraine.\"}\n"
        + "{this is not json}\n{\"id\":\"j3\",\"date\":\"2024-03-12\",\"text\":\"Venezuelan police arrested opposition leaders.\"}\n");
    Path errors = dir.resolve("errors.jsonl");
    Run r = run(new byte[0], "code", "--date", "2024-03-12", "--errors", errors.toString(), empty.toString(), binary.toString(),
        huge.toString(), french.toString(), good.toString(), jsonl.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("empty.txt: file is empty"), r.err());
    assertTrue(r.err().contains("photo.jpg: file is binary"), r.err());
    assertTrue(r.err().contains("huge.txt: ") && r.err().contains("over the size limit"), r.err());
    assertTrue(r.err().contains("french.txt: article is not in English"), r.err());
    assertTrue(r.err().contains("batch.jsonl:2: invalid JSON"), r.err());
    List<String> docs = r.events().stream().map(e -> e.get("doc_id").asText()).distinct().toList();
    assertEquals(List.of("good.txt", "j1", "j3"), docs, r.out());
    List<String> errorLines = Files.readAllLines(errors);
    assertEquals(5, errorLines.size(), String.join("\n", errorLines));
    assertEquals("photo.jpg", JSON.readTree(errorLines.get(1)).get("doc_id").asText());
  }

  @Test
  @Tag("issue-15")
  void issue15_aFileThatBreaksItsReaderKeepsTheEventsBeforeItAndTheFilesAfterIt(@TempDir Path dir) throws IOException {
    Path before = Files.writeString(dir.resolve("a-before.txt"), "Iran condemned the Israeli airstrikes on Damascus on Monday.");
    Path deep = Files.writeString(dir.resolve("b-deep.atom"), CleanCommandTest.deepAtom(30_000));
    Path after = Files.writeString(dir.resolve("c-after.txt"), "Venezuelan police arrested opposition leaders on Tuesday.");
    Run r = run(new byte[0], "code", "--date", "2024-03-12", before.toString(), deep.toString(), after.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("dyad: b-deep.atom: the document is nested too deeply to be processed"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace reaches the user: " + r.err());
    List<String> docs = r.events().stream().map(e -> e.get("doc_id").asText()).distinct().toList();
    assertEquals(List.of("a-before.txt", "c-after.txt"), docs, r.out());
  }

  @Test
  void nothingReadableExitsOne(@TempDir Path dir) throws IOException {
    Path binary = Files.write(dir.resolve("a.bin"), new byte[] {0, 1, 2, 3});
    Run r = run(new byte[0], "code", "--date", "2024-03-12", binary.toString(), dir.resolve("missing.txt").toString());
    assertEquals(DyadCommand.NOTHING_READ, r.exit(), r.err());
    assertTrue(r.err().contains("missing.txt: cannot read file"), r.err());
  }

  @Test
  void jsonlOutputFollowsTheSchema() throws IOException {
    Run r = run(new byte[0], "code", "--date", "2019-08-28", example("idlib-airshow.txt").toString());
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> events = r.events();
    assertFalse(events.isEmpty());
    int lastSentence = -1;
    for (JsonNode e : events) {
      for (String f : List.of("doc_id", "sentence", "date", "source", "target", "event", "text", "rule", "confidence")) {
        assertTrue(e.has(f), "missing " + f + " in " + e);
      }
      assertTrue(e.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
      for (String f : List.of("code", "text", "start", "end")) assertTrue(e.get("source").has(f), f);
      for (String f : List.of("code", "root", "label", "quad_class", "goldstein", "plover")) assertTrue(e.get("event").has(f), f);
      assertTrue(e.get("sentence").asInt() >= lastSentence, "events ordered by sentence");
      lastSentence = e.get("sentence").asInt();
    }
  }

  @Test
  void tsvAndGdeltLayouts() {
    String stdin = "{\"id\":\"b1\",\"date\":\"2019-08-28\",\"text\":\"Washington suspended Ankara from the F-35 programme.\"}\n";
    Run tsv = run(stdin.getBytes(StandardCharsets.UTF_8), "code", "--from", "jsonl", "--to", "tsv");
    assertEquals(0, tsv.exit(), tsv.err());
    String[] cols = tsv.out().strip().split("\n")[0].split("\t");
    assertEquals(List.of("20190828", "USAGOV", "TURGOV", "160", "b1"), List.of(cols));
    Run gdelt = run(stdin.getBytes(StandardCharsets.UTF_8), "code", "--from", "jsonl", "--to", "gdelt");
    String[] g = gdelt.out().strip().split("\n")[0].split("\t", -1);
    assertEquals(61, g.length);
    assertEquals("20190828", g[1]);
    assertEquals("USAGOV", g[5]);
    assertEquals("USA", g[7]);
    assertEquals("GOV", g[12]);
    assertEquals("TURGOV", g[15]);
    assertEquals("160", g[26]);
    assertEquals("16", g[28]);
    assertEquals("4", g[29]);
  }

  @Test
  void threadsKeepInputOrderAndResults() {
    String briefs = example("world-briefs.jsonl").toString();
    String idlib = example("idlib-airshow.txt").toString();
    Run one = run(new byte[0], "code", "--date", "2019-08-28", "--threads", "1", idlib, briefs, idlib);
    Run two = run(new byte[0], "code", "--date", "2019-08-28", "--threads", "2", idlib, briefs, idlib);
    assertEquals(0, two.exit(), two.err());
    assertFalse(one.out().isBlank());
    assertEquals(one.out(), two.out());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run r = run(new byte[0], "code", "--to", "xml");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown output format 'xml'"), r.err());
  }

  @Test
  void petrarchXmlIsReadSentenceBySentenceDespiteItsQuirks(@TempDir Path dir) throws IOException {
    // No root element, a bare ampersand, a comment holding an old text, a bad date and a sentence with no text.
    Path xml = Files.writeString(dir.resolve("input.xml"), String.join("\n",
        "<Sentences>",
        "<Sentence date=\"20190827\" id=\"A-1\" source=\"x\">",
        "<!-- <Text>Old text that must not be coded.</Text> -->",
        "<Text>",
        "Iran condemned the Israeli airstrikes on Damascus & Homs.",
        "</Text>",
        "</Sentence>",
        "<Sentence date=\"2019-13-45\" id=\"A-2\"><Text>Iran condemned Israel.</Text></Sentence>",
        "<Sentence date=\"20190828\" id=\"A-3\"></Sentence>",
        "<Sentence date=\"20190829\" id=\"A-4\">",
        "<Text>Turkey condemned the attack on its embassy in Baghdad.</Text>",
        "</Sentence>"));
    Run r = run(new byte[0], "code", "--from", "petrarch-xml", xml.toString());
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> ev = r.events();
    assertTrue(ev.stream().anyMatch(e -> e.get("doc_id").asText().equals("A-1") && e.get("date").asText().equals("2019-08-27")
        && e.get("source").get("code").asText().equals("IRN") && e.get("event").get("root").asText().equals("11")), r.out());
    assertTrue(ev.stream().anyMatch(e -> e.get("doc_id").asText().equals("A-4")), r.out());
    assertTrue(r.err().contains("A-2: date must be YYYYMMDD"), r.err());
    assertTrue(r.err().contains("A-3: sentence has no <Text>"), r.err());
  }

  @Test
  void oneADayIsOnByDefaultAndCanBeTurnedOff(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("repeat.txt"), "Iran condemned Israel on Monday. "
        + "Later on Monday, Iran again condemned Israel in a statement. Iran also condemned Israel at the United Nations on Monday.");
    List<JsonNode> once = run(new byte[0], "code", "--date", "2019-08-28", f.toString()).events();
    List<JsonNode> all = run(new byte[0], "code", "--date", "2019-08-28", "--no-one-a-day", f.toString()).events();
    long onceIrnIsr = once.stream().filter(e -> e.get("source").get("code").asText().equals("IRN")
        && e.get("target").get("code").asText().equals("ISR")).count();
    long allIrnIsr = all.stream().filter(e -> e.get("source").get("code").asText().equals("IRN")
        && e.get("target").get("code").asText().equals("ISR")).count();
    assertEquals(1, onceIrnIsr, "one-a-day: " + once);
    assertTrue(allIrnIsr >= 2, "every report without it: " + all);
  }

  @Test
  void oneADayKeepsUnnamedSpeakersApart(@TempDir Path dir) throws IOException {
    // Neither speaker is in a dictionary: both are coded "---", and they are still two people saying two things.
    Path f = Files.writeString(dir.resolve("speakers.txt"), "Kelly Martens told Reuters the ships had left the port. "
        + "Peter Wang told Reuters the internet was the only option for teenagers.");
    List<JsonNode> once = run(new byte[0], "code", "--date", "2019-08-28", f.toString()).events();
    List<String> speakers = once.stream().filter(e -> e.get("source").get("code").asText().equals("---"))
        .map(e -> e.get("source").get("text").asText()).toList();
    assertEquals(List.of("Kelly Martens", "Peter Wang"), speakers, "one-a-day: " + once);
  }

  @Test
  void minConfidenceFiltersAndIsChecked() throws IOException {
    byte[] text = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Tuesday. Officials from both countries condemned the attack by Syrian forces."
        .getBytes(StandardCharsets.UTF_8);
    List<JsonNode> all = run(text, "code", "--date", "2019-08-28").events();
    assertFalse(all.isEmpty());
    double max = all.stream().mapToDouble(e -> e.get("confidence").asDouble()).max().orElseThrow();
    double min = all.stream().mapToDouble(e -> e.get("confidence").asDouble()).min().orElseThrow();
    List<JsonNode> high = run(text, "code", "--date", "2019-08-28", "--min-confidence", String.valueOf(max)).events();
    assertTrue(high.stream().allMatch(e -> e.get("confidence").asDouble() >= max), high.toString());
    assertEquals(all.stream().filter(e -> e.get("confidence").asDouble() >= max).count(), high.size());
    if (min < max) assertTrue(high.size() < all.size());
    Run bad = run(text, "code", "--min-confidence", "1.5");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("Invalid value for option '--min-confidence': must be a number from 0 to 1"), bad.err());
  }
}
