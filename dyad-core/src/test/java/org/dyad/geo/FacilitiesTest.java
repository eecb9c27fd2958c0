package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FacilitiesTest {
  @Test
  @Tag("issue-16")
  void issue16_theShippedHeadsLoadWithoutErrors() {
    Facilities f = Facilities.shipped();
    assertTrue(f.errors().isEmpty(), f.errors().toString());
    assertEquals("building", f.entries().get(Names.key("hospital")), "case is ignored");
    assertEquals("institution", f.entries().get(Names.key("Wall Street")));
  }

  @Test
  @Tag("issue-16")
  void issue16_badLinesAreReportedWithFileAndLine() {
    Facilities f = Facilities.parse("x.tsv", List.of("# header", "Hospital\tbuilding\tnote", "\tbuilding", "Arena\tbogus",
        "Stadium", "hospital\tbuilding", "Grand Hall\tbuilding"));
    assertEquals(List.of("x.tsv:3: empty word",
        "x.tsv:4: unknown class 'bogus' (expected one of [building, seat, ground, street, institution, generic])",
        "x.tsv:5: expected word, class and a note separated by tabs: Stadium", "x.tsv:6: 'hospital' is listed twice",
        "x.tsv:7: a head is one word: 'Grand Hall'"), f.errors());
  }
}
