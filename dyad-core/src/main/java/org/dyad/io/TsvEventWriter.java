package org.dyad.io;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.dyad.CodedEvent;

/** PETRARCH's output layout: {@code YYYYMMDD <TAB> source <TAB> target <TAB> code <TAB> doc id}; no target is "---". */
final class TsvEventWriter implements EventWriter {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
  private final Writer out;

  TsvEventWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(CodedEvent e) throws IOException {
    out.write(e.date().format(BASIC) + "\t" + e.source().code() + "\t" + (e.target() == null ? "---" : e.target().code()) + "\t"
        + e.event().code() + "\t" + e.docId() + "\n");
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
