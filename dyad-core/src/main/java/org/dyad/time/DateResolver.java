package org.dyad.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SUTime's TIMEX3 value into an event date, using the tense of the event: news reports the past, so
 * "on Tuesday" in a past-tense sentence is the Tuesday before the article, and "in September" written in
 * August is last September. SUTime counts everything from the article date; "that May", "that year" and a span
 * counted from another event ("two years later") count instead from the last year the text wrote
 * ({@link DateAnchor}), when there is one. A plain "in May" still counts from the article: on VOA stories that
 * move between years, the last written year was the wrong one for it each time.
 */
public final class DateResolver {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern YEAR_START = Pattern.compile("(\\d{4})(-.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern WRITTEN_YEAR = Pattern.compile(".*\\b\\d{4}\\b.*");
  private static final Pattern WEEKDAY = Pattern.compile("(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");
  /** "that May", "the same month", "that year": the time the story is in, not the article's. */
  private static final Pattern THAT = Pattern.compile("(?i).*\\b(that|the same)\\s+(january|february|march|april|may|june|july|august"
      + "|september|october|november|december|month|year)\\b.*");
  /**
   * A span counted from some other event, not from the article: "two years later", "months earlier". Days and
   * weeks are left to SUTime: the other event is then usually near the article date, and a date after the article
   * is caught by the stage.
   */
  private static final Pattern FROM_ANOTHER_EVENT = Pattern.compile("(?i).*\\b(months?|years?|decades?)\\s+(later|earlier|afterwards?)\\b.*");
  private static final Pattern YEARS_SPAN = Pattern.compile("(?i).*\\b(years?|decades?|centur(y|ies))\\b.*");
  private static final Pattern MONTHS_SPAN = Pattern.compile("(?i).*\\bmonths?\\b.*");

  private DateResolver() {}

  /** As {@link #resolve(String, String, LocalDate, boolean, boolean, Integer)} with no earlier year in the text. */
  public static EventDate resolve(String value, String text, LocalDate article, boolean past, boolean future) {
    return resolve(value, text, article, past, future, null);
  }

  /**
   * The event date, or null when the value names no usable date (durations, "PRESENT_REF", a week across two
   * months), or a year
   * before 1900 or after the next one that the text does not write out ("the 19th century", "decades later").
   * {@code anchor}: the last year the text wrote before the expression, or null.
   */
  public static EventDate resolve(String value, String text, LocalDate article, boolean past, boolean future, Integer anchor) {
    if (value == null) return null;
    boolean fromAnother = FROM_ANOTHER_EVENT.matcher(text).matches();
    if (fromAnother) return anchor == null ? null : new EventDate(LocalDate.of(anchor, 1, 1), "year", text);
    Integer earlier = anchor != null && anchor != article.getYear() && THAT.matcher(text).matches()
        && !WRITTEN_YEAR.matcher(text).matches() ? anchor : null;
    EventDate d = day(value, text, article, past, future, earlier);
    if (d == null) d = month(value, text, article, past, future, earlier);
    if (d == null) d = year(value, text, article, past, earlier);
    if (d == null) d = week(value, text);
    if (d == null) return null;
    int y = d.date().getYear();
    boolean far = y < 1900 || y > article.getYear() + 1;
    return far && !text.contains(String.valueOf(y)) ? null : d;
  }

  /**
   * Whether a value names a year no news text means without writing it out: "now in its 20th year" is 2040 to
   * SUTime. Such an expression is no date, and the next nearest expression may date the event.
   */
  public static boolean impossible(String value, String text, LocalDate article) {
    Matcher m = YEAR_START.matcher(value == null ? "" : value);
    if (!m.matches()) return false;
    int y = Integer.parseInt(m.group(1));
    return (y < 1900 || y > article.getYear() + 1) && !text.contains(m.group(1));
  }

  private static EventDate day(String value, String text, LocalDate article, boolean past, boolean future, Integer earlier) {
    Matcher m = DAY.matcher(value);
    if (!m.matches()) return null;
    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    // "six years ago" names a year, not the article's day six years back.
    if (YEARS_SPAN.matcher(text).matches()) return new EventDate(LocalDate.of(d.getYear(), 1, 1), "year", text);
    if (MONTHS_SPAN.matcher(text).matches()) return new EventDate(d.withDayOfMonth(1), "month", text);
    if (earlier != null) return new EventDate(d.withYear(earlier), "day", text);
    if (past && d.isAfter(article) && WEEKDAY.matcher(text).matches()) d = d.minusWeeks(1);
    if (future && d.isBefore(article) && WEEKDAY.matcher(text).matches()) d = d.plusWeeks(1);
    // A past act is not dated after the report by a date of no stated year: that date belongs to something else in
    // the sentence (a deadline in a quotation: "I will increase … on April 2nd," Trump declared).
    if (past && d.isAfter(article.plusDays(1)) && !WRITTEN_YEAR.matcher(text).matches()) return null;
    return new EventDate(d, "day", text);
  }

  private static EventDate month(String value, String text, LocalDate article, boolean past, boolean future, Integer earlier) {
    Matcher m = MONTH.matcher(value);
    if (!m.matches()) return null;
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    if (earlier != null) return new EventDate(ym.withYear(earlier).atDay(1), "month", text);
    YearMonth now = YearMonth.from(article);
    boolean written = WRITTEN_YEAR.matcher(text).matches();
    if (past && ym.isAfter(now) && !written) ym = ym.minusYears(1);
    if (future && ym.isBefore(now) && !written) ym = ym.plusYears(1);
    return new EventDate(ym.atDay(1), "month", text);
  }

  private static EventDate year(String value, String text, LocalDate article, boolean past, Integer earlier) {
    Matcher m = YEAR.matcher(value);
    if (!m.matches()) return null;
    int y = earlier != null ? earlier : Integer.parseInt(m.group(1));
    // Nor in a later year than the report, unless the text names that year: "the war, now in its 20th year" is 2040
    // to SUTime.
    if (past && y > article.getYear() && !WRITTEN_YEAR.matcher(text).matches()) return null;
    return new EventDate(LocalDate.of(y, 1, 1), "year", text);
  }

  /** "last week": SUTime's ISO week; its month when the whole week lies in one month, else nothing to say. */
  private static EventDate week(String value, String text) {
    Matcher m = WEEK.matcher(value);
    if (!m.matches()) return null;
    LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
        .with(java.time.DayOfWeek.MONDAY);
    if (monday.getMonth() != monday.plusDays(6).getMonth()) return null;
    return new EventDate(monday.withDayOfMonth(1), "month", text);
  }
}
