package org.dyad.watch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.DocError;
import org.dyad.ingest.HtmlReader;
import org.dyad.ingest.Ingested;
import org.dyad.io.DefaultDate;
import org.dyad.io.IoErrors;
import org.dyad.server.IngestJobs;
import org.dyad.store.Ingestor;
import org.dyad.store.StoreException;

/**
 * Polls feeds and stores their new articles: each poll asks every feed with a conditional GET, fetches the page of
 * each item not done before, reads it as {@code dyad code} reads an HTML page, and queues it on the store's one
 * writer ({@link IngestJobs}), one article per job so each is visible as soon as it is coded. Tells one line per
 * article (stored with its events, or why not) and per feed problem, in the words other commands use.
 */
public final class Watcher {
  /** Totals of one poll. */
  public record Poll(int newItems, int stored, int events, int failed) {}

  /** What a feed said last: its validators, and its items, which a 304 says are still the same. */
  private record FeedState(String etag, String lastModified, List<FeedItems.Item> items) {}

  private final List<URI> feeds;
  private final PoliteHttp http;
  private final IngestJobs jobs;
  private final WatchedItems done;
  private final HtmlExtractor extractor;
  private final Consumer<String> say;
  private final Map<URI, FeedState> feedStates = new HashMap<>();

  public Watcher(List<URI> feeds, PoliteHttp http, IngestJobs jobs, WatchedItems done, HtmlExtractor extractor, Consumer<String> say) {
    this.feeds = List.copyOf(feeds);
    this.http = http;
    this.jobs = jobs;
    this.done = done;
    this.extractor = extractor;
    this.say = say;
  }

  /** Polls until interrupted, {@code interval} from the start of one poll to the start of the next. */
  public void run(Duration interval) throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      long start = System.nanoTime();
      Poll p = poll();
      if (p.newItems() > 0) {
        say.accept("dyad: " + p.newItems() + " new item(s): " + p.stored() + " stored with " + p.events() + " event(s), " + p.failed()
            + " not stored");
      }
      long left = interval.toMillis() - (System.nanoTime() - start) / 1_000_000;
      if (left > 0) Thread.sleep(left);
    }
    throw new InterruptedException();
  }

  /** One pass over every feed. */
  public Poll poll() throws InterruptedException {
    // Today as of this poll: a page and an item that state no date are news of the day they were fetched.
    HtmlReader pages = new HtmlReader(extractor, DefaultDate.of(LocalDate.now(ZoneOffset.UTC)));
    Poll total = new Poll(0, 0, 0, 0);
    for (URI feed : feeds) {
      for (FeedItems.Item item : newItems(feed)) {
        Poll p = article(feed, item, pages);
        total = new Poll(total.newItems() + 1, total.stored() + p.stored(), total.events() + p.events(), total.failed() + p.failed());
      }
    }
    return total;
  }

  /** The feed's items not done before; none when it is unchanged (304) or cannot be read, which is said. */
  private List<FeedItems.Item> newItems(URI feed) throws InterruptedException {
    FeedState st = feedStates.getOrDefault(feed, new FeedState(null, null, List.of()));
    PoliteHttp.Response r;
    try {
      r = http.get(feed, st.etag(), st.lastModified());
    } catch (IOException e) {
      say.accept("dyad: " + feed + ": cannot fetch the feed: " + IoErrors.describe(e) + " (trying again next poll)");
      return List.of();
    } catch (PoliteHttp.Disallowed e) {
      say.accept("dyad: " + feed + ": " + e.getMessage() + "; not fetched");
      return List.of();
    }
    // Unchanged: its items that are not done yet (a page that failed to download) are tried again.
    if (r.status() == 304) return notDone(st.items());
    if (r.status() != 200) {
      say.accept("dyad: " + feed + ": the server answered HTTP " + r.status() + " (trying again next poll)");
      return List.of();
    }
    FeedItems.Parsed parsed;
    try {
      parsed = FeedItems.parse(r.body(), r.uri());
    } catch (FeedItems.NotAFeed e) {
      say.accept("dyad: " + feed + ": " + e.getMessage());
      return List.of();
    }
    // Remembered only once the body was read: a feed that broke is asked for in full next time.
    feedStates.put(feed, new FeedState(r.etag(), r.lastModified(), parsed.items()));
    if (parsed.withoutLink() > 0) say.accept("dyad: " + feed + ": " + parsed.withoutLink() + " item(s) without a web address skipped");
    return notDone(parsed.items());
  }

  private List<FeedItems.Item> notDone(List<FeedItems.Item> items) {
    return items.stream().filter(i -> !done.done(i.url().toString())).toList();
  }

  /** Fetches, codes and stores one item's article; says what became of it and records it when that is final. */
  private Poll article(URI feed, FeedItems.Item item, HtmlReader pages) throws InterruptedException {
    String url = item.url().toString();
    PoliteHttp.Response page;
    try {
      page = http.get(item.url(), null, null);
    } catch (IOException e) {
      say.accept("dyad: " + url + ": cannot fetch the page: " + IoErrors.describe(e) + " (trying again next poll)");
      return new Poll(1, 0, 0, 1);
    } catch (PoliteHttp.Disallowed e) {
      if (e.lasting()) return finish(feed, url, e.getMessage());
      say.accept("dyad: " + url + ": " + e.getMessage() + " (trying again next poll)");
      return new Poll(1, 0, 0, 1);
    }
    if (page.status() >= 500 || page.status() == 429) {
      say.accept("dyad: " + url + ": the server answered HTTP " + page.status() + " (trying again next poll)");
      return new Poll(1, 0, 0, 1);
    }
    if (page.status() != 200) return finish(feed, url, "the server answered HTTP " + page.status());
    Ingested in = pages.page(url, page.uri().toString(), page.charset(), item.date(), page.body());
    IngestJobs.Job job = jobs.submit(url, List.of(in).iterator());
    Ingestor.Totals t;
    try {
      t = job.await();
    } catch (StoreException e) {
      say.accept("dyad: " + url + ": could not be stored: " + e.getMessage() + " (trying again next poll)");
      return new Poll(1, 0, 0, 1);
    }
    List<DocError> errors = job.errors();
    if (t.added() + t.replaced() > 0) {
      for (DocError e : errors) say.accept("dyad: " + url + ": " + e.message()); // warnings of a stored article
      done.mark(url, feed.toString(), "stored");
      say.accept("dyad: " + url + ": stored, " + t.events() + " event(s)");
      return new Poll(1, 1, t.events(), 0);
    }
    if (t.skipped() > 0) {
      done.mark(url, feed.toString(), "already stored");
      say.accept("dyad: " + url + ": already stored");
      return new Poll(1, 0, 0, 0);
    }
    return finish(feed, url, errors.isEmpty() ? "no sentences to code" : errors.get(0).message());
  }

  /** An item that will not be tried again: recorded with the reason, and the reason said. */
  private Poll finish(URI feed, String url, String reason) {
    done.mark(url, feed.toString(), reason);
    say.accept("dyad: " + url + ": " + reason);
    return new Poll(1, 0, 0, 1);
  }
}
