package org.dyad.io;

/** Input formats of {@code dyad code --from}. */
public enum InputFormat {
  /** One article per file; the id is the file name. */
  TEXT,
  /** One JSON object per line: {"id", "date", "text"} plus optional title, url, source. */
  JSONL,
  /** PETRARCH input or validation XML: each {@code <Sentence date id>} with its {@code <Text>} is an article. */
  PETRARCH_XML,
  /** One web page per file (.html, .htm, gzipped or not); the main text is extracted, the id is the file name. */
  HTML,
  /** A web archive (WARC or ARC, gzipped or not): every HTML response or resource record is a page. */
  WARC,
  /** An RSS or Atom feed: every entry is an article. */
  FEED
}
