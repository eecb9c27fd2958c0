package org.dyad.time;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;

/**
 * SUTime reads any bare four-digit number as a year: "at 2100 EST" becomes the year 2100, "0900 GMT" the year 900,
 * "2000 people" the year 2000. A bare number is a year only when nothing beside it says it is a clock time, an age,
 * money or a count, and a year before 1900 or after the year following the article needs a word that introduces a
 * year ("in 1812", "by 2030") or a month beside it.
 */
final class NotDates {
  private NotDates() {}

  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{4}");
  private static final Set<String> CLOCK_AFTER = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "gmt",
      "utc", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "kst", "aest", "aedt", "sast", "wat", "eat", "pkt", "ict",
      "local", "hours", "hrs", "hr", "h", "zulu", "a.m.", "p.m.", "am", "pm");
  private static final Set<String> MONEY = Set.of("$", "us$", "£", "€", "¥", "rs", "rs.", "dollars", "euros", "pounds", "yuan",
      "rupees", "yen", "rubles", "roubles", "francs", "naira", "shillings", "riyals", "dinars", "lira", "million", "billion",
      "thousand", "percent", "%", "pct");
  private static final Set<String> AGE = Set.of("aged", "age", "ages", "year-old", "years-old");
  /** Words that introduce a year, so that "in 1812" or "by 2040" is a year however far it lies from the article. */
  private static final Set<String> YEAR_INTRODUCERS = Set.of("in", "since", "by", "until", "till", "of", "from", "during",
      "before", "after", "to", "through", "year", "early", "late", "mid", "between", "and");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
      "in", "since", "of", "by", "during", "for");

  /** Whether a DATE expression that is a bare four-digit number is not a year (or a year the text does not assert). */
  static boolean notAYear(Sentence s, Timex t, LocalDate article) {
    if (t.end() - t.start() != 1 || !BARE_NUMBER.matcher(t.text()).matches()) return false;
    String before = t.start() > 0 ? s.token(t.start() - 1).lower() : "";
    String after = t.end() < s.size() ? s.token(t.end()).lower() : "";
    // Years take "in"; "at 1430" is a time of day.
    if (t.text().startsWith("0") || CLOCK_AFTER.contains(after) || before.equals("at")) return true;
    if (MONEY.contains(before) || MONEY.contains(after) || "MONEY".equals(s.token(t.start()).ner())) return true;
    if (AGE.contains(before) || AGE.contains(after)) return true;
    if (t.end() < s.size() && s.token(t.end()).pos().equals("NNS") && !DETERMINERS.contains(before)) return true;
    int year = Integer.parseInt(t.text());
    boolean far = year < 1900 || year > article.getYear() + 1;
    return far && !YEAR_INTRODUCERS.contains(before);
  }
}
