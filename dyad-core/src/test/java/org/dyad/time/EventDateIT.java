package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.dyad.CodedEvent;
import org.dyad.SharedCoder;
import org.dyad.doc.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 16: event dates from the whole pipeline (real CoreNLP and SUTime), on invented sentences. */
class EventDateIT {
  private static final LocalDate ARTICLE = LocalDate.of(2019, 8, 28);

  private static CodedEvent event(String text, String trigger) {
    return event(text, trigger, ARTICLE);
  }

  private static CodedEvent event(String text, String trigger, LocalDate article) {
    List<CodedEvent> events = SharedCoder.get().code(new Article("t", article, text, null, null, null)).events();
    return events.stream().filter(e -> e.trigger().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in " + events));
  }

  @Test
  @Tag("issue-16")
  void issue16_clockTimesAreNotYears() {
    // SUTime reads "2100", "0900" and "1430" as years, and each is nearer the verb than the weekday.
    CodedEvent est = event("Rebels attacked the army base at 2100 EST, the army said on Tuesday.", "attacked");
    assertEquals(2019, est.date().getYear(), est.toString());
    CodedEvent gmt = event("Police arrested the protesters at 0900 GMT, officials said on Tuesday.", "arrested");
    assertEquals(2019, gmt.date().getYear(), gmt.toString());
    CodedEvent bare = event("Troops shelled the town at 1430 on Sunday, residents said.", "shelled");
    assertEquals(LocalDate.of(2019, 8, 25), bare.date(), bare.toString());
  }

  @Test
  @Tag("issue-16")
  void issue16_thatMayCountsFromTheYearTheStoryIsIn() {
    CodedEvent may = event("In August 2016, Turkish troops entered Syria. Russian jets bombed Raqqa that May, the group said.", "bombed");
    assertEquals(LocalDate.of(2016, 5, 1), may.date(), may.toString());
    assertEquals("month", may.datePrecision());
  }

  @Test
  @Tag("issue-16")
  void issue16_yearsAgoIsAYearAndLastYearTheOneBeforeTheArticle() {
    CodedEvent ago = event("Rebels captured the town six years ago, residents said.", "captured");
    assertEquals(LocalDate.of(2013, 1, 1), ago.date(), ago.toString());
    assertEquals("year", ago.datePrecision());
    CodedEvent last = event("Rebels captured the town last year, residents said.", "captured");
    assertEquals(LocalDate.of(2018, 1, 1), last.date(), last.toString());
    assertEquals("year", last.datePrecision());
  }

  @Test
  @Tag("issue-16")
  void issue16_anAssertedEventIsNotDatedAfterItsArticle() {
    CodedEvent later = event("Nearly two decades later, the rebels attacked the capital again.", "attacked");
    assertFalse(later.date().isAfter(ARTICLE), later.toString());
    CodedEvent history = event("In June 1950, North Korea invaded South Korea. Several months later, China attacked UN forces.", "attacked");
    assertEquals(LocalDate.of(1950, 1, 1), history.date(), history.toString());
    assertEquals("year", history.datePrecision());
  }

  @Test
  @Tag("issue-16")
  void issue16_aDateInWhatWasSaidIsNotTheDateOfTheSaying() {
    CodedEvent said = event("The Russian foreign minister said the alliance was formed in 1993 to weaken Moscow.", "said");
    assertEquals(ARTICLE, said.date(), said.toString());
    CodedEvent when = event("The Russian foreign minister said on Monday that the alliance was formed in 1993.", "said");
    assertEquals(LocalDate.of(2019, 8, 26), when.date(), when.toString());
  }

  @Test
  @Tag("issue-16")
  void issue16_aDayWrittenRightAfterTheVerbOfSayingDatesTheSaying() {
    // The parser hangs "Sunday" on "Norway", inside what was said.
    CodedEvent said = event("Prime Minister Anna Berg said Sunday Norway will not send troops to the region.", "said");
    assertEquals(LocalDate.of(2019, 8, 25), said.date(), said.toString());
  }

  @Test
  @Tag("issue-16")
  void issue16_theSayingsTenseDatesAnActItAnnounces() {
    // "would urge" has no tense of its own; "said … in early September" is past, so last September.
    CodedEvent urge = event("The Spanish foreign minister said during a visit to Tokyo in early September that he would urge the council "
        + "to lift the sanctions.", "urge", LocalDate.of(2024, 10, 3));
    assertEquals(LocalDate.of(2024, 9, 1), urge.date(), urge.toString());
    assertEquals("month", urge.datePrecision());
  }

  @Test
  @Tag("issue-16")
  void issue16_anActTwoDaysAfterAnotherIsDatedFromIt() {
    // VOA audit round 6: each of these was given the main clause's date (or the article's).
    CodedEvent denounced = event("His comments come two days after the Turkish president denounced Israel.", "denounced");
    assertEquals(ARTICLE.minusDays(2), denounced.date(), denounced.toString());
    CodedEvent declared = event("Barely 48 hours after the World Health Organization declared a global emergency, "
        + "Nigeria went on high alert on Friday.", "declared");
    assertEquals(LocalDate.of(2019, 8, 21), declared.date(), "two days before Friday, August 23: " + declared);
    CodedEvent main = event("Rebels attacked the town on Friday, a day before the government announced a ceasefire.", "attacked");
    assertEquals(LocalDate.of(2019, 8, 23), main.date(), "the main clause keeps its own date: " + main);
  }
}
