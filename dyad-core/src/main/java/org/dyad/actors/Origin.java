package org.dyad.actors;

/** Where an actor's code came from; reported in every event's provenance. */
public enum Origin {
  /** A dictionary entry: country, organisation or person. */
  DICTIONARY,
  /** A country or nationality composed with a role word ("Turkish Defence Ministry"). */
  COMPOSED,
  /** A capital or institution standing for a government ("Ankara said", "the Kremlin"). */
  METONYM,
  /** A nationality adjective on a noun that is no role word ("an Indian proposal"). */
  ADJECTIVE,
  /** A place that tells the country ("the province of Idlib"). */
  PLACE,
  /** Resolved from an earlier mention in the article ("he", "the minister", a surname seen before). */
  COREFERENCE,
  /** A noun phrase where the event's target stands, in no dictionary ("an investigation into Kempinski"): code "---". */
  ARGUMENT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** How much an actor of this origin is trusted, for event confidence. */
  public double weight() {
    return switch (this) {
      case DICTIONARY -> 1.0;
      case METONYM -> 0.9;
      case COMPOSED -> 0.85;
      case COREFERENCE -> 0.75;
      case ADJECTIVE -> 0.7;
      case PLACE -> 0.6;
      case ARGUMENT -> 0.6;
    };
  }
}
