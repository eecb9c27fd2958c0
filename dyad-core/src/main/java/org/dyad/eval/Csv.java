package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields split at commas, a field in double quotes may hold commas, line breaks and doubled
 * quotes. Each record keeps the line it starts on, so a reader can report {@code file:line: message}.
 */
final class Csv {
  /** One record and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }
  }

  private Csv() {}

  /** Every record of {@code text}; blank lines are skipped, a leading byte-order mark is dropped. */
  static List<Row> rows(String text) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    List<Row> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') line++;
          cur.append(c);
        }
        continue;
      }
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
      if (c == '\n' || c == '\r') {
        if (any || cur.length() > 0 || !fields.isEmpty()) out.add(finish(start, fields, cur));
        fields = new ArrayList<>();
        any = false;
        start = ++line;
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(cur.toString());
        cur.setLength(0);
        any = true;
      } else {
        cur.append(c);
      }
    }
    if (any || cur.length() > 0 || !fields.isEmpty()) out.add(finish(start, fields, cur));
    return out;
  }

  private static Row finish(int line, List<String> fields, StringBuilder cur) {
    fields.add(cur.toString());
    cur.setLength(0);
    return new Row(line, fields);
  }
}
