package org.dyad.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watcher's HTTP on a real loopback server: robots.txt obeyed and read once, the per-host delay, conditional GET. */
class PoliteHttpTest {
  private HttpServer server;
  private final Map<String, List<Long>> requests = new ConcurrentHashMap<>();

  /** A site whose robots.txt answers {@code robotsStatus} with {@code robots}; every other path is a small page with an ETag. */
  private String site(int robotsStatus, String robots) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
      boolean isRobots = path.equals("/robots.txt");
      if (!isRobots && "\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        x.close();
        return;
      }
      byte[] b = (isRobots ? robots : "<p>page</p>").getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().add("ETag", "\"v1\"");
      x.getResponseHeaders().add("Content-Type", "text/html; charset=ISO-8859-1");
      x.sendResponseHeaders(isRobots ? robotsStatus : 200, b.length);
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
    return requests.getOrDefault(path, List.of()).size();
  }

  @Test
  void robotsIsReadOnceAndObeyed() throws Exception {
    String base = site(200, "User-agent: *\nDisallow: /private/\n");
    PoliteHttp http = new PoliteHttp(Duration.ZERO);
    PoliteHttp.Response r = http.get(URI.create(base + "/news/1.html"), null, null);
    assertEquals(200, r.status());
    assertEquals("\"v1\"", r.etag());
    assertEquals("ISO-8859-1", r.charset());
    assertTrue(assertThrows(PoliteHttp.Disallowed.class, () -> http.get(URI.create(base + "/private/2.html"), null, null)).lasting());
    http.get(URI.create(base + "/news/3.html"), null, null);
    assertEquals(0, hits("/private/2.html"), "a disallowed page is never asked for");
    assertEquals(1, hits("/robots.txt"), "robots.txt is read once per host");
  }

  @Test
  void requestsToOneHostKeepTheDelayApartAndALongerCrawlDelayWins() throws Exception {
    String base = site(200, "User-agent: *\nCrawl-delay: 0.4\n");
    PoliteHttp http = new PoliteHttp(Duration.ofMillis(100));
    for (int i = 0; i < 3; i++) http.get(URI.create(base + "/page"), null, null);
    List<Long> t = requests.get("/page");
    assertEquals(3, t.size());
    for (int i = 1; i < t.size(); i++) {
      long gapMs = (t.get(i) - t.get(i - 1)) / 1_000_000;
      assertTrue(gapMs >= 380, "requests " + gapMs + " ms apart, robots.txt asked for 400");
    }
  }

  @Test
  void aConditionalRequestGets304() throws Exception {
    String base = site(404, "");
    PoliteHttp http = new PoliteHttp(Duration.ZERO);
    assertEquals(200, http.get(URI.create(base + "/feed.xml"), null, null).status(), "no robots.txt (404): everything allowed");
    PoliteHttp.Response again = http.get(URI.create(base + "/feed.xml"), "\"v1\"", null);
    assertEquals(304, again.status());
    assertEquals(0, again.body().length);
  }

  @Test
  void anUnreadableRobotsTxtAllowsNothing() throws Exception {
    String base = site(503, "busy");
    PoliteHttp http = new PoliteHttp(Duration.ZERO);
    PoliteHttp.Disallowed d = assertThrows(PoliteHttp.Disallowed.class, () -> http.get(URI.create(base + "/news/1.html"), null, null));
    assertTrue(d.getMessage().contains("robots.txt of 127.0.0.1 could not be read"), d.getMessage());
    assertTrue(!d.lasting(), "a robots.txt that could not be read keeps nothing out for good");
    assertEquals(0, hits("/news/1.html"));
  }
}
