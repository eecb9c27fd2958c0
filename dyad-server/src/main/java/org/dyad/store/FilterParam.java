package org.dyad.store;

import java.util.List;

/**
 * The event filters, once: the API's query parameters, their OpenAPI descriptions and {@code dyad export}'s
 * options are all made from this table ({@link EventFilter#parse} reads the values by {@link #api} name).
 * {@code cli}: the export option's name without its dashes; {@code label}: the option's value label.
 */
public enum FilterParam {
  FROM("from", "start", "DATE", "string", "first event date, YYYY-MM-DD"),
  TO("to", "end", "DATE", "string", "last event date, YYYY-MM-DD"),
  SOURCE("source", "source", "CODE", "string", "source actor code (RUSGOV)"),
  TARGET("target", "target", "CODE", "string", "target actor code"),
  SOURCE_COUNTRY("source_country", "source-country", "CCC", "string", "source actor's country: the first three letters of its code (RUS)"),
  TARGET_COUNTRY("target_country", "target-country", "CCC", "string", "target actor's country"),
  COUNTRY("country", "country", "CCC", "string", "either actor's country"),
  ACTOR_NAME("actor_name", "actor-name", "WORDS", "string", "words in the source's or the target's name, or in the words the text"
      + " used for it, any case (assad, syria, red cross); all of them in the same actor's"),
  CODE("code", "code", "CODE", "string", "event code or a prefix of it (04, 042)"),
  ROOT("root", "root", "ROOTS", "string", "event roots, comma-separated (14,18)"),
  QUAD_CLASS("quad_class", "quad-class", "QUADS", "string", "quad classes, comma-separated: 1 verbal cooperation, 2 material cooperation,"
      + " 3 verbal conflict, 4 material conflict"),
  PLACE("place", "place", "WORDS", "string", "words of the event's place name"),
  PLACE_COUNTRY("place_country", "place-country", "CCC", "string", "the event place's country"),
  Q("q", "text", "WORDS", "string", "words of the event's sentence, in this order and next to each other; case and punctuation do not"
      + " matter; each word matches whole words except the last, which also matches longer words it begins"
      + " ('fight' finds fighting, 'foreign min' finds Foreign Minister, 'war' does not find toward)"),
  MIN_CONFIDENCE("min_confidence", "min-confidence", "NUMBER", "number", "lowest confidence, 0-1");

  public final String api;
  public final String cli;
  public final String label;
  public final String type;
  public final String description;

  FilterParam(String api, String cli, String label, String type, String description) {
    this.api = api;
    this.cli = cli;
    this.label = label;
    this.type = type;
    this.description = description;
  }

  /** Every filter's API name, in the table's order. */
  public static List<String> apiNames() {
    return java.util.Arrays.stream(values()).map(p -> p.api).toList();
  }

  /** The filter of an API name, or null. */
  public static FilterParam ofApi(String name) {
    for (FilterParam p : values()) if (p.api.equals(name)) return p;
    return null;
  }
}
