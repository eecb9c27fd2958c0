package org.dyad.events;

import java.util.Locale;

/**
 * Whether the text asserts that an event happened (or that the statement, threat or demand was made). Only
 * asserted events are coded as the act by default; the others are kept, marked, with {@code --factuality all}.
 */
public enum Factuality {
  /** The text says it happened: "Turkey shelled the town". */
  ASSERTED,
  /** The text says it did not: "did not attack", "denied sending troops". */
  NEGATED,
  /** Possible, conditional or asked about: "could send troops", "if Iran attacks", "will they meet?". */
  HYPOTHETICAL,
  /** Announced for later, where CAMEO has no intent code for it: "will criticise", "the planned talks". */
  FUTURE,
  /** Someone else's claim, reported: "accused Russia of sending tanks" (the sending), "allegedly bombed". */
  ALLEGED;

  /** The label used in JSON lines, the store and the API. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value for a label, as read back from a store; unknown or missing labels are asserted (older stores). */
  public static Factuality of(String label) {
    if (label == null || label.isBlank()) return ASSERTED;
    for (Factuality f : values()) if (f.label().equals(label.trim().toLowerCase(Locale.ROOT))) return f;
    throw new IllegalArgumentException("unknown factuality '" + label + "' (one of asserted, negated, hypothetical, future, alleged)");
  }
}
