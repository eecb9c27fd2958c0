package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.doc.Article;
import org.dyad.io.ArticleReader;
import org.dyad.io.InputFormat;
import org.dyad.store.EventStore;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest} in a child JVM, killed with SIGKILL after its second committed batch (while it codes or
 * writes the next), then run again to the end: the store must hold exactly the articles and events that coding
 * the same input in this JVM gives, each once, and every article must be in the text index.
 */
class IngestCrashIT {
  private static List<String> command(Path db) {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2500m", "-Xss4m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--db", db.toString(), "--batch", "1", "--verbose", "--date", "2019-08-28",
        CodeCommandIT.example("world-briefs.jsonl").toString(), CodeCommandIT.example("idlib-airshow.txt").toString());
  }

  private static String key(int sentence, String code, String source, String target, int trigger) {
    return sentence + " " + code + " " + source + " " + target + " @" + trigger;
  }

  private record Child(int exit, List<String> err) {}

  /** Runs the child; with {@code killAfter} > 0, SIGKILLs it once that many batches are committed. */
  private static Child run(Path db, int killAfter) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command(db)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    List<String> err = new ArrayList<>();
    int commits = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        err.add(line);
        if (line.startsWith("dyad: committed") && ++commits == killAfter) {
          p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
          break;
        }
      }
    }
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("dyad ingest did not finish: " + err);
    }
    return new Child(p.exitValue(), err);
  }

  @Test
  void aKilledIngestRerunEndsWithExactlyTheRightArticlesAndEvents(@TempDir Path dir) throws Exception {
    // What the store must end with: the same inputs coded here, by the same coder.
    Coder coder = Coder.create(CoderOptions.defaults());
    List<Article> articles = new ArrayList<>();
    new ArticleReader(InputFormat.JSONL, LocalDate.of(2019, 8, 28), 1_000_000).open(CodeCommandIT.example("world-briefs.jsonl").toString(), System.in)
        .forEachRemaining(i -> articles.add(i.article()));
    new ArticleReader(InputFormat.TEXT, LocalDate.of(2019, 8, 28), 1_000_000).open(CodeCommandIT.example("idlib-airshow.txt").toString(), System.in)
        .forEachRemaining(i -> articles.add(i.article()));
    Map<String, List<String>> expected = new TreeMap<>();
    for (Article a : articles) {
      CodedArticle c = coder.code(a);
      List<String> keys = new ArrayList<>();
      for (CodedEvent e : c.events()) keys.add(key(e.sentence(), e.event().code(), e.source().code(), e.target() == null ? null : e.target().code(), e.triggerStart()));
      java.util.Collections.sort(keys);
      if (c.sentences() > 0) expected.put(a.id(), keys);
    }
    int expectedEvents = expected.values().stream().mapToInt(List::size).sum();
    assertTrue(expected.size() == 4 && expectedEvents >= 10, expected.toString());

    Path db = dir.resolve("store");
    Child killed = run(db, 2);
    assertNotEquals(0, killed.exit(), "the first run was killed: " + killed.err());
    Child rerun = run(db, 0);
    assertEquals(0, rerun.exit(), String.join("\n", rerun.err()));
    String summary = rerun.err().get(rerun.err().size() - 1);
    assertTrue(summary.matches(".*read 4 article\\(s\\): 2 added, 0 replaced, 2 unchanged.*"), "the rerun skipped what the killed run had committed: " + summary);

    try (EventStore store = EventStore.open(db, true); TextIndex index = TextIndex.open(store.indexDir(), false)) {
      Map<String, List<String>> stored = new TreeMap<>();
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT a.doc_id, e.sentence, e.event_code, e.source_code, e.target_code, e.trigger_start"
              + " FROM articles a LEFT JOIN events e ON e.article_id = a.id")) {
        while (r.next()) {
          List<String> l = stored.computeIfAbsent(r.getString(1), k -> new ArrayList<>());
          if (r.getString(3) != null) l.add(key(r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6)));
        }
      }
      for (List<String> l : stored.values()) java.util.Collections.sort(l);
      assertEquals(expected, stored, "each article once, with exactly its events, each once");
      assertEquals(expected.size(), store.count("articles"));
      assertEquals(expectedEvents, store.count("events"));
      assertEquals(expected.size(), index.count(), "every stored article is in the text index, once");
      assertEquals(store.count("sentences"), index.sentenceCount(), "every stored sentence is in the sentence index, once");
      assertTrue(store.count("sentences") > 0, "the articles' events have sentences");
    }
  }
}
