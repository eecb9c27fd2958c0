package org.dyad.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.clean.HtmlExtractor;
import org.dyad.server.IngestJobs;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher's bookkeeping on a real store and a loopback site, for items that never reach the coder: what is
 * final (a 404, a page without article text) is recorded and not fetched again; what may pass (a 500, a robots.txt
 * that cannot be read) is not recorded and is tried at the next poll; an unchanged feed is answered 304.
 */
class WatcherTest {
  @TempDir
  Path tmp;

  private HttpServer server;
  private volatile int robotsStatus = 200;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<String> said = new CopyOnWriteArrayList<>();

  private String site() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      int status = 200;
      String body;
      if (path.equals("/robots.txt")) {
        status = robotsStatus;
        body = "User-agent: *\nAllow: /\n";
      } else if (path.equals("/feed.xml")) {
        x.getResponseHeaders().add("Last-Modified", "Mon, 01 Apr 2024 10:00:00 GMT");
        if (x.getRequestHeaders().getFirst("If-Modified-Since") != null) {
          x.sendResponseHeaders(304, -1);
          x.close();
          return;
        }
        body = "<rss version=\"2.0\"><channel><title>t</title><link>/</link><description>d</description>"
            + "<item><link>/gone.html</link></item><item><link>/menu.html</link></item><item><link>/broken.html</link></item>"
            + "<item><title>no link</title></item></channel></rss>";
      } else if (path.equals("/menu.html")) {
        body = "<html><body><nav><a href=\"/a\">Home</a> <a href=\"/b\">World</a></nav></body></html>";
      } else {
        status = path.equals("/gone.html") ? 404 : 500;
        body = "no";
      }
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(status, b.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(b);
      }
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    if (server != null) server.stop(0);
  }

  private int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  @Test
  void finalOutcomesAreRecordedAndPassingOnesTriedAgain() throws Exception {
    String base = site();
    try (EventStore store = EventStore.open(tmp.resolve("db"), false); TextIndex index = TextIndex.open(store.indexDir(), true);
        IngestJobs jobs = new IngestJobs(new StoreWriter(store, index, "test"), () -> {
          throw new AssertionError("none of these pages has text to code");
        }, 1);
        WatchedItems done = new WatchedItems(store)) {
      Watcher w = new Watcher(List.of(URI.create(base + "/feed.xml")), new PoliteHttp(Duration.ZERO), jobs, done, HtmlExtractor.load(null), said::add);
      Watcher.Poll first = w.poll();
      assertEquals(new Watcher.Poll(3, 0, 0, 3), first, String.join("\n", said));
      assertTrue(done.done(base + "/gone.html"), "a 404 is final");
      assertTrue(done.done(base + "/menu.html"), "a page without article text is final");
      assertFalse(done.done(base + "/broken.html"), "a 500 may pass");
      assertTrue(said.stream().anyMatch(l -> l.contains("1 item(s) without a web address")), said.toString());
      assertTrue(said.stream().anyMatch(l -> l.startsWith("dyad: " + base + "/menu.html: page has no article text")), said.toString());

      Watcher.Poll second = w.poll();
      assertEquals(2, hits("/feed.xml"));
      assertEquals(new Watcher.Poll(1, 0, 0, 1), second, "an unchanged feed (304): only the page that failed is tried again");
      assertEquals(1, hits("/gone.html"));
      assertEquals(1, hits("/menu.html"));
      assertEquals(2, hits("/broken.html"));
    }
  }

  @Test
  void anUnreadableRobotsTxtLeavesItemsForLater() throws Exception {
    robotsStatus = 503;
    String base = site();
    try (EventStore store = EventStore.open(tmp.resolve("db"), false); TextIndex index = TextIndex.open(store.indexDir(), true);
        IngestJobs jobs = new IngestJobs(new StoreWriter(store, index, "test"), () -> {
          throw new AssertionError("nothing may be fetched");
        }, 1);
        WatchedItems done = new WatchedItems(store)) {
      Watcher w = new Watcher(List.of(URI.create(base + "/feed.xml")), new PoliteHttp(Duration.ZERO), jobs, done, HtmlExtractor.load(null), said::add);
      assertEquals(0, w.poll().newItems(), "the feed itself is off limits for now");
      assertEquals(0, hits("/feed.xml"));
      assertTrue(said.stream().anyMatch(l -> l.contains("could not be read")), said.toString());
      assertFalse(done.done(base + "/gone.html"));
    }
  }
}
