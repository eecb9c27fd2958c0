package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.io.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the DuckDB snippets of docs/exports.md run, as written, on files exported from a real store, and a
 * snippet that selects {@code event_code} gives one row per exported event with the store's event codes (a
 * reader that guessed "040" to be the number 40, or split the wrong columns, fails it).
 */
class ExportSnippetsTest {
  private static final Path DOC = Path.of("..", "docs", "exports.md");
  private static final Pattern SQL = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> FILES = List.of("events.jsonl", "events.tsv", "events.gdelt.tsv", "events.csv", "events.parquet");

  @Test
  void everyDuckDbSnippetReadsItsExportBackAsTheStoreHoldsIt(@TempDir Path dir) throws Exception {
    List<String> stored = new ArrayList<>();
    try (EventStore store = EventStore.open(dir.resolve("db"), false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      SyntheticEvents.generate(store, 400, 17);
      new StoreWriter(store, index, "synthetic"); // indexes the sentences, as ingest leaves a store
      try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery("SELECT event_code FROM events ORDER BY event_code")) {
        while (r.next()) stored.add(r.getString(1));
      }
      Exporter exporter = new Exporter(store, index);
      for (String f : FILES) assertEquals(stored.size(), export(exporter, f, dir.resolve(f)), f);
    }
    List<String> snippets = new ArrayList<>();
    Matcher m = SQL.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    while (m.find()) snippets.add(m.group(1));
    for (String f : FILES) {
      assertTrue(snippets.stream().anyMatch(s -> s.contains("'" + f + "'")), DOC + " has a DuckDB snippet that reads " + f);
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String snippet : snippets) check(duck, snippet, dir, stored);
    }
  }

  private static long export(Exporter exporter, String name, Path to) throws IOException {
    if (name.endsWith(".parquet")) return exporter.writeParquet(EventFilter.NONE, to);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(to, StandardCharsets.UTF_8))) {
      if (name.endsWith(".csv")) return exporter.writeCsv(EventFilter.NONE, w);
      OutputFormat f = name.endsWith(".gdelt.tsv") ? OutputFormat.GDELT : name.endsWith(".tsv") ? OutputFormat.TSV : OutputFormat.JSONL;
      return exporter.write(EventFilter.NONE, f, w);
    }
  }

  /** Runs one snippet with its file names pointing into {@code dir}. */
  private static void check(Connection duck, String snippet, Path dir, List<String> stored) throws Exception {
    String sql = snippet.strip().replaceAll(";$", "").replace("'events.", "'" + dir.toAbsolutePath().toString().replace("'", "''") + "/events.");
    List<String> codes = new ArrayList<>();
    int rows = 0;
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int col = column(r.getMetaData(), "event_code");
      while (r.next()) {
        rows++;
        if (col > 0) codes.add(r.getString(col));
      }
      if (col > 0) {
        codes.sort(null);
        assertEquals(stored, codes, "the snippet gives the store's event codes, one row per event:\n" + snippet);
      }
    }
    assertTrue(rows > 0, "the snippet returns rows:\n" + snippet);
  }

  private static int column(ResultSetMetaData md, String name) throws Exception {
    for (int i = 1; i <= md.getColumnCount(); i++) {
      if (md.getColumnLabel(i).equalsIgnoreCase(name)) return i;
    }
    return 0;
  }
}
