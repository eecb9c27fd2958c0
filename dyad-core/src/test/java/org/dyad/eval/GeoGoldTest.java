package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.dyad.SharedCoder;
import org.junit.jupiter.api.Test;

/** Which files are geoparsing gold, and TR-News offsets re-anchored where they drift. */
class GeoGoldTest {
  @Test
  void recognisesBothGeoFormatsAndNotTheEventGold() throws IOException {
    Path shared = SharedCoder.shared();
    assertTrue(GeoGold.recognises(shared.resolve("eval/geo/TR-News.xml")));
    assertTrue(GeoGold.recognises(shared.resolve("eval/geo/GWN.xml")));
    assertFalse(GeoGold.recognises(shared.resolve("eval/events/petrarch-unit/PETR.UnitTest.records.xml")));
  }

  @Test
  void everyScoredPhraseSitsAtItsOffsets() throws IOException {
    GeoGold g = GeoGold.read(SharedCoder.shared().resolve("eval/geo/TR-News.xml"));
    int anchored = 0;
    for (GeoGold.Article a : g.articles()) {
      for (GeoGold.Toponym t : a.toponyms()) {
        if (a.text().substring(t.start(), t.end()).equals(t.phrase())) anchored++;
      }
    }
    assertEquals(g.toponyms(), anchored, "drifting offsets are moved onto the phrase");
  }

  @Test
  void locateFindsTheNearestOccurrence() {
    assertEquals(4, GeoGold.locate("The Paris of Paris", "Paris", 5));
    assertEquals(-1, GeoGold.locate("nothing here", "Paris", 0));
  }
}
