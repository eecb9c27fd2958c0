package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor x = HtmlExtractor.load(null);
  private static final String BODY = "<article><h1>Talks resume in Geneva</h1>"
      + "<p>Negotiators from both countries met in Geneva on Monday to resume the talks that broke down in March, officials said, "
      + "adding that a ceasefire was on the table.</p>"
      + "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Tweet</a></div>"
      + "<p>The meeting, the first in three months, lasted five hours and will continue on Tuesday, according to a statement from "
      + "the foreign ministry, which called the atmosphere constructive.</p>"
      + "<figure><img src='a.jpg'><figcaption>Delegates arrive. Photo: AFP</figcaption></figure>"
      + "<h3>Related stories</h3><ul><li><a href='/1'>Ceasefire collapses in the north</a></li><li><a href='/2'>Who are the negotiators?</a></li></ul>"
      + "</article>";

  private static String page(String head, String body) {
    return "<html><head>" + head + "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        + body + "<section id='comments'><h2>3 comments</h2><p>Great article, thanks for sharing, I really liked reading it and "
        + "will come back for more.</p></section><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>";
  }

  @Test
  void keepsTheArticleAndSaysWhyTheRestWasDropped() {
    Extraction e = x.extract(page("<title>Talks resume | Example News</title>", BODY), null);
    assertTrue(e.text().startsWith("Talks resume in Geneva\n\nNegotiators from both countries"), e.text());
    assertTrue(e.text().contains("called the atmosphere constructive."), e.text());
    for (String gone : new String[] {"Home", "Share on Facebook", "Delegates arrive", "Related stories", "Ceasefire collapses",
        "Great article", "Copyright"}) {
      assertFalse(e.text().contains(gone), gone + " in " + e.text());
    }
    assertTrue(e.dropped().contains(new Extraction.Removed("Home World Sport", "navigation")), e.dropped().toString());
    assertTrue(e.dropped().stream().anyMatch(r -> r.reason().equals("comments") && r.text().contains("Great article")), e.dropped().toString());
    assertTrue(e.dropped().stream().anyMatch(r -> r.reason().equals("share")), e.dropped().toString());
    assertEquals("Talks resume in Geneva", e.title());
  }

  @Test
  void readsTitleDateAndCanonicalUrlFromWhereThePageStatesThem() {
    Extraction meta = x.extract(page("<meta property='og:title' content='Talks resume'><meta property='article:published_time' "
        + "content='2024-03-11T08:00:00Z'><link rel='canonical' href='/world/talks'>", BODY), "https://news.example/amp/talks?x=1");
    assertEquals("Talks resume", meta.title());
    assertEquals(LocalDate.of(2024, 3, 11), meta.date());
    assertEquals("https://news.example/world/talks", meta.url());

    Extraction ld = x.extract(page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Geneva talks\","
        + "\"datePublished\":\"2024-03-09\"}</script>", BODY), null);
    assertEquals("Geneva talks", ld.title());
    assertEquals(LocalDate.of(2024, 3, 9), ld.date());
    assertNull(ld.url());

    assertEquals(LocalDate.of(2024, 3, 8), x.extract(page("", "<time datetime='2024-03-08T10:00'>Friday</time>" + BODY), null).date());
    assertEquals(LocalDate.of(2019, 5, 31), x.extract(page("", BODY), "https://blog.example/2019/05/31/talks/").date());
    assertNull(x.extract(page("", BODY), "https://blog.example/talks").date());
  }

  @Test
  void aPageWithoutBodyTextGivesNoText() {
    assertEquals("", x.extract("<html><head><title>Empty</title></head></html>", null).text());
    assertEquals("", x.extract("", null).text());
  }

  @Test
  @Tag("issue-15")
  void issue15_aPageNestedTwentyThousandDeepIsExtractedWithoutOverflowingTheStack() {
    int depth = 20_000;
    String story = "Negotiators from both countries met in Geneva on Monday to resume the talks that broke down in March, "
        + "officials said, adding that a ceasefire was on the table and that the next round would follow within a month.";
    String html = "<html><head><title>Talks</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        + "<div>".repeat(depth) + "<p>" + story + "</p><p>" + story.replace("Monday", "Tuesday") + "</p>" + "</div>".repeat(depth)
        + "</body></html>";
    Extraction e = x.extract(html, null);
    assertTrue(e.text().startsWith("Negotiators from both countries met in Geneva on Monday"), e.text());
    assertTrue(e.text().contains("on Tuesday"), e.text());
    assertFalse(e.text().contains("Home"), e.text());
  }
}
