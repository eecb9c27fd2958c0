package org.dyad.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The items of an RSS or Atom feed as {@code dyad watch} needs them: the article's address (link, else a guid that
 * is a web address, resolved against the feed's), and the entry's date for a page that states none. Read with ROME
 * as {@code FeedReader} reads feed files, doctypes refused.
 */
public final class FeedItems {
  private FeedItems() {}

  /** One item: where its article is, and its date (null when the feed gives none). */
  public record Item(URI url, LocalDate date) {}

  /** What a feed held: its items with an http(s) address, and how many it held without one. */
  public record Parsed(List<Item> items, int withoutLink) {}

  /** Thrown for a body that is not an RSS or Atom feed; the message says why. */
  public static final class NotAFeed extends Exception {
    private static final long serialVersionUID = 1L;

    NotAFeed(String message) {
      super(message);
    }
  }

  public static Parsed parse(byte[] body, URI feedUrl) throws NotAFeed {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (IOException | FeedException | IllegalArgumentException e) {
      throw new NotAFeed("not a valid RSS or Atom feed: " + e.getMessage());
    }
    List<Item> items = new ArrayList<>();
    int without = 0;
    for (SyndEntry e : feed.getEntries()) {
      URI u = address(feedUrl, e.getLink());
      if (u == null) u = address(feedUrl, e.getUri());
      if (u == null) {
        without++;
        continue;
      }
      Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(new Item(u, d == null ? null : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC)));
    }
    return new Parsed(items, without);
  }

  private static URI address(URI base, String s) {
    if (s == null || s.isBlank()) return null;
    try {
      URI u = base.resolve(s.strip().replace(" ", "%20"));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
    } catch (IllegalArgumentException ex) {
      return null; // not an address: the item has no article to fetch
    }
  }
}
