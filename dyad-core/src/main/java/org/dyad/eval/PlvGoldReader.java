package org.dyad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a PLOVER sentence set. The format is known by its header line, not its extension, because the CAMEO
 * codebook is a {@code .csv} too. Rows with the same {@code meta} are one sentence with several gold events.
 */
public final class PlvGoldReader {
  static final String HEADER = "text,label,meta,context,source,target";
  private static final List<String> COLUMNS = List.of(HEADER.split(","));
  /** The sets write "recipient" where the event names no target. */
  private static final String NO_TARGET = "recipient";

  private PlvGoldReader() {}

  /** Whether {@code file} starts with the PLOVER sentence set's header line. */
  public static boolean recognises(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return false;
    // Raw bytes, decoded leniently: other gold files (XML in any encoding) must not fail this test.
    byte[] head = new byte[HEADER.length() + 8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    String first = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n", 2)[0];
    return first.strip().equals(HEADER);
  }

  public static PlvGold read(Path file) throws IOException {
    String name = file.getFileName().toString();
    return parse(name, Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses the text of a set named {@code name}; every malformed row is reported as {@code name:line: message}. */
  static PlvGold parse(String name, String csv) throws IOException {
    List<Csv.Row> rows = Csv.rows(csv);
    if (rows.isEmpty() || !rows.get(0).fields().stream().map(String::strip).toList().equals(COLUMNS)) {
      throw new IOException(name + ":1: not a PLOVER sentence set (want the header " + HEADER + ")");
    }
    Map<String, Builder> byMeta = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      String problem = add(byMeta, row);
      if (problem != null) problems.add(name + ":" + row.line() + ": " + problem);
    }
    if (!problems.isEmpty()) throw new IOException(String.join("\n", problems));
    List<PlvGold.Sentence> sentences = new ArrayList<>();
    for (Builder b : byMeta.values()) sentences.add(new PlvGold.Sentence(b.id, b.text, b.events));
    return new PlvGold(name, PlvGold.isCheckSet(name), sentences);
  }

  /** Adds one row to its sentence; returns what is wrong with it, or null. */
  private static String add(Map<String, Builder> byMeta, Csv.Row row) {
    List<String> f = row.fields();
    if (f.size() != COLUMNS.size()) return "want " + COLUMNS.size() + " columns, found " + f.size();
    String text = f.get(0).strip();
    String type = f.get(1).strip().toUpperCase(Locale.ROOT);
    String meta = f.get(2).strip();
    if (text.isEmpty() || type.isEmpty() || meta.isEmpty()) return "text, label and meta must not be empty";
    Builder b = byMeta.computeIfAbsent(meta, m -> new Builder(id(m), text));
    if (!b.text.equals(text)) return "meta " + meta + " was given another text before";
    b.events.add(new PlvGold.Event(type, span(f.get(4)), target(f.get(5))));
    return null;
  }

  /** {@code "PLOVER event record.|PLV|split=train|sentence_id=4"} → {@code "4"}; the whole meta when it has no id. */
  static String id(String meta) {
    for (String part : meta.split("\\|")) {
      if (part.strip().startsWith("sentence_id=")) return part.strip().substring("sentence_id=".length());
    }
    return meta;
  }

  private static String span(String s) {
    return s.isBlank() ? null : s.strip();
  }

  private static String target(String s) {
    return s.strip().equalsIgnoreCase(NO_TARGET) ? null : span(s);
  }

  private static final class Builder {
    final String id;
    final String text;
    final List<PlvGold.Event> events = new ArrayList<>();

    Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }
  }
}
