package org.dyad.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.doc.Article;

/** Reads the Reuters-21578 SGML files (for benchmarks and demos): one article per {@code <REUTERS>} with a body. */
public final class ReutersReader {
  private static final Pattern DOC = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Z]{3}-\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH);

  private ReutersReader() {}

  /** Up to {@code limit} articles from a .sgm file or a folder of them, in file order. */
  public static List<Article> read(Path path, int limit) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        s.filter(p -> p.toString().endsWith(".sgm")).sorted().forEach(files::add);
      }
    } else {
      files.add(path);
    }
    if (files.isEmpty()) throw new IOException(path + ": no Reuters-21578 .sgm files there");
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      // The collection is 7-bit text with a few stray Latin-1 bytes; Latin-1 decodes every byte.
      out.addAll(parse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1), limit - out.size()));
      if (out.size() >= limit) break;
    }
    return out;
  }

  /** Up to {@code limit} articles of one .sgm file's text (decoded as Latin-1), in file order. */
  public static List<Article> parse(String sgm, int limit) {
    List<Article> out = new ArrayList<>();
    Matcher m = DOC.matcher(sgm);
    while (out.size() < limit && m.find()) {
      String doc = m.group(2);
      Matcher b = BODY.matcher(doc);
      if (!b.find()) continue;
      String body = unescape(b.group(1)).replaceAll("\\s*Reuter\\s*\u0003?\\s*$", "").replace("\u0003", "").strip();
      if (body.isEmpty()) continue;
      Matcher t = TITLE.matcher(doc);
      Matcher d = DATE.matcher(doc);
      LocalDate date = d.find() ? LocalDate.parse(capitalise(d.group(1)), DAY) : LocalDate.of(1987, 1, 1);
      out.add(new Article("reuters-" + m.group(1), date, body, t.find() ? unescape(t.group(1)) : null, null, "Reuters"));
    }
    return out;
  }

  private static String capitalise(String d) {
    String[] p = d.split("-");
    return p[0] + "-" + p[1].charAt(0) + p[1].substring(1).toLowerCase(Locale.ROOT) + "-" + p[2];
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&#3;", "").replace("&amp;", "&");
  }
}
