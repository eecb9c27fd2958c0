package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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
  void issue16_badLinesAreReportedWithFileAndLine() {
    Seats s = Seats.parse("x.tsv", List.of("# header", "Kremlin\tMoscow\tRU\tnote", "\tMoscow\tRU\tempty",
        "Blue House\tSeoul\tKorea\tnote", "Pentagon\tWashington", "kremlin\tMoscow\tRU\ttwice"));
    assertEquals(List.of("x.tsv:3: empty name or town", "x.tsv:4: country 'Korea' is not an ISO alpha-2 code",
        "x.tsv:5: expected name, town, country and note separated by tabs: Pentagon\tWashington",
        "x.tsv:6: 'kremlin' is listed twice"), s.errors());
  }
}
