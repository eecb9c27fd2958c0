package org.dyad.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.dyad.ingest.HtmlReader;

/**
 * HTTP GET as a polite crawler does it, with the JDK client: robots.txt read once an hour per host and obeyed, one
 * request at a time per host with at least {@code delay} between them (or the host's longer Crawl-delay), bodies
 * read up to {@link HtmlReader#MAX_PAGE_BYTES} and no further. Used from one thread.
 */
public final class PoliteHttp {
  public static final String USER_AGENT = Robots.PRODUCT + "/1.0 (event coder; honours robots.txt)";
  private static final Duration ROBOTS_TTL = Duration.ofHours(1);
  private static final Duration ROBOTS_RETRY = Duration.ofMinutes(5);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** An answer: status, body (empty for 304), headers we use, and the charset the server declared (or null). */
  public record Response(int status, byte[] body, String etag, String lastModified, String charset, URI uri) {}

  /**
   * Refused without asking: robots.txt disallows the URL ({@code lasting}), or could not be read, which allows nothing
   * for now but says nothing about later.
   */
  public static final class Disallowed extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean lasting;

    Disallowed(URI uri, boolean lasting) {
      super(lasting ? "robots.txt of " + uri.getHost() + " disallows " + uri.getRawPath()
          : "robots.txt of " + uri.getHost() + " could not be read, which allows nothing for now");
      this.lasting = lasting;
    }

    public boolean lasting() {
      return lasting;
    }
  }

  /** A host's rules and until when they hold: an hour when read, minutes when robots.txt could not be read. */
  private record HostRobots(Robots robots, Instant until) {}

  private final HttpClient client;
  private final Duration delay;
  private final Map<String, Instant> nextTurn = new HashMap<>();
  private final Map<String, HostRobots> robots = new HashMap<>();

  public PoliteHttp(Duration delay) {
    this.delay = delay;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** GET with the given conditional headers (null for none); throws {@link Disallowed} when robots.txt says no. */
  public Response get(URI uri, String ifNoneMatch, String ifModifiedSince) throws IOException, InterruptedException, Disallowed {
    Robots r = robots(uri);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!r.allowed(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())) throw new Disallowed(uri, r != Robots.DISALLOW_ALL);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", USER_AGENT).GET();
    if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
    if (ifModifiedSince != null) b.header("If-Modified-Since", ifModifiedSince);
    return send(uri, b.build(), r.crawlDelay());
  }

  private Response send(URI uri, HttpRequest req, Duration crawlDelay) throws IOException, InterruptedException {
    String host = key(uri);
    Instant turn = nextTurn.getOrDefault(host, Instant.MIN);
    Duration wait = Duration.between(Instant.now(), turn);
    if (!wait.isNegative()) Thread.sleep(wait.toMillis());
    try {
      HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      try (InputStream in = resp.body()) {
        body = in.readNBytes(HtmlReader.MAX_PAGE_BYTES + 1); // one byte over: the reader reports the page too large
      }
      return new Response(resp.statusCode(), body, resp.headers().firstValue("ETag").orElse(null),
          resp.headers().firstValue("Last-Modified").orElse(null), charset(resp.headers().firstValue("Content-Type").orElse("")), resp.uri());
    } finally {
      Duration gap = crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay;
      nextTurn.put(host, Instant.now().plus(gap));
    }
  }

  /** The host's rules, read again once they are an hour old. */
  private Robots robots(URI uri) throws InterruptedException {
    String host = key(uri);
    HostRobots known = robots.get(host);
    if (known != null && known.until().isAfter(Instant.now())) return known.robots();
    Robots r;
    URI at = uri.resolve("/robots.txt");
    try {
      Response resp = send(at, HttpRequest.newBuilder(at).timeout(TIMEOUT).header("User-Agent", USER_AGENT).GET().build(), Duration.ZERO);
      if (resp.status() >= 200 && resp.status() < 300) r = Robots.parse(new String(resp.body(), StandardCharsets.UTF_8));
      else if (resp.status() >= 400 && resp.status() < 500) r = Robots.ALLOW_ALL;
      else r = Robots.DISALLOW_ALL;
    } catch (IOException e) {
      r = Robots.DISALLOW_ALL; // RFC 9309: an unreachable robots.txt means the site is off limits for now
    }
    robots.put(host, new HostRobots(r, Instant.now().plus(r == Robots.DISALLOW_ALL ? ROBOTS_RETRY : ROBOTS_TTL)));
    return r;
  }

  private static String key(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }

  private static String charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) return p.substring(8).replace("\"", "").strip();
    }
    return null;
  }
}
