package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeatsTest {
  @Test
  @Tag("issue-16")
  void issue16_theShippedTableLoadsAndMatchesIgnoringCaseAndAccents() {
    Seats s = Seats.shipped();
    assertTrue(s.errors().isEmpty(), s.errors().toString());
    assertEquals("Paris", s.get("Élysée").town());
    assertEquals("RU", s.get("KREMLIN").country());
    assertTrue(s.starts("White"));
    assertNull(s.get("White"), "a first word alone is no seat");
  }

  @Test
  @Tag("issue-16")
  void issue16_badLinesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seats.tsv");
    Files.write(file, List.of("# header", "Kremlin\tMoscow\tRU\tnote", "Blue House\tSeoul\tKorea\tnote",
        "Pentagon\tWashington", "kremlin\tMoscow\tRU\ttwice"));
    Seats s = Seats.load(dir);
    assertEquals(List.of(file + ":4: expected 3-4 tab-separated columns, found 2",
        file + ":3: country 'Korea' is not an ISO alpha-2 code", file + ":5: 'kremlin' is listed twice"), s.errors());
  }
}
