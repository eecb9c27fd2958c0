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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad clean} through picocli on a folder of mixed formats: one JSON line per article, errors on stderr. */
class CleanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY = "Negotiators from both countries met in Geneva on Monday to resume the talks that broke down "
      + "in March, officials said, adding that a ceasefire was on the table. The meeting, the first in three months, lasted "
      + "five hours and will continue on Tuesday, according to a statement from the foreign ministry.";

  private static String page(String site, String story) {
    return "<html><head><title>Talks resume | " + site + "</title><link rel='canonical' href='https://" + site + "/talks'>"
        + "<meta property='article:published_time' content='2024-03-11T08:00:00Z'></head><body><nav><a href='/'>Home</a> "
        + "<a href='/world'>World</a></nav><article><h1>Talks resume</h1><p>" + story + "</p></article>"
        + "<div class='comments'><p>First! Great article, thanks for sharing it with all of us here today.</p></div></body></html>";
  }

  @Test
  void writesOneCleanArticlePerLineWithWhatWasDropped(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("crawl/sub"));
    Files.writeString(dir.resolve("crawl/a-wire.html"), page("wire.example", STORY));
    Files.writeString(in.resolve("b-copy.htm"), page("daily.example", STORY + " Read more on our world page."));
    Files.writeString(dir.resolve("crawl/c.jsonl"), "{\"id\":\"j1\",\"date\":\"2024-03-12\",\"text\":\"Die Regierung hat am Dienstag "
        + "den Angriff auf die Botschaft in Bagdad scharf verurteilt, teilte das Auswärtige Amt in Berlin mit.\\nShare this article\"}\n{bad\n");
    CommandLine cl = DyadCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    ((CleanCommand) cl.getSubcommands().get("clean").getCommand()).files.stdin = new ByteArrayInputStream(new byte[0]);
    int exit = cl.execute("clean", "--date", "2024-03-12", dir.resolve("crawl").toString());
    assertEquals(0, exit, err.toString());
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out.toString().split("\n")) lines.add(JSON.readTree(l));
    assertEquals(3, lines.size(), out.toString());

    JsonNode wire = lines.get(0);
    assertEquals("a-wire", wire.get("id").asText());
    assertEquals("https://wire.example/talks", wire.get("url").asText());
    assertEquals("Talks resume", wire.get("title").asText(), "the headline, not the <title> with the site name");
    assertEquals("2024-03-11", wire.get("date").asText());
    assertEquals("en", wire.get("language").asText());
    assertEquals("Talks resume\n\n" + STORY, wire.get("text").asText());
    assertFalse(wire.has("duplicate_of"));
    List<String> reasons = new ArrayList<>();
    wire.get("dropped").forEach(d -> reasons.add(d.get("reason").asText() + ": " + d.get("text").asText()));
    assertTrue(reasons.contains("navigation: Home World"), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("comments: First!")), reasons.toString());

    JsonNode json = lines.get(1);
    assertEquals("j1", json.get("id").asText());
    assertEquals("de", json.get("language").asText());
    assertFalse(json.get("text").asText().contains("Share this"), "the line rules clean plain text too");
    assertEquals("share.prompt", json.get("dropped").get(0).get("reason").asText());

    JsonNode copy = lines.get(2);
    assertEquals("b-copy", copy.get("id").asText());
    assertEquals("a-wire", copy.get("duplicate_of").asText());
    assertTrue(err.toString().contains("c.jsonl:2: invalid JSON"), err.toString());
    assertTrue(err.toString().contains("3 article(s) cleaned, 1 document error(s), 1 near-duplicate(s) of 1 original(s)"), err.toString());
  }

  /** An Atom entry whose XHTML content nests {@code depth} elements: ROME writes it out with a recursive JDOM printer. */
  static String deepAtom(int depth) {
    return "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Deep</title><id>urn:deep</id>"
        + "<updated>2024-03-12T00:00:00Z</updated><entry><title>Deep</title><id>urn:deep:1</id><updated>2024-03-12T00:00:00Z</updated>"
        + "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>" + "<span>".repeat(depth)
        + "Negotiators met in Geneva on Monday." + "</span>".repeat(depth) + "</div></content></entry></feed>";
  }

  @Test
  @Tag("issue-15")
  void issue15_aFileThatBreaksItsReaderIsOneErrorLineAndTheRunGoesOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-wire.html"), page("wire.example", STORY));
    Files.writeString(dir.resolve("b-deep.atom"), deepAtom(30_000));
    Files.writeString(dir.resolve("c-daily.html"), page("daily.example", "Dock workers ended their strike on Sunday after the port "
        + "authority agreed to raise wages by eight percent, union leaders said, and the first ships were unloaded by evening."));
    CommandLine cl = DyadCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("clean", "--date", "2024-03-12", dir.toString());
    assertEquals(0, exit, err.toString());
    assertEquals(2, out.toString().split("\n").length, out.toString());
    assertTrue(out.toString().contains("Dock workers ended their strike"), "the file after the bad one is read");
    assertTrue(err.toString().contains("dyad: b-deep.atom: the document is nested too deeply to be processed"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace reaches the user: " + err);
    assertTrue(err.toString().contains("2 article(s) cleaned, 1 document error(s)"), err.toString());
  }
}
