package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
 * Issue 15 defect 11: a busy, missing or damaged store and a port in use give one line naming the cause and the
 * remedy, and the exit status the README gives for it; never a Java stack trace (unless {@code --debug}).
 */
@Tag("issue-15")
class ErrorModelTest {
  @TempDir
  Path tmp;

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    CommandLine cl = DyadCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    // serve waits for requests once it has started: the timeout turns a start that should have failed into a failure
    int exit = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> cl.execute(args));
    return new Run(exit, err.toString());
  }

  private static void assertOneLine(Run r, int exit, String says) {
    assertEquals(exit, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith("dyad: "), r.err());
    assertTrue(r.err().contains(says), r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("at org."), r.err());
  }

  /** A small real store: synthetic events, indexed. */
  private Path store() throws IOException {
    Path db = tmp.resolve("db");
    try (EventStore s = EventStore.open(db, false); TextIndex index = TextIndex.open(s.indexDir(), true)) {
      SyntheticEvents.generate(s, 50, 1);
      new StoreWriter(s, index, "synthetic"); // indexes the synthetic articles
    }
    return db;
  }

  @Test
  void issue15_aStoreHeldByAnotherProcessIsBusy() throws Exception {
    Path db = store();
    Path article = Files.writeString(tmp.resolve("a.txt"), "Iran condemned the Israeli airstrikes on Damascus on Monday.");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), HoldStore.class.getName(), db.toString()).redirectErrorStream(true).start();
    try {
      String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
      assertTrue(first != null && first.startsWith("holding"), "holder: " + first);
      assertOneLine(run("ingest", "--db", db.toString(), "--date", "2024-03-12", article.toString()), DyadCommand.STORE_UNAVAILABLE,
          "in use by another process");
      assertOneLine(run("serve", "--db", db.toString(), "--port", "0"), DyadCommand.STORE_UNAVAILABLE, "in use by another process");
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
  }

  @Test
  void issue15_aPortInUseSaysSo() throws IOException {
    Path db = store();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertOneLine(run("serve", "--db", db.toString(), "--port", Integer.toString(taken.getLocalPort())), DyadCommand.CANNOT_LISTEN,
          "port " + taken.getLocalPort() + " is in use");
    }
  }

  @Test
  void issue15_aMissingStoreSaysHowToMakeOne() {
    assertOneLine(run("serve", "--db", tmp.resolve("nothing").toString(), "--port", "0"), DyadCommand.STORE_UNAVAILABLE, "dyad ingest");
  }

  @Test
  void issue15_aDamagedDatabaseFileSaysSo() throws IOException {
    Path db = store();
    Files.write(db.resolve(EventStore.DB_FILE), new byte[8192]);
    assertOneLine(run("serve", "--db", db.toString(), "--port", "0"), DyadCommand.STORE_UNAVAILABLE, EventStore.DB_FILE);
  }

  @Test
  void issue15_aDamagedTextIndexSaysHowToRepairIt() throws IOException {
    Path db = store();
    try (Stream<Path> s = Files.list(db.resolve(EventStore.INDEX_DIR))) {
      for (Path f : s.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(f, "not a segments file".getBytes(StandardCharsets.US_ASCII));
      }
    }
    assertOneLine(run("serve", "--db", db.toString(), "--port", "0"), DyadCommand.STORE_UNAVAILABLE, "dyad store repair");
  }

  @Test
  void issue15_debugPrintsTheTrace() throws IOException {
    Path db = store();
    Files.write(db.resolve(EventStore.DB_FILE), new byte[8192]);
    Run r = run("serve", "--debug", "--db", db.toString(), "--port", "0");
    assertEquals(DyadCommand.STORE_UNAVAILABLE, r.exit(), r.err());
    assertTrue(r.err().contains("\tat org.dyad."), r.err());
  }
}
