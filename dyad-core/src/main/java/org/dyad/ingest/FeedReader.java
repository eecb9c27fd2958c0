package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import org.dyad.clean.Extraction;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.Article;
import org.dyad.doc.DocumentGuard;
import org.jsoup.Jsoup;
import org.dyad.io.DefaultDate;
import org.dyad.io.IoErrors;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME: each entry becomes an article from its full content when
 * the feed carries it, else its summary, with the entry's title, link and publication date. The id is the file
 * name and the entry's position ({@code news.rss#3}). A feed that is not well-formed XML is one error for the file.
 */
public final class FeedReader {
  private final HtmlExtractor extractor;
  private final DefaultDate defaultDate;

  public FeedReader(HtmlExtractor extractor, DefaultDate defaultDate) {
    this.extractor = extractor;
    this.defaultDate = defaultDate;
  }

  public Iterator<Ingested> open(String file, InputStream in) {
    SyndFeed feed;
    try (in) {
      byte[] bytes = in.readNBytes(HtmlReader.MAX_PAGE_BYTES + 1);
      if (bytes.length > HtmlReader.MAX_PAGE_BYTES) {
        return List.of(Ingested.failed(file, "reject.too-large", "feed is over the size limit of " + HtmlReader.MAX_PAGE_BYTES + " bytes")).iterator();
      }
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from a downloaded file
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      return List.of(Ingested.failed(file, "read.io", "cannot read the feed: " + IoErrors.describe(e))).iterator();
    } catch (FeedException | IllegalArgumentException e) {
      return List.of(Ingested.failed(file, "reject.feed", "not a valid RSS or Atom feed: " + e.getMessage())).iterator();
    }
    List<Ingested> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String id = file + "#" + n;
      // Each entry on its own: one whose content breaks the extractor is that entry's error, not the feed's.
      out.add(DocumentGuard.call(id, "read", () -> entry(id, e), Ingested::failed));
    }
    if (out.isEmpty()) out.add(Ingested.failed(file, "reject.empty", "feed has no entries"));
    return out.iterator();
  }

  private Ingested entry(String id, SyndEntry e) {
    String html = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && (html == null || c.getValue().length() > html.length())) html = c.getValue();
    }
    if (html == null && e.getDescription() != null) html = e.getDescription().getValue();
    if (html == null || html.isBlank()) return Ingested.failed(id, "reject.empty", "feed entry has no content or summary");
    Extraction x = extractor.extract(Jsoup.parseBodyFragment(html, e.getLink() == null ? "" : e.getLink()), e.getLink());
    String text = x.text().isBlank() ? Jsoup.parseBodyFragment(html).text() : x.text();
    if (text.isBlank()) return Ingested.failed(id, "reject.empty", "feed entry has no text");
    Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    LocalDate date = d == null ? defaultDate.use() : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
    String title = e.getTitle() == null ? null : e.getTitle().strip();
    return Ingested.of(new Article(id, date, text, title, e.getLink(), null), x.dropped());
  }
}
