package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.codebook.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfidenceStepTest {
  @Test
  void builtInWeightsNameOnlyStepsOfTheCascade() {
    ConfidenceStep.load(null);
  }

  @Test
  void weightOfAStepNoRuleIsMarkedWithIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("confidence.tsv"), "bias\t1.0\nraw-logit\t0.3\nstep:intent\t0.2\nstep:EventStage\t0.1\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> ConfidenceStep.load(dir));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains("confidence.tsv:4: step:EventStage names no step of the event cascade"), all);
    assertTrue(!all.contains("confidence.tsv:3"), all);
  }
}
