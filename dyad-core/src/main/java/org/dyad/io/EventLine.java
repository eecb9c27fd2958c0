package org.dyad.io;

/**
 * One event as {@code dyad code --to jsonl} wrote it, with the fields a reviewer compares between two runs;
 * {@code target} is null where the event has none, {@code plover} where its CAMEO code has no PLOVER type.
 */
public record EventLine(String docId, int sentence, String text, Actor source, Actor target, String code, String plover,
    String rule, double confidence, String trigger, int triggerStart) {
  /** An actor's code and the words it was read from. */
  public record Actor(String code, String text) {
    @Override
    public String toString() {
      return code + " \"" + text + "\"";
    }
  }

  /** The codes that make two events at one trigger the same event. */
  public record Codes(String source, String target, String code) {}

  public Codes codes() {
    return new Codes(source == null ? null : source.code(), target == null ? null : target.code(), code);
  }
}
