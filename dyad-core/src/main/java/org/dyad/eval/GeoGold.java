package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Geoparsing gold: TR-News ({@code <toponym>} with {@code phrase}, {@code start}, {@code end} and a GeoNames
 * {@code gaztag}) and GeoWebNews ({@code GWN.xml}: {@code extractedName}, {@code latitude}, {@code longitude}). A gold
 * toponym without coordinates (GeoWebNews' non-toponyms and expressions, TR-News' few untagged names) is not scored,
 * as in the datasets' own evaluation.
 */
public record GeoGold(String name, List<GeoGold.Article> articles) {
  public record Toponym(int start, int end, String phrase, double lat, double lon) {}

  public record Article(String id, String text, List<Toponym> toponyms) {}

  /** True for a file in one of the two formats (looked up by its content, so renamed copies work too). */
  public static boolean recognises(Path file) throws IOException {
    if (!file.toString().endsWith(".xml")) return false;
    try (var r = Files.newBufferedReader(file)) {
      char[] head = new char[4096];
      int n = r.read(head);
      String h = n > 0 ? new String(head, 0, n) : "";
      // TR-News articles carry docid and a GeoNames gaztag; GeoWebNews names itself in a comment and uses file ids.
      return h.contains("<gaztag") || h.contains("GeoWebNews") || h.contains("<article docid=") && h.contains("<dltime>")
          || h.contains("<extractedName>");
    }
  }

  public static GeoGold read(Path file) throws IOException {
    try {
      var f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
      List<Article> out = new ArrayList<>();
      NodeList articles = root.getElementsByTagName("article");
      for (int i = 0; i < articles.getLength(); i++) {
        Element a = (Element) articles.item(i);
        String id = a.hasAttribute("docid") ? a.getAttribute("docid") : a.getAttribute("file");
        String text = child(a, "text");
        List<Toponym> tops = new ArrayList<>();
        NodeList ts = a.getElementsByTagName("toponym");
        for (int k = 0; k < ts.getLength(); k++) {
          Element t = (Element) ts.item(k);
          String phrase = t.getElementsByTagName("phrase").getLength() > 0 ? child(t, "phrase") : child(t, "extractedName");
          String lat = t.getElementsByTagName("lat").getLength() > 0 ? child(t, "lat") : child(t, "latitude");
          String lon = t.getElementsByTagName("lon").getLength() > 0 ? child(t, "lon") : child(t, "longitude");
          if (lat == null || lat.isBlank() || lon == null || lon.isBlank()) continue;
          int start = Integer.parseInt(child(t, "start").trim());
          int end = Integer.parseInt(child(t, "end").trim());
          int at = locate(text, phrase.trim(), start);
          if (at >= 0) {
            end = at + phrase.trim().length();
            start = at;
          }
          tops.add(new Toponym(start, end, phrase.trim(), Double.parseDouble(lat.trim()), Double.parseDouble(lon.trim())));
        }
        out.add(new Article(id, text, tops));
      }
      return new GeoGold(file.getFileName().toString(), out);
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | NumberFormatException e) {
      throw new IOException(file + ": not a readable geoparsing gold file: " + e.getMessage(), e);
    }
  }

  /**
   * Where the phrase really is: TR-News offsets drift by a character or two in some articles (counted before a
   * normalisation of the text), so the nearest occurrence within 30 characters is taken; -1 if none.
   */
  static int locate(String text, String phrase, int start) {
    if (start >= 0 && start + phrase.length() <= text.length() && text.startsWith(phrase, start)) return start;
    for (int d = 1; d <= 30; d++) {
      if (start - d >= 0 && text.startsWith(phrase, start - d)) return start - d;
      if (start + d + phrase.length() <= text.length() && text.startsWith(phrase, start + d)) return start + d;
    }
    return -1;
  }

  private static String child(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    if (l.getLength() == 0) return null;
    Node n = l.item(0);
    return n.getTextContent();
  }

  /**
   * The two halves of a development set that keep rule-writing honest: half A (CRC-32 of the document id's UTF-8
   * bytes even) is where rules may be read off errors, half B (odd) is only ever scored. A hash of the id rather than
   * the file's order, so that a reordered or extended file keeps every document in its half.
   */
  public enum Half {
    A, B;

    /** The half a document id falls in. */
    public static Half of(String id) {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return crc.getValue() % 2 == 0 ? A : B;
    }
  }

  /** Only the articles of one half, named after it ("GWN.xml half A"). */
  public GeoGold half(Half h) {
    return new GeoGold(name + " half " + h, articles.stream().filter(a -> Half.of(a.id()) == h).toList());
  }

  public int toponyms() {
    return articles.stream().mapToInt(a -> a.toponyms().size()).sum();
  }
}
