package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.SharedCoder;
import org.dyad.doc.Article;
import org.dyad.io.EventWriter;
import org.dyad.io.OutputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's example, placed: airstrikes in Idlib province, Syria; the meeting at the air show near Moscow. */
class IdlibLocationIT {
  private static CodedArticle coded;

  @BeforeAll
  static void code() throws IOException {
    String text = Files.readString(SharedCoder.root().resolve("examples/idlib-airshow.txt"));
    coded = SharedCoder.get().code(new Article("idlib-airshow.txt", LocalDate.of(2019, 8, 28), text, null, null, null));
  }

  private static CodedEvent one(String root, String sourceCountry, String sentencePart) {
    List<CodedEvent> e = coded.events().stream()
        .filter(x -> x.event().root().equals(root) && x.source().code().startsWith(sourceCountry) && x.text().contains(sentencePart)).toList();
    assertEquals(1, e.size(), coded.events().toString());
    return e.get(0);
  }

  @Test
  void airstrikesAreInIdlibProvinceSyria() {
    Location l = one("19", "SYR", "airstrikes targeted").location();
    assertNotNull(l);
    assertEquals("SY", l.country());
    assertEquals("12", l.admin1(), "Idlib's admin1 code");
    assertEquals("admin1", l.precision());
    assertEquals(169387, l.geonameId());
  }

  @Test
  void theMeetingIsInTheMoscowRegionNotInIdlib() {
    Location l = one("04", "RUS", "airstrikes targeted").location();
    assertNotNull(l);
    assertEquals("RU", l.country());
    assertTrue(Place.km(l.lat(), l.lon(), 55.75, 37.62) < 100, "within 100 km of Moscow: " + l);
  }

  @Test
  void gdeltExportFillsActionGeo() throws IOException {
    CodedEvent strike = one("19", "SYR", "airstrikes targeted");
    StringWriter w = new StringWriter();
    try (EventWriter out = EventWriter.of(OutputFormat.GDELT, w)) {
      out.write(strike);
    }
    String[] c = w.toString().split("\t", -1);
    assertEquals(61, c.length);
    assertEquals("5", c[51], "ActionGeo_Type: a world state (first-level subdivision outside the US)");
    assertEquals("Idlib, Syria", c[52]);
    assertEquals("SY", c[53], "Syria's FIPS code is SY, like its ISO code");
    assertEquals("SY12", c[54]);
    assertEquals("169387", c[58]);
    assertEquals(35.83, Double.parseDouble(c[56]), 0.2);
  }

  @Test
  void jsonlCarriesTheLocation() throws IOException {
    StringWriter w = new StringWriter();
    try (EventWriter out = EventWriter.of(OutputFormat.JSONL, w)) {
      out.write(one("19", "SYR", "airstrikes targeted"));
    }
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.toString()).get("location");
    assertEquals("Idlib", node.get("name").asText());
    assertEquals(169387, node.get("geonameid").asInt());
    assertEquals("ADM1", node.get("feature_code").asText());
    assertEquals("admin1", node.get("precision").asText());
    assertEquals("SY", node.get("country").asText());
    assertTrue(node.has("lat") && node.has("lon") && node.has("admin1"));
  }
}
