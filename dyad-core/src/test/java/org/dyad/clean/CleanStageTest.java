package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;
import org.dyad.doc.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CleanStageTest {
  private final CleanStage stage = new CleanStage(LineCleaner.load(null), 1_000_000);

  private Document clean(String text) {
    Document d = new Document(new Article("urls.txt", LocalDate.of(2024, 3, 12), text, null, null, null));
    stage.process(d);
    return d;
  }

  @Test
  @Tag("issue-15")
  void anArticleOfOnlyUrlsIsReportedWithWhyNothingWasCoded() {
    Document d = clean("https://news.example/a\nhttps://news.example/b\n");
    assertTrue(d.rejected(), "an article the rules empty is not passed on in silence");
    DocError e = d.errors().get(0);
    assertEquals("reject.empty", e.code());
    assertTrue(e.message().startsWith("nothing left to code") && e.message().contains("2 dropped"), e.message());
  }

  @Test
  void anArticleWithTextLeftGoesOn() {
    Document d = clean("https://news.example/a\nNegotiators met in Geneva on Monday, officials said.\n");
    assertFalse(d.rejected(), d.errors().toString());
    assertTrue(d.has(CleanStage.CLEAN));
  }
}
