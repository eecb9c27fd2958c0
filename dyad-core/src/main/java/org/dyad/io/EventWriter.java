package org.dyad.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.dyad.CodedEvent;

/** Writes coded events in one of the output formats. Not thread-safe: one writer per output stream. */
public interface EventWriter extends Closeable {
  void write(CodedEvent e) throws IOException;

  static EventWriter of(OutputFormat format, Writer out) {
    return switch (format) {
      case JSONL -> new JsonlEventWriter(out);
      case TSV -> new TsvEventWriter(out);
      case GDELT -> new GdeltEventWriter(out);
    };
  }
}
