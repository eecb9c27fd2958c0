package org.dyad.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.Article;
import org.dyad.ingest.FormatDetector;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.io.InputFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Archives and compressed files cut short at every offset (every {@code stride}-th, so that each file takes at
 * most about 400 reads; {@code -Ddyad.fuzz.stride=1} tries them all): the read ends, each document is one item,
 * every error says why in words, and what is read before the cut is exactly what the whole file gives there.
 */
@Tag("issue-15")
class TruncationFuzzTest {
  private final Sources sources = new Sources(null, ReaderFuzzTest.DAY, ReaderFuzzTest.MAX_CHARS, HtmlExtractor.load(null));

  static Stream<Arguments> archives() {
    String lines = "{\"id\":\"j1\",\"text\":\"" + Hostile.STORY + "\"}\n{\"id\":\"j2\",\"text\":\"Turkey condemned the attack on Sunday.\"}\n";
    String page = "<html><head><title>Talks</title></head><body><article><p>" + Hostile.STORY + "</p></article></body></html>";
    String feed = "<?xml version='1.0'?><rss version='2.0'><channel><title>World</title><item><title>Talks</title><description>"
        + Hostile.STORY + "</description></item><item><title>B</title><description>Turkey condemned the attack.</description></item></channel></rss>";
    return Stream.of(
        Arguments.of("crawl.warc", Hostile.warc(false), true),
        Arguments.of("crawl.warc.gz", Hostile.warc(true), true),
        Arguments.of("lines.jsonl.gz", Hostile.gzip(Hostile.utf8(lines)), true),
        Arguments.of("story.txt.gz", Hostile.gzip(Hostile.utf8(Hostile.STORY)), true),
        Arguments.of("page.html.gz", Hostile.gzip(Hostile.utf8(page)), true),
        Arguments.of("feed.rss", Hostile.utf8(feed), false),
        Arguments.of("lines.jsonl", Hostile.utf8(lines), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("archives")
  void cutAtEveryOffsetTheReadEndsWithReasonsAndKeepsWhatCameBefore(String name, byte[] whole, boolean prefixExact) {
    List<Article> all = articles(read(name, whole));
    assertFalse(all.isEmpty(), "the whole file reads");
    int stride = Integer.getInteger("dyad.fuzz.stride", Math.max(1, whole.length / 400));
    for (int cut = 0; cut < whole.length; cut += stride) {
      List<Ingested> got = read(name, Arrays.copyOf(whole, cut));
      assertFalse(got.isEmpty(), "a file cut at " + cut + " is read or reported");
      Set<String> ids = new HashSet<>();
      for (Ingested d : got) {
        assertTrue(ids.add(d.article() != null ? d.article().id() : d.error().docId()), "one item per document, cut at " + cut + ": " + got);
        if (d.error() != null) Reasons.assertHuman(d.error());
      }
      if (!prefixExact) continue;
      List<Article> read = articles(got);
      assertTrue(read.size() <= all.size(), "cut at " + cut + ": " + got);
      assertEquals(all.subList(0, read.size()), read, "what comes before the cut at " + cut + " reads as in the whole file");
    }
  }

  private List<Ingested> read(String name, byte[] bytes) {
    InputFormat f = FormatDetector.detect(name, () -> new ByteArrayInputStream(bytes));
    List<Ingested> out = new ArrayList<>();
    sources.open(name, f, new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
    return out;
  }

  private static List<Article> articles(List<Ingested> items) {
    return items.stream().filter(d -> d.article() != null).map(Ingested::article).toList();
  }
}
