package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.SyntheticEvents;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "ingest fails with a DuckDB lock stack trace while serve runs": a real {@code dyad serve} JVM holds the
 * store, read-only and with an admin token (the writer); {@code dyad ingest} into it stops with one line that names
 * the cause and the ways in that work while it is served, and the store is left as it was.
 */
@Tag("issue-17")
class ServedStoreIngestTest {
  @TempDir
  Path tmp;

  @Test
  void ingestIntoAServedStoreIsOneLineNamingTheWayIn() throws Exception {
    Path db = tmp.resolve("db");
    try (EventStore s = EventStore.open(db, false); TextIndex index = TextIndex.open(s.indexDir(), true)) {
      SyntheticEvents.generate(s, 30, 1);
      new StoreWriter(s, index, "synthetic");
    }
    Path article = Files.writeString(tmp.resolve("a.txt"), "Iran condemned the Israeli airstrikes on Damascus on Monday.");
    Path tokenFile = Files.writeString(tmp.resolve("token"), "served-store-token-0123456789\n");
    for (List<String> mode : List.of(List.<String>of(), List.of("--admin-token-file", tokenFile.toString()))) {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db.toString(), "--port", "0"));
      cmd.addAll(mode);
      Process serve = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      try {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("dyad: serving")) {
          // Javalin's start lines
        }
        assertTrue(line != null, "serve started " + mode);
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = DyadCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("ingest", "--db", db.toString(), "--date", "2024-03-12", article.toString());
        String said = err.toString();
        assertEquals(DyadCommand.STORE_UNAVAILABLE, exit, said);
        assertEquals(1, said.strip().lines().count(), "one line: " + said);
        assertTrue(said.contains("in use by another process (PID " + serve.pid() + ")"), said);
        assertTrue(said.contains("POST them to /api/ingest") && said.contains("'dyad watch'"), "names the ways in: " + said);
        assertFalse(said.contains("\tat ") || said.contains("SQLException") || said.contains("IOException"), said);
      } finally {
        serve.toHandle().destroy();
        serve.waitFor(30, TimeUnit.SECONDS);
      }
    }
    try (EventStore s = EventStore.open(db, true)) {
      assertEquals(30, s.count("events"), "the store is as it was");
    }
  }
}
