package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.codebook.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactualityStepTest {
  @Test
  void genericIsALabelLikeTheOthers() {
    assertEquals(Factuality.GENERIC, Factuality.of(Factuality.GENERIC.label()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Factuality.of("habitual"));
    assertTrue(e.getMessage().contains("generic"), e.getMessage());
  }

  @Test
  void aGenericCueKindMustMakeEventsGenericAndOnlyItDoes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("factuality.tsv"), "frequency\toften\tgeneric\nfrequency\tseldom\thypothetical\nmodal\tcould\tgeneric\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> FactualityStep.load(dir));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains("factuality.tsv:2:") && all.contains("factuality.tsv:3:"), all);
    assertTrue(!all.contains("factuality.tsv:1:"), all);
  }
}
