package org.dyad.io;

/** Output formats of {@code dyad code --to}. */
public enum OutputFormat {
  /** One JSON object per event (the schema in the README). */
  JSONL,
  /** PETRARCH-style: date, source, target, code, doc id. */
  TSV,
  /** The GDELT 2.0 events table: 61 tab-separated columns. */
  GDELT
}
