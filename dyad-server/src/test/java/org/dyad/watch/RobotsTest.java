package org.dyad.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** robots.txt as RFC 9309 reads it: which group applies, longest match, Allow on a tie, wildcards, the end anchor. */
class RobotsTest {
  @Test
  void theGroupForOurNameWinsOverTheStarGroup() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /\n\nUser-agent: Dyad\nDisallow: /private/\nCrawl-delay: 2.5\n");
    assertTrue(r.allowed("/news/1.html"), "our own group allows what it does not name");
    assertFalse(r.allowed("/private/x.html"));
    assertEquals(Duration.ofMillis(2500), r.crawlDelay());
  }

  @Test
  void theStarGroupAppliesWhenNoGroupNamesUs() {
    Robots r = Robots.parse("# a comment\nUser-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/ # not here\nDisallow:\n");
    assertTrue(r.allowed("/"));
    assertFalse(r.allowed("/private/"));
    assertTrue(r.allowed("/privates"), "a rule is a path prefix, not a word");
    assertEquals(Duration.ZERO, r.crawlDelay());
  }

  @Test
  void longestMatchWinsAndAllowWinsATie() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /a/\nAllow: /a/open/\nDisallow: /b\nAllow: /b\n");
    assertFalse(r.allowed("/a/closed.html"));
    assertTrue(r.allowed("/a/open/page.html"));
    assertTrue(r.allowed("/b/c"), "equal length: Allow");
  }

  @Test
  void wildcardsAndTheEndAnchor() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\n");
    assertFalse(r.allowed("/files/report.pdf"));
    assertTrue(r.allowed("/files/report.pdf.html"), "$ anchors the end");
    assertFalse(r.allowed("/page?session=42"));
    assertTrue(r.allowed("/page?id=42"));
  }

  @Test
  void groupsWithSeveralAgentsAndTheFallbacks() {
    Robots r = Robots.parse("User-agent: a\nUser-agent: dyad\nDisallow: /x\n");
    assertFalse(r.allowed("/x/1"));
    assertTrue(Robots.ALLOW_ALL.allowed("/anything"));
    assertFalse(Robots.DISALLOW_ALL.allowed("/"));
    assertFalse(Robots.DISALLOW_ALL.allowed("/robots-not-readable"));
  }
}
