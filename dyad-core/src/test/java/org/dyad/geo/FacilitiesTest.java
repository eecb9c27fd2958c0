package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void issue16_badLinesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("facilities.tsv");
    Files.write(file, List.of("# header", "Hospital\tbuilding\tnote", "Arena\tbogus", "Stadium", "hospital\tbuilding",
        "Grand Hall\tbuilding"));
    Facilities f = Facilities.load(dir);
    assertEquals(List.of(file + ":4: expected 2-3 tab-separated columns, found 1",
        file + ":3: unknown class 'bogus' (expected one of [building, seat, ground, street, institution, generic])",
        file + ":5: 'hospital' is listed twice", file + ":6: a head is one word: 'Grand Hall'"), f.errors());
  }
}
