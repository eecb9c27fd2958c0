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

  private static final String STRIKES = "Iran condemned the Israeli airstrikes on Damascus on Monday, calling them a violation of "
      + "Syrian sovereignty. The foreign ministry in Tehran said the strikes had killed several civilians.";
  private static final String ARRESTS = "Venezuelan police arrested opposition leaders in Caracas on Tuesday, hours before a planned "
      + "march against the government. Rights groups said at least twelve activists were held overnight without charge.";

  private static String page(String title, String story) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title><meta property='article:published_time' content='2024-03-11T08:00:00Z'>"
        + "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav><article><h1>" + title
        + "</h1><p>" + story + "</p></article><footer>Copyright 2024 Example News</footer></body></html>";
  }

  private static void writeWarc(Path to) throws IOException {
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(to,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      for (String[] p : new String[][] {{"https://wire.example/strikes", "Iran condemns strikes", STRIKES},
          {"https://wire.example/arrests", "Opposition leaders arrested", ARRESTS}}) {
        var http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(org.netpreserve.jwarc.MediaType.HTML_UTF8,
            page(p[1], p[2]).getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
        w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(p[0]))
            .date(java.time.Instant.parse("2024-03-12T10:00:00Z")).body(http).build());
      }
    }
  }

  @Test
  void issue15_pagesArchivesAndFeedsAreReadAsDyadCodeReadsThem(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-page.html"), page("Turkey accuses Greece", "Turkey accused Greece of violating its airspace "
        + "over the Aegean on Monday, the defence ministry in Ankara said, and summoned the Greek ambassador to protest."));
    writeWarc(in.resolve("b-crawl.warc.gz"));
    Files.writeString(in.resolve("c-news.rss"), "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>World</title>"
        + "<item><title>Strike ends</title><link>https://news.example/strike</link><pubDate>Mon, 11 Mar 2024 08:00:00 GMT</pubDate>"
        + "<description>&lt;p&gt;Dock workers in Rotterdam ended their strike on Sunday after the port authority agreed to raise "
        + "wages, union leaders said.&lt;/p&gt;</description></item></channel></rss>");
    Path db = dir.resolve("db");
    Run r = ingest(db, in.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(4, 4, 0, 0, 0), r.summary().subList(0, 5), r.err());
    List<String> ids = column(db, "SELECT doc_id FROM articles ORDER BY doc_id");
    assertEquals(4, ids.size(), ids.toString());
    assertEquals("a-page", ids.get(0), ids.toString());
    assertTrue(ids.get(1).startsWith("b-crawl.warc.gz@") && ids.get(2).startsWith("b-crawl.warc.gz@"), ids.toString());
    assertEquals("c-news.rss#1", ids.get(3), ids.toString());
    for (String text : column(db, "SELECT text FROM articles")) {
      assertTrue(!text.startsWith("<") && !text.startsWith("WARC/") && !text.contains("Copyright 2024"), "extracted text only: " + text);
    }
    assertEquals(List.of("https://wire.example/arrests", "https://wire.example/strikes"),
        column(db, "SELECT url FROM articles WHERE doc_id LIKE 'b-crawl%' ORDER BY url"));
  }

  @Test
  void issue15_fromHtmlExtractsThePageWhateverItsName(@TempDir Path dir) throws Exception {
    Path saved = Files.writeString(dir.resolve("saved-page.txt"), page("Opposition leaders arrested", ARRESTS));
    Path db = dir.resolve("db");
    Run r = ingest(db, "--from", "html", saved.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("Opposition leaders arrested\n\n" + ARRESTS), column(db, "SELECT text FROM articles"));
  }
}
