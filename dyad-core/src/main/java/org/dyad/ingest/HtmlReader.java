package org.dyad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import org.dyad.clean.Extraction;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.Article;
import org.dyad.doc.DocumentGuard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.dyad.io.DefaultDate;
import org.dyad.io.IoErrors;

/**
 * Turns one web page into an article: decodes it (declared charset, else BOM or meta tag, else UTF-8, with bad
 * bytes replaced), extracts the main text, title, date and canonical URL. Pages without article text and pages
 * over the size limit become errors naming the page.
 */
public final class HtmlReader {
  /** Larger pages are rejected unread: no news page is this big, and parsing one would hold it all in memory. */
  public static final int MAX_PAGE_BYTES = 10 * 1024 * 1024;
  /** A few bad bytes are replaced as browsers do; more than this share of the text means the page is not text. */
  private static final double MAX_UNDECODABLE = 0.02;
  private final HtmlExtractor extractor;
  private final DefaultDate defaultDate;

  public HtmlReader(HtmlExtractor extractor, DefaultDate defaultDate) {
    this.extractor = extractor;
    this.defaultDate = defaultDate;
  }

  /**
   * Reads a page from a stream (at most the size limit plus one byte is read). {@code url}, {@code charset} and
   * {@code capturedOn} may be null; a page that states no date takes {@code capturedOn}, else the default date.
   */
  public Ingested read(String id, String url, String charset, LocalDate capturedOn, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
    } catch (IOException e) {
      return Ingested.failed(id, "read.io", "cannot read the page: " + IoErrors.describe(e));
    }
    if (bytes.length > MAX_PAGE_BYTES) {
      return Ingested.failed(id, "reject.too-large", "page is over the size limit of " + MAX_PAGE_BYTES + " bytes");
    }
    return page(id, url, charset, capturedOn, bytes);
  }

  /** One page from its bytes; whatever fails while it is parsed or extracted is this page's error, not the archive's. */
  public Ingested page(String id, String url, String charset, LocalDate capturedOn, byte[] bytes) {
    return DocumentGuard.call(id, "read", () -> extract(id, url, charset, capturedOn, bytes), Ingested::failed);
  }

  private Ingested extract(String id, String url, String charset, LocalDate capturedOn, byte[] bytes) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), knownCharset(charset), url == null ? "" : url);
    } catch (IOException e) {
      return Ingested.failed(id, "read.io", "cannot decode the page: " + IoErrors.describe(e));
    }
    Extraction x = extractor.extract(doc, url);
    long undecodable = x.text().chars().filter(c -> c == '\uFFFD').count();
    if (undecodable > x.text().length() * MAX_UNDECODABLE) {
      return Ingested.failed(id, "reject.encoding", "page is not text in its declared encoding (" + undecodable
          + " undecodable characters): binary data or a wrong charset");
    }
    if (x.text().isBlank()) {
      return Ingested.failed(id, "reject.empty", "page has no article text (no body, or nothing but menus and links)");
    }
    LocalDate date = x.date() != null ? x.date() : capturedOn != null ? capturedOn : defaultDate.use();
    String source = host(x.url() != null ? x.url() : url);
    return Ingested.of(new Article(id, date, x.text(), x.title(), x.url() != null ? x.url() : url, source), x.dropped());
  }

  private static String knownCharset(String name) {
    if (name == null || name.isBlank()) return null;
    try {
      return Charset.isSupported(name.strip()) ? name.strip() : null;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label: let the page's own meta tag or UTF-8 decide
    }
  }

  private static String host(String url) {
    if (url == null) return null;
    try {
      return URI.create(url.strip().replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
