package org.dyad.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SUTime's TIMEX3 value into an event date, using the tense of the event: news reports the past, so
 * "on Tuesday" in a past-tense sentence is the Tuesday before the article, and "in September" written in
 * August is last September.
 */
public final class DateResolver {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private DateResolver() {}

  /** The event date, or null when the value names no usable date (durations, "PRESENT_REF", weeks). */
  public static EventDate resolve(String value, String text, LocalDate article, boolean past, boolean future) {
    if (value == null) return null;
    Matcher m = DAY.matcher(value);
    if (m.matches()) {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (past && d.isAfter(article) && isWeekday(text)) d = d.minusWeeks(1);
      if (future && d.isBefore(article) && isWeekday(text)) d = d.plusWeeks(1);
      // A past act is not dated after the report by a date of no stated year: that date belongs to something
      // else in the sentence (a deadline in a quotation: "I will increase … on April 2nd," Trump declared).
      if (past && d.isAfter(article.plusDays(1)) && !hasYear(text)) return null;
      return new EventDate(d, "day", text);
    }
    m = MONTH.matcher(value);
    if (m.matches()) {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      YearMonth now = YearMonth.from(article);
      if (past && ym.isAfter(now) && !hasYear(text)) ym = ym.minusYears(1);
      if (future && ym.isBefore(now) && !hasYear(text)) ym = ym.plusYears(1);
      if (ym.equals(now)) return null;
      return new EventDate(ym.atDay(1), "month", text);
    }
    m = YEAR.matcher(value);
    if (m.matches()) {
      int y = Integer.parseInt(m.group(1));
      if (y == article.getYear()) return null;
      // Nor in a later year than the report, unless the text names that year: "the war, now in its 20th year"
      // is 2040 to SUTime.
      if (past && y > article.getYear() && !hasYear(text)) return null;
      return new EventDate(LocalDate.of(y, 1, 1), "year", text);
    }
    return null;
  }

  private static boolean isWeekday(String text) {
    return text.toLowerCase().matches(".*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");
  }

  private static boolean hasYear(String text) {
    return text.matches(".*\\b\\d{4}\\b.*");
  }
}
