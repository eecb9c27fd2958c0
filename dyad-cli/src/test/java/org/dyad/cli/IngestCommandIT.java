package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad ingest} through picocli into a real store: what is stored, and what the summary line says. */
@Tag("issue-15")
class IngestCommandIT {
  private static final Pattern SUMMARY = Pattern.compile(
      "read (\\d+) article\\(s\\): (\\d+) added, (\\d+) replaced, (\\d+) unchanged, (\\d+) rejected; (\\d+) event\\(s\\) stored");

  private record Run(int exit, String err) {
    /** The summary's numbers: read, added, replaced, unchanged, rejected, events. */
    List<Integer> summary() {
      Matcher m = SUMMARY.matcher(err);
      assertTrue(m.find(), err);
      List<Integer> n = new ArrayList<>();
      for (int i = 1; i <= 6; i++) n.add(Integer.parseInt(m.group(i)));
      return n;
    }
  }

  private static Run ingest(Path db, String... args) {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    List<String> a = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--date", "2024-03-12"));
    a.addAll(List.of(args));
    return new Run(cl.execute(a.toArray(String[]::new)), err.toString());
  }

  private static List<String> column(Path db, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (EventStore store = EventStore.open(db, true); Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) out.add(r.getString(1));
    }
    return out;
  }

  private static String line(String id, String url, String text) {
    return "{\"id\": \"" + id + "\", \"date\": \"2024-03-12\", \"url\": \"" + url + "\", \"text\": \"" + text + "\"}\n";
  }

  @Test
  void issue15_blankUrlsDoNotMergeArticlesAndTheSummaryCountsWhatIsStored(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("briefs.jsonl"),
        line("b1", "", "Iran condemned the Israeli airstrikes on Damascus on Monday.")
        + line("b2", " ", "Venezuelan police arrested opposition leaders on Tuesday.")
        + line("b3", "", "Russian troops attacked Ukrainian positions near Bakhmut on Sunday.")
        // The same URL twice: the second text is a newer version of the same article and replaces it.
        + line("v1", "https://news.example/talks", "Turkey accused Greece of violating its airspace on Monday.")
        + line("v2", "https://news.example/talks", "Turkey and Greece agreed to resume talks on Monday."));
    Path db = dir.resolve("db");
    Run r = ingest(db, in.toString());
    assertEquals(0, r.exit(), r.err());
    List<Integer> s = r.summary();
    assertEquals(List.of(5, 4, 1, 0, 0), s.subList(0, 5), r.err());
    assertEquals(List.of("b1", "b2", "b3", "v2"), column(db, "SELECT doc_id FROM articles ORDER BY doc_id"));
    int stored = Integer.parseInt(column(db, "SELECT count(*) FROM events").get(0));
    assertTrue(stored > 0, r.err());
    assertEquals(stored, s.get(5), "the summary counts the events stored, not those of the replaced version: " + r.err());
  }
}
