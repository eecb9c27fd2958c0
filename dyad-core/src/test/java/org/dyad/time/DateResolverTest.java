package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate WED = LocalDate.of(2019, 8, 28);

  @Test
  void weekdayInPastTenseIsTheLastOneBeforeTheArticle() {
    assertEquals(LocalDate.of(2019, 8, 27), DateResolver.resolve("2019-08-27", "Tuesday", WED, true, false).date());
    // SUTime may resolve "Friday" forward to 2019-08-30; a past-tense event happened the Friday before.
    assertEquals(LocalDate.of(2019, 8, 23), DateResolver.resolve("2019-08-30", "on Friday", WED, true, false).date());
    assertEquals(LocalDate.of(2019, 8, 30), DateResolver.resolve("2019-08-30", "Friday", WED, false, true).date());
  }

  @Test
  void monthAfterTheArticleMonthInPastTenseIsLastYear() {
    EventDate d = DateResolver.resolve("2019-09", "in September", WED, true, false);
    assertEquals(LocalDate.of(2018, 9, 1), d.date());
    assertEquals("month", d.precision());
    assertEquals(LocalDate.of(2019, 7, 1), DateResolver.resolve("2019-07", "in July", WED, true, false).date());
    assertEquals(LocalDate.of(2019, 9, 1), DateResolver.resolve("2019-09", "September 2019", WED, true, false).date());
  }

  @Test
  void vagueValuesFallBackToTheArticleDate() {
    assertNull(DateResolver.resolve("PRESENT_REF", "now", WED, true, false));
    assertEquals(LocalDate.of(2016, 1, 1), DateResolver.resolve("2016", "2016", WED, true, false).date());
  }

  @Test
  void aPastTenseEventIsNeverDatedInALaterYearThanTheArticle() {
    // VOA, 2021-05-09: "the pact the United States negotiated …, now in its 20th year": SUTime makes "its 20th year" 2040.
    LocalDate article = LocalDate.of(2021, 5, 9);
    assertNull(DateResolver.resolve("2040", "its 20th year", article, true, false));
    assertEquals(LocalDate.of(2022, 1, 1), DateResolver.resolve("2022", "next year", article, false, true).date());
    assertEquals(LocalDate.of(2020, 1, 1), DateResolver.resolve("2020", "2020", article, true, false).date());
  }

  @Test
  void aPastTenseEventIsNotDatedAfterTheArticleByADateOfNoStatedYear() {
    // VOA, 2025-03-11: "… I will substantially increase, on April 2nd, the Tariffs on Cars …," Trump declared.
    LocalDate article = LocalDate.of(2025, 3, 11);
    assertNull(DateResolver.resolve("2025-04-02", "April 2nd", article, true, false));
    assertEquals(LocalDate.of(2025, 4, 2), DateResolver.resolve("2025-04-02", "April 2nd", article, false, true).date());
    assertEquals(LocalDate.of(2025, 3, 12), DateResolver.resolve("2025-03-12", "March 12", article, true, false).date(),
        "a day's slack: the article's date and the event's may be in different time zones");
  }

  @Test
  @org.junit.jupiter.api.Tag("issue-16")
  void issue16_theArticlesOwnMonthOrYearIsThatMonthOrYearNotItsDay() {
    // "earlier this month" says the month; the article's day at precision day would claim more than the text says.
    EventDate month = DateResolver.resolve("2019-08", "earlier this month", WED, true, false);
    assertEquals(LocalDate.of(2019, 8, 1), month.date());
    assertEquals("month", month.precision());
    assertEquals("year", DateResolver.resolve("2019", "this year", WED, true, false).precision());
    // "last week" (2019-W34, 19-25 August) lies in one month; a week across two months says no month.
    EventDate week = DateResolver.resolve("2019-W34", "last week", WED, true, false);
    assertEquals(LocalDate.of(2019, 8, 1), week.date());
    assertEquals("month", week.precision());
    assertNull(DateResolver.resolve("2019-W31", "that week", WED, true, false));
  }

  @Test
  @org.junit.jupiter.api.Tag("issue-16")
  void issue16_thatMayCountsFromTheLastYearTheTextWrote() {
    EventDate d = DateResolver.resolve("2019-05", "that May", WED, true, false, 2016);
    assertEquals(LocalDate.of(2016, 5, 1), d.date());
    assertEquals("month", d.precision());
    // A plain "in May" counts from the article: on VOA stories the last written year was the wrong one for it.
    assertEquals(LocalDate.of(2019, 5, 1), DateResolver.resolve("2019-05", "May", WED, true, false, 2016).date());
    // A written year wins over the earlier one; a weekday counts from the article.
    assertEquals(LocalDate.of(2018, 5, 1), DateResolver.resolve("2018-05", "that May 2018", WED, true, false, 2016).date());
    assertEquals(LocalDate.of(2019, 8, 27), DateResolver.resolve("2019-08-27", "Tuesday", WED, true, false, 2016).date());
  }

  @Test
  @org.junit.jupiter.api.Tag("issue-16")
  void issue16_spansOfYearsNameAYear() {
    EventDate ago = DateResolver.resolve("2013-08-28", "six years ago", WED, true, false, null);
    assertEquals(LocalDate.of(2013, 1, 1), ago.date());
    assertEquals("year", ago.precision());
    EventDate months = DateResolver.resolve("2019-02-28", "six months ago", WED, true, false, null);
    assertEquals(LocalDate.of(2019, 2, 1), months.date());
    assertEquals("month", months.precision());
    // Counted from another event: from the year the text last wrote, else unknown (SUTime counts from the article).
    EventDate later = DateResolver.resolve("2020-02-28", "several months later", WED, true, false, 1950);
    assertEquals(LocalDate.of(1950, 1, 1), later.date());
    assertEquals("year", later.precision());
    assertNull(DateResolver.resolve("2039-08-28", "two decades later", WED, true, false, null));
  }

  @Test
  @org.junit.jupiter.api.Tag("issue-16")
  void issue16_yearsFarFromTheArticleNeedTheYearWritten() {
    assertNull(DateResolver.resolve("3925", "the 19th and early 20th centuries", WED, true, false, null));
    assertEquals(LocalDate.of(1812, 1, 1), DateResolver.resolve("1812", "1812", WED, true, false, null).date());
  }

  @Test
  void aYearNoNewsTextMeansUnwrittenIsNoDate() {
    // "the war, now in its 20th year" is 2040 to SUTime; it must not stand nearer the verb than "February 2020".
    assertTrue(DateResolver.impossible("2040", "20th year", WED));
    assertTrue(DateResolver.impossible("1812-06", "that June", WED));
    assertFalse(DateResolver.impossible("2020-02", "February 2020", WED));
    assertFalse(DateResolver.impossible("2040", "by 2040", WED));
    assertFalse(DateResolver.impossible("PRESENT_REF", "now", WED));
  }
}
