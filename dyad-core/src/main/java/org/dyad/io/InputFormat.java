package org.dyad.io;

/** Input formats of {@code dyad code --from}. */
public enum InputFormat {
  /** One article per file; the id is the file name. */
  TEXT,
  /** One JSON object per line: {"id", "date", "text"} plus optional title, url, source. */
  JSONL,
  /** PETRARCH input or validation XML: each {@code <Sentence date id>} with its {@code <Text>} is an article. */
  PETRARCH_XML
}
