package org.dyad.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.doc.Article;

/**
 * PETRARCH input and validation XML ({@code <Sentence date="20150806" id="…"><Text>…</Text>…</Sentence>}) read a
 * sentence at a time, line by line as PETRARCH itself reads it, so that files that are not well-formed XML (bare
 * ampersands, no root element, comments anywhere) still work and a large file is never held in memory. Each
 * sentence becomes an article whose id is the sentence id.
 */
final class PetrarchXmlReader extends InputIterator {
  private static final Pattern OPEN = Pattern.compile("<Sentence\\b([^>]*)>");
  /** A sentence's start tag, not the {@code <Sentences>} root, which may stand on the same line. */
  private static final Pattern START = Pattern.compile("<Sentence(?!s)\\b");
  private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
  private static final Pattern CONFIG = Pattern.compile("<Config\\b([^>]*)>");
  /** PETRARCH options set by {@code <Config option="…" value="…">} so far: they hold for the sentences after them. */
  private final java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
  private final String file;
  private final BufferedReader in;
  private final DefaultDate defaultDate;
  private int lineNo;
  private int sentences;

  PetrarchXmlReader(String file, BufferedReader in, DefaultDate defaultDate) {
    this.file = file;
    this.in = in;
    this.defaultDate = defaultDate;
  }

  @Override
  Input advance() {
    try {
      String line;
      StringBuilder sentence = null;
      int start = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (sentence == null) {
          config(line);
          Matcher at = START.matcher(line);
          if (!at.find()) continue;
          sentence = new StringBuilder(line.substring(at.start()));
          start = lineNo;
        } else {
          sentence.append('\n').append(line);
        }
        if (line.contains("</Sentence>")) {
          sentences++;
          return parse(sentence.toString(), start);
        }
      }
      in.close();
      if (sentence != null) return Input.failed(file + ":" + start, "reject.xml", "<Sentence> without </Sentence> at the end of the file");
      // A file with no sentence at all is said so, rather than passed over in silence.
      return sentences++ > 0 ? null : Input.failed(file, "skip.no-sentences", "no <Sentence> element in the file: not PETRARCH XML");
    } catch (IOException e) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the read error is what the user needs
      }
      return Input.failed(file + ":" + (lineNo + 1), "read.io", "cannot read: " + IoErrors.describe(e));
    }
  }

  private Input parse(String xml, int line) {
    String where = file + ":" + line;
    Matcher open = OPEN.matcher(xml);
    String id = where;
    String date = null;
    if (open.find()) {
      Matcher a = ATTR.matcher(open.group(1));
      while (a.find()) {
        if (a.group(1).equals("id")) id = a.group(2);
        if (a.group(1).equals("date")) date = a.group(2);
      }
    }
    // Comments may hold old versions of a record's text: they are not the text.
    Matcher t = TEXT.matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
    if (!t.find()) return Input.failed(id, "reject.xml", "sentence has no <Text> (at " + where + ")");
    String text = unescape(t.group(1)).strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) return Input.failed(id, "reject.empty", "sentence has an empty <Text> (at " + where + ")");
    LocalDate d = null;
    if (date != null && !date.isBlank()) {
      try {
        d = LocalDate.parse(date.strip(), date.strip().length() == 8 ? DateTimeFormatter.BASIC_ISO_DATE : DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        return Input.failed(id, "reject.date", "date must be YYYYMMDD, got \"" + date + "\" (at " + where + ")");
      }
    }
    // The sentence's own tree (PETRARCH codes from it): kept for the PETRARCH-dictionary coder.
    Matcher p = PARSE.matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
    String parse = p.find() ? unescape(p.group(1)).strip() : null;
    return Input.of(new Article(id, d != null ? d : defaultDate.use(), text, null, null, null, parse == null || parse.isEmpty() ? null : parse, options));
  }

  private void config(String line) {
    if (line.strip().startsWith("<!--")) return;
    Matcher c = CONFIG.matcher(line);
    while (c.find()) {
      String option = null;
      String value = null;
      Matcher a = ATTR.matcher(c.group(1));
      while (a.find()) {
        if (a.group(1).equals("option")) option = a.group(2).strip();
        if (a.group(1).equals("value")) value = a.group(2).strip();
      }
      if (option != null && value != null) options.put(option, value);
    }
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

}
