package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.io.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {
  @Test
  void namesDecideFirstThenTheFirstBytes(@TempDir Path dir) throws IOException {
    assertEquals(InputFormat.WARC, FormatDetector.detect(Files.writeString(dir.resolve("crawl.warc.gz"), "")));
    assertEquals(InputFormat.WARC, FormatDetector.detect(Files.writeString(dir.resolve("old.arc"), "")));
    assertEquals(InputFormat.HTML, FormatDetector.detect(Files.writeString(dir.resolve("page.HTM"), "")));
    assertEquals(InputFormat.JSONL, FormatDetector.detect(Files.writeString(dir.resolve("batch.jsonl"), "")));
    assertEquals(InputFormat.FEED, FormatDetector.detect(Files.writeString(dir.resolve("news.rss"), "")));
    assertEquals(InputFormat.FEED, FormatDetector.detect(Files.writeString(dir.resolve("feed.xml"), "<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>")));
    assertEquals(InputFormat.HTML, FormatDetector.detect(Files.writeString(dir.resolve("saved"), "\uFEFF  <!DOCTYPE html><html>")));
    assertEquals(InputFormat.WARC, FormatDetector.detect(Files.writeString(dir.resolve("CC-NEWS-0001"), "WARC/1.0\r\nWARC-Type: warcinfo")));
    assertEquals(InputFormat.JSONL, FormatDetector.detect(Files.writeString(dir.resolve("dump.txt"), "{\"id\":\"a\",\"text\":\"x\"}\n")));
    assertEquals(InputFormat.TEXT, FormatDetector.detect(Files.writeString(dir.resolve("story.txt"), "Turkey condemned the attack.")));
    assertEquals(InputFormat.TEXT, FormatDetector.detect(dir.resolve("missing.txt")));
    assertEquals(InputFormat.PETRARCH_XML, FormatDetector.detect(Files.writeString(dir.resolve("input.xml"),
        "<Sentences>\n<Sentence date=\"20190827\" id=\"A-1\">\n<Text>Iran condemned Israel.</Text>\n</Sentence>")));
  }

  @Test
  void petrarchsOwnValidationFileIsPetrarchXml() {
    Path records = org.dyad.SharedCoder.shared().resolve("eval/events/petrarch-unit/PETR.UnitTest.records.xml");
    assertEquals(InputFormat.PETRARCH_XML, FormatDetector.detect(records));
  }

  @Test
  void pageIdsDropOnlyTheHtmlAndGzExtensions() {
    assertEquals("die-partei.net.luebeck", Sources.pageId("die-partei.net.luebeck.html.gz"));
    assertEquals("story", Sources.pageId("story.htm"));
    assertEquals("notes.txt", Sources.pageId("notes.txt"));
  }
}
