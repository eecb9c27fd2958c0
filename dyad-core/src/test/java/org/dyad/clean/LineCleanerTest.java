package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineCleanerTest {
  private final LineCleaner cleaner = LineCleaner.load(null);

  @Test
  void dropsCommentWidgetAndItsExcerptButKeepsTheArticle() {
    String text = "Syrian forces shelled Idlib on Monday.\n\nadmin in: How the Muslim Brotherhood betrayed Egypt\n"
        + "Egyptian troops attacked them all...\n\nTurkey condemned the attack.\n";
    CleanText c = cleaner.clean(text);
    assertEquals(text.length(), c.text().length(), "offsets must survive cleaning");
    assertTrue(c.text().contains("Syrian forces shelled Idlib on Monday."));
    assertTrue(c.text().contains("Turkey condemned the attack."));
    assertFalse(c.text().contains("admin in:"));
    assertFalse(c.text().contains("Egyptian troops"));
    assertEquals("widget.comment", c.dropped().get(0).reason());
    assertEquals(2, c.dropped().size());
  }

  @Test
  void dropsShareUrlsAndPraiseSpam() {
    String text = "The UN called for a ceasefire.\nShare this:\nhttps://example.com/x?id=1\nGreat article, thanks for sharing!\n";
    CleanText c = cleaner.clean(text);
    assertEquals("The UN called for a ceasefire.", c.text().strip());
    assertEquals(3, c.dropped().size());
    assertEquals("url.bare", c.dropped().get(1).reason());
  }

  @Test
  void commentSectionHeaderEndsTheArticle() {
    String text = "Iran rejected the demand.\nLeave a Reply\nJohn: the ministry should resign.\n\nMore text.";
    CleanText c = cleaner.clean(text);
    assertEquals("Iran rejected the demand.", c.text().strip());
    assertEquals("tail.comments", c.dropped().get(0).reason());
  }

  @Test
  void longProseLinesAreNeverJudgedAsJunk() {
    String line = "Share prices in Istanbul fell after the government said it would not meet the opposition's demands, "
        + "which analysts in Ankara and Brussels described as a further sign of a widening political crisis in the country.";
    assertEquals(line, cleaner.clean(line).text());
  }

  @Test
  void emptyTextStaysEmpty() {
    assertEquals("", cleaner.clean("").text());
  }
}
