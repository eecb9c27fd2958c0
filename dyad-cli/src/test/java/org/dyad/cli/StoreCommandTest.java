package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.SyntheticEvents;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 15 defect 6: a store whose text index lost its segments file is refused at open with one line, found by
 * {@code dyad store check}, and mended by {@code dyad store repair}, after which full-text search finds the articles.
 */
@Tag("issue-15")
class StoreCommandTest {
  @TempDir
  Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> cl.execute(args));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path store() throws IOException {
    Path db = tmp.resolve("db");
    try (EventStore s = EventStore.open(db, false); TextIndex index = TextIndex.open(s.indexDir(), true)) {
      SyntheticEvents.generate(s, 50, 1);
      new StoreWriter(s, index, "synthetic"); // indexes the 10 synthetic articles
    }
    return db;
  }

  private static void deleteSegments(Path db) throws IOException {
    try (Stream<Path> s = Files.list(db.resolve(EventStore.INDEX_DIR))) {
      for (Path f : s.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) Files.delete(f);
    }
  }

  private static long hits(Path db, String q) throws Exception {
    try (EventStore s = EventStore.open(db, true); TextIndex index = TextIndex.open(s.indexDir(), false)) {
      return index.search(q, 0, 10).total();
    }
  }

  @Test
  void issue15_aStoreWithoutSegmentsIsRefusedCheckedAndRepaired() throws Exception {
    Path db = store();
    assertEquals(0, run("store", "check", db.toString()).exit());
    deleteSegments(db);
    for (Run r : new Run[] {run("serve", "--db", db.toString(), "--port", "0"), run("store", "check", db.toString())}) {
      assertEquals(DyadCommand.STORE_UNAVAILABLE, r.exit(), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("no segments file") && r.err().contains("dyad store repair"), r.err());
      assertFalse(r.err().contains("at org."), r.err());
    }
    Run repair = run("store", "repair", db.toString());
    assertEquals(0, repair.exit(), repair.err());
    assertTrue(repair.err().contains("10 articles"), repair.err());
    Run check = run("store", "check", db.toString());
    assertEquals(0, check.exit(), check.err());
    assertEquals(10, hits(db, "synthetic"));
  }
}
