package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.SyntheticEvents;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: every command, given a user error and a damaged store, says what is wrong in words and exits with the
 * status the README gives; no Java stack trace or class name reaches standard error (only {@code --debug} prints
 * one). The table must name every command {@code dyad} has, so a new command cannot be left out.
 */
@Tag("issue-15")
class NoStackTraceTest {
  private static final Pattern JAVA = Pattern.compile(
      "\\tat |\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\b(java|javax|jdk|sun|org|com)\\.[a-z][a-z0-9_]*\\.|\\.java:\\d+");

  @TempDir
  Path tmp;

  private record Case(int exit, String... args) {}

  private record Run(int exit, String err) {}

  /** One command line, run as a user runs it: its own JVM through Main, standard error caught whole (libraries' too). */
  private static Run run(String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      p.getOutputStream().close();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Run(p.waitFor(), err);
    }, () -> "dyad " + String.join(" ", args) + " did not end");
  }

  /** Runs the cases two at a time (each is a JVM of its own, mostly waiting to start) and checks each. */
  private static void check(List<Case> cases) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Run>> runs = new ArrayList<>();
      for (Case c : cases) runs.add(pool.submit(() -> run(c.args())));
      for (int i = 0; i < cases.size(); i++) check(cases.get(i), runs.get(i).get());
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void check(Case c, Run r) {
    String what = "dyad " + String.join(" ", c.args()) + " said:\n" + r.err();
    assertEquals(c.exit(), r.exit(), what);
    assertFalse(r.err().isBlank(), "says what is wrong: " + what);
    assertFalse(JAVA.matcher(r.err()).find(), "no Java internals: " + what);
  }

  private Path article() throws IOException {
    return Files.writeString(tmp.resolve("a.txt"), "Iran condemned the Israeli airstrikes on Damascus on Monday.");
  }

  @Test
  void aUserErrorInEveryCommandIsOneReasonAndTheReadmesExitStatus() throws IOException {
    String a = article().toString();
    String none = tmp.resolve("nothing-here").toString();
    List<Case> cases = List.of(
        new Case(2, "code", "--date", "2024-13-45", a),
        new Case(2, "code", "--dictionaries", none, a),
        new Case(1, "clean", none + ".txt"),
        new Case(2, "geoparse", "--date", "yesterday", a),
        new Case(74, "eval", none + ".xml"),
        new Case(1, "diff", none + "-1.jsonl", none + "-2.jsonl"),
        new Case(74, "bench", none),
        new Case(74, "bench-clean", none),
        new Case(2, "ingest", "--db", tmp.resolve("db").toString(), "--date", "2024-02-30", a),
        new Case(4, "export", "--db", none),
        new Case(4, "serve", "--db", none, "--port", "0"),
        new Case(4, "store", "check", none),
        new Case(2, "bench-api", "--requests", "lots"),
        new Case(2, "pipeline", "--dictionaries", none),
        new Case(2, "dictionaries", "check", none),
        new Case(2, "help", "no-such-command"),
        new Case(2, "no-such-command"));
    Set<String> covered = new TreeSet<>();
    check(cases);
    for (Case c : cases) covered.add(c.args()[0]);
    Set<String> commands = new TreeSet<>(DyadCommand.commandLine().getSubcommands().keySet());
    commands.removeAll(covered);
    assertTrue(commands.isEmpty(), "commands without a user-error case here: " + commands);
  }

  @Test
  void aDamagedStoreIsOneReasonAndExitStatus4InEveryCommandThatOpensOne() throws IOException {
    String a = article().toString();
    Path db = store("zeroed");
    Files.write(db.resolve(EventStore.DB_FILE), new byte[8192]);
    Path index = store("no-index");
    try (Stream<Path> s = Files.list(index.resolve(EventStore.INDEX_DIR))) {
      for (Path f : s.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) Files.write(f, new byte[] {1, 2, 3});
    }
    for (Path damaged : List.of(db, index)) {
      String d = damaged.toString();
      List<Case> cases = new ArrayList<>(List.of(
          new Case(4, "ingest", "--db", d, "--date", "2024-03-12", a),
          new Case(4, "serve", "--db", d, "--port", "0"),
          new Case(4, "store", "check", d)));
      if (damaged == db) {
        // the database itself: also the commands that read only it, and repair, which rebuilds from it
        cases.add(new Case(4, "export", "--db", d));
        cases.add(new Case(4, "store", "repair", d));
        cases.add(new Case(4, "bench-api", "--db", d, "--events", "10", "--requests", "1", "--warmup", "0"));
      }
      check(cases);
    }
  }

  @Test
  void debugPrintsTheTrace() throws IOException {
    Path db = store("zeroed");
    Files.write(db.resolve(EventStore.DB_FILE), new byte[8192]);
    Run r = run("export", "--debug", "--db", db.toString());
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  /** A small real store: synthetic events, indexed. */
  private Path store(String name) throws IOException {
    Path db = tmp.resolve(name);
    try (EventStore s = EventStore.open(db, false); TextIndex index = TextIndex.open(s.indexDir(), true)) {
      SyntheticEvents.generate(s, 50, 1);
      new StoreWriter(s, index, "synthetic");
    }
    return db;
  }
}
