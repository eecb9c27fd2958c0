package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, live feeds: a real {@code dyad watch} JVM polls a feed on a loopback site while its server answers the
 * API. Items added to the feed are visible as events through the API within one poll interval; after a SIGKILL and a
 * restart nothing is lost (an item added while it was down is stored) and nothing is doubled (no page fetched twice,
 * each article once, its events unchanged). robots.txt is obeyed and the feed is asked for conditionally.
 */
@Tag("issue-17")
class WatchIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int INTERVAL_S = 3;
  private static final Pattern SERVING = Pattern.compile("dyad: serving .* at http://127\\.0\\.0\\.1:(\\d+)/");

  /** A watcher JVM, its standard error read line by line as it comes, and the port its server took. */
  private record Watcher(Process process, List<String> err, int port, Thread reader) {}

  private static Watcher start(Path db, FeedSite site) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2500m", "-Xss4m",
        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "watch", "--db", db.toString(),
        "--port", "0", "--interval", Integer.toString(INTERVAL_S), "--delay", "0.05", site.feedUrl())
        .redirectErrorStream(true).start();
    List<String> err = new CopyOnWriteArrayList<>();
    int[] port = {0};
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          err.add(line);
          Matcher m = SERVING.matcher(line);
          if (m.find()) port[0] = Integer.parseInt(m.group(1));
        }
      } catch (java.io.IOException ignored) {
        // the process was killed: its output ends here
      }
    });
    reader.setDaemon(true);
    reader.start();
    waitFor(() -> port[0] > 0 || !p.isAlive(), 240, "the watcher to serve: " + err);
    assertTrue(p.isAlive(), String.join("\n", err));
    return new Watcher(p, err, port[0], reader);
  }

  private static void waitFor(BooleanSupplier done, int seconds, String what) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) throw new AssertionError("waited " + seconds + " s for " + what);
      Thread.sleep(100);
    }
  }

  private static JsonNode api(Watcher w, String path) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), path + ": " + r.body());
      return JSON.readTree(r.body());
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError(path + ": " + e, e);
    }
  }

  private static long articles(Watcher w) {
    return api(w, "/api/meta").get("articles").asLong();
  }

  /** Events by article (its page address), as the API tells them. */
  private static Map<String, Integer> eventsByArticle(Watcher w) {
    Map<String, Integer> m = new TreeMap<>();
    for (JsonNode e : api(w, "/api/events?limit=500").get("items")) m.merge(e.get("doc_id").asText(), 1, Integer::sum);
    return m;
  }

  @Test
  void aWatcherStoresNewItemsWhileServingAndAKillLosesAndDoublesNothing(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("db");
    try (FeedSite site = new FeedSite()) {
      site.add(1, 2);
      Watcher first = start(db, site);
      try {
        waitFor(() -> articles(first) == 2, 180, "the first two items: " + first.err());
        Map<String, Integer> before = eventsByArticle(first);
        assertEquals(List.of(site.page(1), site.page(2)), List.copyOf(before.keySet()), "both items coded into events: " + first.err());

        long added = System.nanoTime();
        site.add(3, 4);
        waitFor(() -> articles(first) == 4, 120, "the added items: " + first.err());
        long nextPoll = site.feedRequests.stream().filter(t -> t > added).findFirst().orElseThrow();
        assertTrue(TimeUnit.NANOSECONDS.toMillis(nextPoll - added) <= INTERVAL_S * 1000L + 2000,
            "the next poll came within one interval of the items being added");
        Map<String, Integer> after = eventsByArticle(first);
        assertTrue(after.keySet().containsAll(List.of(site.page(3), site.page(4))), "the new items' events are served: " + after);
      } finally {
        first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the store
        first.process().waitFor(60, TimeUnit.SECONDS);
      }
      Map<String, Integer> beforeKill = Map.copyOf(eventsOf(db, site, 4));

      site.add(5); // while no watcher runs
      Watcher second = start(db, site);
      try {
        waitFor(() -> articles(second) == 5, 180, "the item added while the watcher was down: " + second.err());
        Map<String, Integer> now = eventsByArticle(second);
        for (var e : beforeKill.entrySet()) assertEquals(e.getValue(), now.get(e.getKey()), "events of " + e.getKey() + " unchanged");
        assertTrue(now.containsKey(site.page(5)), now.toString());
        Thread.sleep(INTERVAL_S * 1000L + 1000); // one more poll: still nothing fetched twice
        for (int n = 1; n <= 5; n++) assertEquals(1, site.hits("/news/" + n + ".html"), "page " + n + " fetched once: " + site.hits);
        assertEquals(0, site.hits("/private/secret.html"), "robots.txt keeps the watcher out of /private/");
        assertEquals(5, articles(second));
        assertTrue(site.notModified.get() > 0, "an unchanged feed was answered 304 to a conditional request");
      } finally {
        second.process().toHandle().destroy(); // SIGTERM (Process.destroy would also close the pipe we read its last lines from)
        assertTrue(second.process().waitFor(60, TimeUnit.SECONDS), "the watcher stops on SIGTERM");
        second.reader().join(10_000); // its last lines
      }
      assertTrue(second.err().stream().anyMatch(l -> l.startsWith("dyad: stopped;")), String.join("\n", second.err()));
      assertEquals(5, eventsOf(db, site, 5).size());
    }
  }

  /** Events per article read from the store file itself; each URL must be there once, with {@code count} articles in all. */
  private static Map<String, Integer> eventsOf(Path db, FeedSite site, int count) throws Exception {
    Map<String, Integer> m = new TreeMap<>();
    try (EventStore store = EventStore.open(db, true); Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT a.url, count(e.id), count(DISTINCT a.id) FROM articles a LEFT JOIN events e ON e.article_id = a.id"
            + " GROUP BY a.url ORDER BY a.url")) {
      while (r.next()) {
        assertEquals(1, r.getInt(3), "one article for " + r.getString(1));
        m.put(r.getString(1), r.getInt(2));
      }
      try (ResultSet w = s.executeQuery("SELECT count(*) FROM watch_items WHERE url LIKE '%/private/%' AND outcome LIKE '%robots.txt%'")) {
        w.next();
        assertEquals(1, w.getInt(1), "the forbidden item is recorded with its reason");
      }
    }
    assertEquals(count, m.size(), m.toString());
    for (int n = 1; n <= count; n++) assertTrue(m.get(site.page(n)) > 0, "item " + n + " has events: " + m);
    return m;
  }
}
