package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NotPlacesTest {
  @Test
  @Tag("issue-16")
  void issue16_theShippedListLoadsWithoutErrors() {
    NotPlaces n = NotPlaces.shipped();
    assertTrue(n.errors().isEmpty(), n.errors().toString());
    assertTrue(n.contains("islands"), "case is ignored");
    assertFalse(n.contains("Syria"));
  }

  @Test
  @Tag("issue-16")
  void issue16_badLinesAreReportedWithFileAndLine() {
    NotPlaces n = NotPlaces.parse("x.tsv", List.of("# header", "Islands\tgeneric\tnote", "\tgeneric\tempty", "Mission\tbogus\tnote",
        "Central", "islands\tgeneric\ttwice"));
    assertEquals(List.of("x.tsv:3: empty name", "x.tsv:4: unknown class 'bogus' (expected one of [generic, organisation, institution, combining, timezone])",
        "x.tsv:5: expected name, class and note separated by tabs: Central", "x.tsv:6: 'islands' is listed twice"), n.errors());
  }
}
