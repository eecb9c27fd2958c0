package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.dyad.doc.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's example: Putin meets Erdogan at the air show during the Idlib offensive (article of Wed 2019-08-28). */
class IdlibExampleIT {
  private static CodedArticle coded;
  private static String text;

  @BeforeAll
  static void code() throws IOException {
    text = Files.readString(SharedCoder.root().resolve("examples/idlib-airshow.txt"));
    coded = SharedCoder.get().code(new Article("idlib-airshow.txt", LocalDate.of(2019, 8, 28), text, null, null, null));
  }

  private static List<CodedEvent> where(Predicate<CodedEvent> p) {
    return coded.events().stream().filter(p).toList();
  }

  private static boolean from(CodedEvent e, String country) {
    return e.source().code().startsWith(country);
  }

  private static boolean to(CodedEvent e, String country) {
    return e.target() != null && e.target().code().startsWith(country);
  }

  @Test
  void meetingIsRussiaToTurkeyConsultOnTuesday() {
    List<CodedEvent> m = where(e -> from(e, "RUS") && to(e, "TUR") && e.event().root().equals("04") && e.text().contains("airstrikes"));
    assertEquals(1, m.size(), coded.events().toString());
    assertEquals(LocalDate.of(2019, 8, 27), m.get(0).date(), "'on Tuesday' in an article of Wednesday 2019-08-28");
    assertEquals("RUSGOV", m.get(0).source().code());
    assertEquals("TURGOV", m.get(0).target().code(), "his Turkish counterpart Recep Tayyip Erdogan");
    assertEquals("Russian President Vladimir Putin", text.substring(m.get(0).source().start(), m.get(0).source().end()));
  }

  @Test
  void airstrikesAreSyrianMilitaryAgainstRebelsInIdlib() {
    List<CodedEvent> a = where(e -> from(e, "SYR") && e.event().root().equals("19") && e.text().contains("airstrikes"));
    assertEquals(1, a.size(), coded.events().toString());
    assertEquals("195", a.get(0).event().code(), "aerial weapons");
    assertEquals("SYRMIL", a.get(0).source().code());
    assertEquals("SYRREB", a.get(0).target().code(), "the rebel-held province of Idlib");
    assertEquals(4, a.get(0).event().quadClass());
  }

  @Test
  void readinessToSendGroundTroopsIsATurkishThreat() {
    List<CodedEvent> t = where(e -> from(e, "TUR") && e.event().root().equals("13"));
    assertEquals(1, t.size(), coded.events().toString());
    assertEquals("138", t.get(0).event().code());
    assertTrue(t.get(0).rule().contains("+intent:ready"), t.get(0).rule());
  }

  @Test
  void washingtonSuspendedAnkaraFromTheF35ProgrammeInJuly() {
    List<CodedEvent> s = where(e -> from(e, "USA") && to(e, "TUR") && e.event().root().equals("16"));
    assertEquals(1, s.size(), coded.events().toString());
    assertEquals("metonym", s.get(0).source().origin());
    assertEquals(LocalDate.of(2019, 7, 1), s.get(0).date());
    assertEquals("month", s.get(0).datePrecision());
  }

  @Test
  void turkeyBoughtTheS400FromRussia() {
    List<CodedEvent> b = where(e -> from(e, "TUR") && to(e, "RUS") && e.event().root().equals("06"));
    assertEquals(1, b.size(), coded.events().toString());
    assertEquals("062", b.get(0).event().code(), "arms purchase is military cooperation");
  }

  @Test
  void commentWidgetTailCodesNothing() {
    int tail = text.indexOf("Share this:");
    assertTrue(tail > 0);
    for (CodedEvent e : coded.events()) assertTrue(e.source().start() < tail, "event from the scraped tail: " + e);
    assertFalse(coded.dropped().isEmpty());
    assertTrue(coded.dropped().stream().anyMatch(d -> d.reason().equals("widget.comment") && d.text().startsWith("admin in:")));
    assertTrue(coded.dropped().stream().anyMatch(d -> d.text().startsWith("Egyptian troops attacked")), "the comment excerpt goes too");
  }

  @Test
  void everyEventPointsBackIntoTheArticle() {
    for (CodedEvent e : coded.events()) {
      assertEquals(e.source().text(), text.substring(e.source().start(), e.source().end()));
      assertEquals(e.trigger(), text.substring(e.triggerStart(), e.triggerEnd()));
      assertTrue(text.contains(e.text()));
      assertFalse(e.rule().isBlank());
      assertTrue(e.confidence() > 0 && e.confidence() <= 1);
    }
  }
}
