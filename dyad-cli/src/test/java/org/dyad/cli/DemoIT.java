package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, a newcomer's first five minutes: {@code dyad demo} run as a user runs it (its own JVM through Main)
 * builds a real store from the bundled VOA sample and serves it over HTTP; the README's screenshots are taken by
 * headless Chromium from that server ({@code dyad-server/web/test/screenshots.mjs}). They go to
 * {@code target/demo-screenshots}, or to the folder {@code -Ddyad.docs=DIR} names (the README's: {@code ../docs}).
 */
class DemoIT {
  private static final Pattern SERVING = Pattern.compile("serving .* at (http://[^/\\s]+/)");
  private static final int STORIES = 13;

  @Test
  void demoBuildsAStoreFromTheSampleServesItAndTheScreenshotsAreTakenFromIt(@TempDir Path dir) throws Exception {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    assertTrue(Files.isExecutable(chromium), chromium + " is missing: install Debian's chromium package (.ci/run does)");
    Path db = dir.resolve("demo");
    Process demo = dyad("demo", "--db", db.toString(), "--port", "0").start();
    List<String> said = new ArrayList<>();
    // Not closed here: a thread drains it once the address is read, and it ends when the process does.
    BufferedReader err = new BufferedReader(new InputStreamReader(demo.getErrorStream(), StandardCharsets.UTF_8));
    try {
      String url = awaitUrl(err, said);
      assertNotNull(url, "demo printed the address it serves:\n" + String.join("\n", said));
      JsonNode events = get(url + "api/events?limit=5");
      assertTrue(events.get("total").asInt() > 20, "the sample codes into events: " + events);
      assertEquals(5, events.get("items").size());
      screenshots(url, chromium, dir);
    } finally {
      demo.destroy(); // SIGTERM: the server's shutdown hook closes the store
      assertTrue(demo.waitFor(60, TimeUnit.SECONDS), "the demo server stops on SIGTERM");
    }
    assertEquals(List.of(Integer.toString(STORIES), "13"), List.of(query(db, "SELECT count(*) FROM articles"),
        query(db, "SELECT count(DISTINCT doc_id) FROM articles WHERE url LIKE 'https://www.voanews.com/%'")));
    int stored = Integer.parseInt(query(db, "SELECT count(*) FROM events"));
    assertTrue(stored > 20, "events stored: " + stored);
    // The README's screenshot once showed events dated 2100; the demo's newest events are the sample's own.
    assertEquals("0", query(db, "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE e.date > a.date + INTERVAL 1 YEAR"));

    // Run again: the stories are found stored, nothing is coded twice, and it says where the store is.
    Process again = dyad("demo", "--db", db.toString(), "--no-serve").start();
    String out = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(again.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, again.exitValue(), out);
    assertTrue(out.contains("13 unchanged"), out);
    assertTrue(out.contains("dyad serve --db " + db), out);
    assertEquals(Integer.toString(stored), query(db, "SELECT count(*) FROM events"));
  }

  /** Reads standard error until the server says where it listens (the first run codes the sample first). */
  private static String awaitUrl(BufferedReader err, List<String> said) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    for (String line; System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
      said.add(line);
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        // later lines (request logs) must not fill the pipe and stall the server
        Thread drain = new Thread(() -> {
          try {
            while (err.readLine() != null) continue;
          } catch (java.io.IOException e) {
            return; // the stream is closed when the process is stopped
          }
        });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    return null;
  }

  private static void screenshots(String url, Path chromium, Path dir) throws Exception {
    Path out = Path.of(System.getProperty("dyad.docs", "target/demo-screenshots")).toAbsolutePath();
    Files.createDirectories(out);
    Path web = Path.of(System.getProperty("dyad.web", "../dyad-server/web"));
    Path log = dir.resolve("screenshots.log");
    ProcessBuilder pb = new ProcessBuilder("node", "test/screenshots.mjs", out.toString()).directory(web.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("DYAD_URL", url);
    pb.environment().put("CHROMIUM", chromium.toString());
    Process p = pb.start();
    boolean done = p.waitFor(3, TimeUnit.MINUTES);
    if (!done) p.destroyForcibly();
    String said = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(done && p.exitValue() == 0, "the screenshots were taken:\n" + said);
    for (String shot : List.of("ui-overview.png", "ui-map.png")) {
      assertTrue(Files.size(out.resolve(shot)) > 20_000, shot + " holds a picture");
    }
  }

  private static ProcessBuilder dyad(String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g", "-Xss4m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return new ObjectMapper().readTree(r.body());
  }

  private static String query(Path db, String sql) throws Exception {
    try (EventStore store = EventStore.open(db, true); Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
