package org.dyad.eval;

import java.util.Locale;
import java.util.Map;
import org.dyad.CodedEvent;

/**
 * What the PLOVER sentence sets score of one of Dyad's events: its PLOVER type (null for CAMEO 01 statements, which
 * have none) and actor texts, with code, rule and confidence to show beside an error.
 */
public record ProducedEvent(String type, String source, String target, String code, String rule, double confidence) {
  public static ProducedEvent of(CodedEvent e) {
    String plover = e.event().plover();
    String type = plover == null || plover.isBlank() || plover.equals("-") ? null : plover;
    return new ProducedEvent(type, e.source() == null ? null : e.source().displayText(), e.target() == null ? null : e.target().displayText(),
        e.event().code(), e.rule(), e.confidence());
  }

  /** The same event with its type under the name {@code renames} gives it, if any (a gold set's older type names). */
  public ProducedEvent renamed(Map<String, String> renames) {
    String to = type == null ? null : renames.get(type);
    return to == null ? this : new ProducedEvent(to, source, target, code, rule, confidence);
  }

  @Override
  public String toString() {
    return (type == null ? "(no type)" : type) + " " + quote(source) + " -> " + quote(target) + " " + code + " " + rule
        + String.format(Locale.ROOT, " %.2f", confidence);
  }

  private static String quote(String s) {
    return s == null ? "-" : "\"" + s + "\"";
  }
}
