package org.dyad.eval;

import java.util.List;

/** A gold file: its records and what its triples hold. */
public record GoldSet(String name, Kind kind, List<GoldSentence> sentences) {
  /** How the gold is coded, and so how Dyad's output is compared with it. */
  public enum Kind {
    /** CAMEO actor and event codes (PETRARCH validation records). */
    CAMEO,
    /** ISO-3 countries and PLOVER event types (PLOVER GSR): Dyad's codes are mapped before scoring. */
    PLOVER,
    /** One expected CAMEO event code per example sentence, no actors (the CAMEO codebook's examples). */
    CODEBOOK
  }

  public GoldSet {
    sentences = List.copyOf(sentences);
  }

  public boolean plover() {
    return kind == Kind.PLOVER;
  }
}
