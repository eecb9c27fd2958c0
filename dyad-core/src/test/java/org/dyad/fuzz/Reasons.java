package org.dyad.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.dyad.doc.DocError;

/** What a reason given to a user must be: one line in words, not the inside of a program. */
final class Reasons {
  /** Names of Java classes and packages, stack frames, source positions. */
  private static final Pattern JAVA = Pattern.compile(
      "\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\b(java|javax|jdk|sun|org|com|net)\\.[a-z][a-z0-9_]*\\.|\\tat |\\.java:\\d+|\\$\\d|@[0-9a-f]{6,}\\b");

  private Reasons() {}

  static void assertHuman(DocError e) {
    String m = e.message();
    assertTrue(m != null && !m.isBlank(), "a reason is given: " + e);
    assertFalse(m.contains("\n"), "one line: " + e);
    assertFalse(JAVA.matcher(m).find(), "no Java internals in the reason: " + e);
    // The guard's catch-all: a reader or stage failed in a way nobody foresaw, which is a bug to fix.
    assertNotEquals("reject.internal", e.code(), "a failure nobody foresaw: " + e);
  }
}
