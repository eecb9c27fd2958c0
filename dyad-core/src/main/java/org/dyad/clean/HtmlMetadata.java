package org.dyad.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, publication date and canonical URL as a page states them: meta tags, JSON-LD, {@code <time>}, the URL. */
record HtmlMetadata(String title, LocalDate date, String url) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_.]|$)");
  private static final Pattern COMPACT_URL_DATE = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})[/_.-]");
  /** Meta names (property, name or itemprop, lower-cased) that carry the publication date, best first. */
  private static final String[] DATE_META = {
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date",
    "dc.date", "dc.date.issued", "dcterms.date", "parsely-pub-date", "sailthru.date", "article.published",
    "citation_publication_date",
  };
  private static final DateTimeFormatter[] TEXT_DATES = {
    DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
    DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH),
  };

  static HtmlMetadata read(Document doc, String pageUrl) {
    JsonNode ld = jsonLd(doc);
    // One pass over the meta tags; the first tag of each name wins.
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String c = m.attr("content");
      if (c.isBlank()) continue;
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String k = m.attr(key);
        if (!k.isEmpty()) meta.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
      }
    }
    return new HtmlMetadata(title(doc, meta, ld), date(doc, meta, ld, pageUrl), canonical(doc, meta, pageUrl));
  }

  private static String title(Document doc, Map<String, String> meta, JsonNode ld) {
    String t = meta.get("og:title");
    if (t == null) t = ld == null ? null : text(ld.findValue("headline"));
    if (t == null) {
      Element h1 = doc.selectFirst("article h1, h1");
      if (h1 != null && !h1.text().isBlank()) t = h1.text();
    }
    if (t == null && !doc.title().isBlank()) t = doc.title();
    return t == null ? null : t.strip();
  }

  private static LocalDate date(Document doc, Map<String, String> meta, JsonNode ld, String pageUrl) {
    for (String name : DATE_META) {
      LocalDate d = parseDate(meta.get(name));
      if (d != null) return d;
    }
    if (ld != null) {
      LocalDate d = parseDate(text(ld.findValue("datePublished")));
      if (d != null) return d;
    }
    for (Element time : doc.select("time[datetime], [itemprop=datePublished]")) {
      String v = time.hasAttr("datetime") ? time.attr("datetime") : time.hasAttr("content") ? time.attr("content") : time.text();
      LocalDate d = parseDate(v);
      if (d != null) return d;
    }
    if (pageUrl != null) {
      for (Pattern p : new Pattern[] {URL_DATE, COMPACT_URL_DATE}) {
        Matcher m = p.matcher(pageUrl);
        if (m.find()) {
          LocalDate d = ymd(m.group(1), m.group(2), m.group(3));
          if (d != null) return d;
        }
      }
    }
    return null;
  }

  /** A date from an ISO timestamp or a few common written forms; null when it is none of them. */
  static LocalDate parseDate(String v) {
    if (v == null || v.isBlank()) return null;
    Matcher m = ISO_DATE.matcher(v);
    if (m.find()) return ymd(m.group(1), m.group(2), m.group(3));
    String s = v.strip();
    for (DateTimeFormatter f : TEXT_DATES) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeException e) {
        // not this form; try the next
      }
    }
    return null;
  }

  private static LocalDate ymd(String y, String m, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return date.getYear() >= 1990 && date.getYear() <= 2100 ? date : null;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String canonical(Document doc, Map<String, String> meta, String pageUrl) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null) {
      String abs = link.absUrl("href");
      if (!abs.isEmpty()) return abs;
      if (link.attr("href").startsWith("http")) return link.attr("href");
    }
    String og = meta.get("og:url");
    if (og != null && og.startsWith("http")) return og;
    return pageUrl;
  }

  /** The first JSON-LD block that parses; pages often carry broken ones, which are skipped. */
  private static JsonNode jsonLd(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        if (n != null && (n.findValue("datePublished") != null || n.findValue("headline") != null)) return n;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // a broken block says nothing; the meta tags still may
      }
    }
    return null;
  }

  private static String text(JsonNode n) {
    if (n == null) return null;
    if (n.isArray() && n.size() > 0) n = n.get(0);
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }
}
