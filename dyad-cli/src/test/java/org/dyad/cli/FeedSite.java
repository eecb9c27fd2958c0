package org.dyad.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on loopback for {@code dyad watch} tests: an RSS feed of the items added so far (with an ETag, and 304
 * for a request that has it), one page per item, a robots.txt that keeps {@code /private/} off limits, and a count of
 * every request by path with the time of each feed request.
 */
final class FeedSite implements AutoCloseable {
  private final HttpServer server;
  private final List<Integer> items = new CopyOnWriteArrayList<>();
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final List<Long> feedRequests = new CopyOnWriteArrayList<>();
  final AtomicInteger notModified = new AtomicInteger();

  FeedSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String feedUrl() {
    return base() + "/feed.xml";
  }

  /** The page address of item {@code n}. */
  String page(int n) {
    return base() + "/news/" + n + ".html";
  }

  void add(int... ns) {
    for (int n : ns) items.add(n);
  }

  int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  /** Short articles, each with an arrest the coder codes; the number and city keep their texts apart. */
  static String text(int n) {
    String[] cities = {"Caracas", "Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Lisbon"};
    return "Police arrested " + (20 + n) + " protesters in " + cities[n % cities.length] + " on Monday, officials said. "
        + "The demonstrators had gathered outside the parliament for a third day.";
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    if (path.equals("/robots.txt")) {
      send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    } else if (path.equals("/feed.xml")) {
      feedRequests.add(System.nanoTime());
      String etag = "\"items-" + items.size() + "\"";
      x.getResponseHeaders().add("ETag", etag);
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        x.sendResponseHeaders(304, -1);
        x.close();
        return;
      }
      send(x, 200, "application/rss+xml", feed());
    } else if (path.matches("/news/\\d+\\.html")) {
      int n = Integer.parseInt(path.replaceAll("\\D", ""));
      send(x, items.contains(n) ? 200 : 404, "text/html; charset=utf-8", "<html><head><title>Report " + n + "</title></head><body><article>"
          + "<h1>Report " + n + "</h1><p>" + text(n) + "</p></article></body></html>");
    } else {
      send(x, 404, "text/plain", "not here");
    }
  }

  private String feed() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test news</title>"
        + "<link>" + base() + "/</link><description>items for dyad watch</description>");
    // An item robots.txt forbids: listed in the feed, it must never be fetched.
    b.append("<item><title>Private</title><link>/private/secret.html</link></item>");
    for (int n : items) {
      b.append("<item><title>Report ").append(n).append("</title><link>").append(page(n)).append("</link><guid>").append(page(n))
          .append("</guid><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, b.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
