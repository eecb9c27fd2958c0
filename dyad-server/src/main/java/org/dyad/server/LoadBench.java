package org.dyad.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of {@code GET /api/events} with filters, on loopback: a fixed number of requests from a
 * few client threads, each timed from send to the last byte of the body. Reports requests/s over the whole run
 * and latency percentiles, overall and per kind of query.
 */
public final class LoadBench {
  private LoadBench() {}

  /** Latency figures in milliseconds for one kind of query (or "all"). */
  public record Figures(String query, int requests, int failed, double p50, double p95, double p99, double max) {}

  public record Report(int requests, int concurrency, double seconds, double requestsPerSecond, List<Figures> figures) {}

  private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "TUR", "SYR", "IND", "PAK", "NGA", "BRA", "VEN"};

  /** The kinds of query, each a template filled with random values: what a user of the UI asks for. */
  private static final String[] KINDS = {"recent", "country+year", "source-country+roots+quad", "code+confidence+offset", "dyad+sort", "text"};

  static String query(int kind, Random r) {
    String c = COUNTRIES[r.nextInt(COUNTRIES.length)], d = COUNTRIES[r.nextInt(COUNTRIES.length)];
    int year = 2015 + r.nextInt(10);
    return switch (kind) {
      case 0 -> "/api/events?limit=50";
      case 1 -> "/api/events?country=" + c + "&from=" + year + "-01-01&to=" + year + "-12-31&limit=50";
      case 2 -> "/api/events?source_country=" + c + "&root=18,19,20&quad_class=4&limit=50";
      case 3 -> "/api/events?code=0" + (1 + r.nextInt(9)) + "&min_confidence=0.7&offset=" + 50 * r.nextInt(10) + "&limit=50";
      case 4 -> "/api/events?source_country=" + c + "&target_country=" + d + "&sort=-goldstein&limit=50";
      default -> "/api/events?q=" + (r.nextBoolean() ? "fight" : "consult") + "&country=" + c + "&limit=50";
    };
  }

  public static Report run(int port, int requests, int warmup, int concurrency, long seed) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String base = "http://127.0.0.1:" + port;
    Random warm = new Random(seed - 1);
    for (int i = 0; i < warmup; i++) send(http, base + query(i % KINDS.length, warm));
    long[][] nanos = new long[KINDS.length][requests];
    int[] counts = new int[KINDS.length];
    int[] failed = new int[KINDS.length];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      Random r = new Random(seed + t);
      running.add(pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < requests) {
          int kind = i % KINDS.length;
          String url = base + query(kind, r);
          long t0 = System.nanoTime();
          boolean ok = send(http, url);
          long dt = System.nanoTime() - t0;
          synchronized (counts) {
            nanos[kind][counts[kind]++] = dt;
            if (!ok) failed[kind]++;
          }
        }
      }));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a client thread failed", e.getCause());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    List<Figures> figures = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    int allFailed = 0;
    for (int k = 0; k < KINDS.length; k++) {
      long[] ns = Arrays.copyOf(nanos[k], counts[k]);
      for (long n : ns) all.add(n);
      allFailed += failed[k];
      figures.add(figures(KINDS[k], ns, failed[k]));
    }
    figures.add(0, figures("all", all.stream().mapToLong(Long::longValue).toArray(), allFailed));
    return new Report(requests, concurrency, seconds, requests / seconds, figures);
  }

  private static boolean send(HttpClient http, String url) {
    try {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Figures figures(String name, long[] ns, int failed) {
    Arrays.sort(ns);
    return new Figures(name, ns.length, failed, pct(ns, 50), pct(ns, 95), pct(ns, 99), ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6);
  }

  /** Nearest-rank percentile, in milliseconds. */
  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) return 0;
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
