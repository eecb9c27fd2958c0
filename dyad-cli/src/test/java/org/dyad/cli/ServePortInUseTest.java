package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * Issue 15 leftover: a port in use. {@link ErrorModelTest} sees only what the command writes to its own error
 * stream; the server library logs to the process's standard error as well, so this runs {@code dyad serve} in its
 * own JVM and reads everything it prints: exactly one line, ours.
 */
@Tag("issue-15")
class ServePortInUseTest {
  @Test
  void aPortInUseIsOneLineOnTheProcessStandardError(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("db");
    try (EventStore s = EventStore.open(db, false); TextIndex index = TextIndex.open(s.indexDir(), true)) {
      SyntheticEvents.generate(s, 20, 1);
      new StoreWriter(s, index, "synthetic");
    }
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db.toString(), "--port",
          Integer.toString(taken.getLocalPort()))).redirectErrorStream(true).start();
      p.getOutputStream().close();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve should give up at once");
      String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(DyadCommand.CANNOT_LISTEN, p.exitValue(), all);
      List<String> lines = all.strip().lines().toList();
      assertEquals(1, lines.size(), "exactly one line: " + all);
      assertTrue(lines.get(0).startsWith("dyad: cannot listen on 127.0.0.1:" + taken.getLocalPort()), all);
      assertTrue(lines.get(0).contains("is in use"), all);
    }
  }

  @Test
  void aHostThatIsNotThisMachineIsOneLineToo(@TempDir Path tmp) throws IOException {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine
    Path db = tmp.resolve("db");
    try (EventStore s = EventStore.open(db, false); TextIndex index = TextIndex.open(s.indexDir(), true)) {
      new StoreWriter(s, index, "synthetic");
    }
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = DyadCommand.commandLine();
    cl.setErr(new java.io.PrintWriter(err));
    int exit = cl.execute("serve", "--db", db.toString(), "--host", "192.0.2.1", "--port", "18099");
    assertEquals(DyadCommand.CANNOT_LISTEN, exit, err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }
}
