package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
  void vagueOrCurrentValuesFallBackToTheArticleDate() {
    assertNull(DateResolver.resolve("PRESENT_REF", "now", WED, true, false));
    assertNull(DateResolver.resolve("2019-08", "this month", WED, true, false));
    assertNull(DateResolver.resolve("2019", "this year", WED, true, false));
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
}
