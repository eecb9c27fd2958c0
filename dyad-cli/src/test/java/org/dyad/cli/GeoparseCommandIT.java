package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad geoparse} end to end: the fixed JSON contract, offsets into the article, and bad input. */
class GeoparseCommandIT {
  private static final List<String> FIELDS = List.of("doc_id", "start", "end", "text", "geonameid", "name", "lat", "lon", "country",
      "admin1", "feature_code", "kind", "confidence");

  private static List<JsonNode> run(StringWriter err, String... args) throws IOException {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    GeoparseCommand g = cl.getSubcommands().get("geoparse").getCommand();
    g.files.stdin = new ByteArrayInputStream(new byte[0]);
    assertEquals(0, cl.execute(args), err.toString());
    List<JsonNode> l = new ArrayList<>();
    for (String line : out.toString().split("\n")) if (!line.isBlank()) l.add(new ObjectMapper().readTree(line));
    return l;
  }

  @Test
  void everyToponymOfTheExampleWithTheContractFields(@TempDir Path dir) throws IOException {
    Path example = CodeCommandIT.example("idlib-airshow.txt");
    String text = Files.readString(example);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    StringWriter err = new StringWriter();
    List<JsonNode> t = run(err, "geoparse", "--date", "2019-08-28", empty.toString(), example.toString());
    assertTrue(err.toString().contains("empty.txt"), "the empty file is reported: " + err);
    assertTrue(t.size() >= 10, t.toString());
    for (JsonNode n : t) {
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      assertEquals(FIELDS, names);
      assertEquals(n.get("text").asText(), text.substring(n.get("start").asInt(), n.get("end").asInt()), "offsets into the article");
      assertTrue(n.get("kind").asText().equals("literal") || n.get("kind").asText().equals("metonym"));
    }
    JsonNode idlib = t.stream().filter(n -> n.get("text").asText().equals("Idlib")).findFirst().orElseThrow();
    assertEquals(169387, idlib.get("geonameid").asInt());
    assertEquals("SY", idlib.get("country").asText());
    assertEquals("ADM1", idlib.get("feature_code").asText());
    JsonNode washington = t.stream().filter(n -> n.get("text").asText().equals("Washington")).findFirst().orElseThrow();
    assertEquals("metonym", washington.get("kind").asText(), "Washington suspended Ankara");
    assertEquals("US", washington.get("country").asText());
  }
}
