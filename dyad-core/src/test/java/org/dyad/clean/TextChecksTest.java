package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextChecksTest {
  @Test
  void controlCharactersMarkBinary() {
    assertTrue(TextChecks.looksBinary("\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007"));
    assertFalse(TextChecks.looksBinary("Plain text\twith a tab\nand lines."));
  }
}
