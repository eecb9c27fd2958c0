package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String WIRE = "ANKARA (Reuters) - Turkey will send more troops to northern Syria's Idlib province if a "
      + "ceasefire agreed with Russia collapses, Defence Minister Hulusi Akar said on Tuesday, as Syrian government forces pressed "
      + "their offensive against the last rebel stronghold. Akar told reporters in Ankara that Turkish observation posts in the "
      + "region would not be withdrawn and that any attack on them would be answered in kind. Russia, which backs President Bashar "
      + "al-Assad, has said the offensive targets militants who violated earlier agreements. Nearly a million people have fled "
      + "the fighting since December, according to the United Nations, most of them towards the Turkish border.";

  @Test
  void aRepublishedWireStoryLinksToTheFirstCopy() {
    NearDuplicates d = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    assertNull(d.check("reuters", WIRE));
    String republished = "Turkey threatens more troops for Idlib\n\n" + WIRE.replace("ANKARA (Reuters) - ", "")
        + " Read more on our Middle East page.";
    NearDuplicates.Match m = d.check("dailysite", republished);
    assertNotNull(m);
    assertEquals("reuters", m.firstId());
    assertTrue(m.similarity() >= NearDuplicates.DEFAULT_THRESHOLD, "similarity " + m.similarity());
    assertEquals("reuters", d.check("othersite", WIRE.toUpperCase()).firstId(), "case does not matter");
    assertEquals(Map.of("reuters", 2), d.copies());
  }

  @Test
  void differentStoriesAndShortTextsAreNotCopies() {
    NearDuplicates d = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    assertNull(d.check("a", WIRE));
    assertNull(d.check("b", "Dock workers in Rotterdam ended a week-long strike on Sunday after unions and port operators agreed "
        + "on a new wage deal, the union said, ending disruption that had left hundreds of containers stranded at the quays and "
        + "delayed shipments of grain and fuel across northern Europe."));
    assertNull(d.check("c", "Turkey will send more troops."));
    assertNull(d.check("d", "Turkey will send more troops."), "too short to call a copy");
    assertTrue(d.copies().isEmpty());
  }

  @Test
  void thresholdMustBeASimilarity() {
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(0));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(1.5));
  }
}
