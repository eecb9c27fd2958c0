package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  private static final String RECORD = """
      [{"id": "R1", "date": "2001-02-03", "event": "AGREE", "text": "The government and the rebels agreed.",
        "source": [{"actorText": "government", "code": "%s"}, {"actorText": "rebels", "code": "%s"}], "target": "",
        "textInfo": {"markup": "The (SRC/TAR: government) and the (SRC/TAR: rebels) (EVT: agreed)."}}]
      """;

  private static List<Triple> gold(Path dir, String a, String b) throws IOException {
    Path f = dir.resolve("g.json");
    Files.writeString(f, RECORD.formatted(a, b));
    return GoldReader.plover(f).sentences().get(0).gold();
  }

  @Test
  void reciprocalSidesActTowardsEachOther(@TempDir Path dir) throws IOException {
    assertEquals(List.of(new Triple("HUN", "ROU", "AGREE"), new Triple("ROU", "HUN", "AGREE")), gold(dir, "HUN", "ROU"));
  }

  @Test
  void twoSidesOfOneCountryAreStillTwoActors(@TempDir Path dir) throws IOException {
    // "the Sudanese government and SPLM/A have agreed": SDN towards SDN, both ways, not nothing.
    assertEquals(List.of(new Triple("SDN", "SDN", "AGREE"), new Triple("SDN", "SDN", "AGREE")), gold(dir, "SDN", "SDN"));
  }
}
