package org.dyad.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH-format dictionary with comments removed: {@code #} to the end of a line and
 * {@code <!-- … -->} blocks, which may span lines. Blank lines are kept (as empty strings) because they end
 * synonym sets; line numbers are kept for error messages.
 */
record SourceLines(String file, List<Line> lines) {
  record Line(int number, String text) {}

  static SourceLines read(Path path) throws IOException {
    // PETRARCH dictionaries are often Latin-1; decoding as ISO-8859-1 never fails and keeps ASCII intact.
    String raw = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
    List<Line> out = new ArrayList<>();
    boolean inBlock = false;
    int n = 0;
    for (String line : raw.split("\r?\n|\r", -1)) {
      n++;
      StringBuilder kept = new StringBuilder();
      int i = 0;
      while (i < line.length()) {
        if (inBlock) {
          int end = line.indexOf("-->", i);
          if (end < 0) {
            i = line.length();
          } else {
            inBlock = false;
            i = end + 3;
          }
        } else {
          int open = line.indexOf("<!", i);
          int hash = commentStart(line, i);
          if (hash >= 0 && (open < 0 || hash < open)) {
            kept.append(line, i, hash);
            break;
          }
          if (open < 0) {
            kept.append(line.substring(i));
            break;
          }
          kept.append(line, i, open);
          // "<! -- … -->" with a stray space occurs in the wild; it is still a comment.
          int end = line.indexOf('>', open);
          int close = line.indexOf("-->", open);
          if (close >= 0) {
            i = close + 3;
          } else if (end >= 0 && !line.substring(open).contains("--")) {
            i = end + 1;
          } else {
            inBlock = true;
            i = line.length();
          }
        }
      }
      String text = kept.toString().strip();
      // A line that held only a comment is no line at all: it must not end a synonym set as a blank line does.
      if (text.isEmpty() && !line.isBlank()) continue;
      out.add(new Line(n, text));
    }
    return new SourceLines(path.getFileName().toString(), out);
  }

  /** The first '#' outside brackets: "[###]" is a code (TABARI's discard), not a comment. */
  private static int commentStart(String line, int from) {
    int depth = 0;
    for (int k = from; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '[') depth++;
      else if (c == ']' && depth > 0) depth--;
      else if (c == '#' && depth == 0) return k;
    }
    return -1;
  }

  String where(Line l) {
    return file + ":" + l.number();
  }
}
