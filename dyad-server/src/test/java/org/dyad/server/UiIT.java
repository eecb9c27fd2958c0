package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dyad.store.EventStore;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI, as built by this module's npm step, served by a real server over a store of coded examples and
 * driven in headless Debian Chromium by the Playwright script {@code web/test/ui.mjs} (which holds the steps and
 * assertions: load, filter, click an event and see its sentence, open the article, export CSV) and
 * {@code web/test/checks.mjs} (one step per UI defect of issue 17: Reset, filters in the address bar, the new
 * filters, no javascript: links, the verb mark, the timeline's axis, the network, empty and loading states, the
 * glossary, a 390 px screen).
 */
class UiIT {
  @Test
  void theUiLoadsFiltersAndShowsAnEventsSentence(@TempDir Path dir) throws Exception {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    assertTrue(Files.isExecutable(chromium), chromium + " is missing: install Debian's chromium package (.ci/run does)");
    ExampleStore examples = new ExampleStore();
    examples.buildInto(dir.resolve("store"));
    examples.add(dir.resolve("store"), ExampleStore.HOSTILE);
    examples.add(dir.resolve("store"), ExampleStore.UI_CASES);
    Path web = Path.of(System.getProperty("dyad.web", "web"));
    Path shots = Path.of(System.getProperty("dyad.screenshots", "target/ui-screenshots"));
    try (EventStore store = EventStore.open(dir.resolve("store"), true); TextIndex index = TextIndex.open(store.indexDir(), false);
        ApiServer server = ApiServer.start(ServerOptions.loopback(0), store, index, null, null, 0)) {
      Path log = dir.resolve("ui.log");
      ProcessBuilder pb = new ProcessBuilder("node", "test/ui.mjs").directory(web.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("DYAD_URL", "http://127.0.0.1:" + server.port());
      pb.environment().put("DYAD_SCREENSHOTS", shots.toAbsolutePath().toString());
      pb.environment().put("CHROMIUM", chromium.toString());
      Process p = pb.start();
      boolean done = p.waitFor(3, TimeUnit.MINUTES);
      if (!done) p.destroyForcibly();
      String out = Files.readString(log, StandardCharsets.UTF_8);
      System.out.println(out);
      assertTrue(done, "the browser test finished in time:\n" + out);
      assertEquals(0, p.exitValue(), "the browser test passed:\n" + out);
      assertTrue(out.contains("ui: all 17 steps passed"), out);
      assertTrue(Files.size(shots.resolve("narrow.png")) > 10_000);
      assertTrue(Files.size(shots.resolve("event-detail.png")) > 10_000);
    }
  }
}
