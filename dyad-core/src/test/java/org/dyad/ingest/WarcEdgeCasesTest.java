package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.NeedsShared;
import org.dyad.SharedCoder;
import org.dyad.clean.HtmlExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** warcio's edge-case archives (gzipped, chunked, truncated, bad digests, ARC): each is read or rejected with a reason. */
@ExtendWith(NeedsShared.class)
class WarcEdgeCasesTest {
  private static Path DIR;
  private final Sources sources = new Sources(null, LocalDate.of(2020, 1, 1), 1_000_000, HtmlExtractor.load(null));

  @BeforeAll
  static void find() {
    DIR = SharedCoder.shared().resolve("corpora/warcio");
  }

  private List<Ingested> read(String name) {
    List<Ingested> out = new ArrayList<>();
    sources.openOne(DIR.resolve(name).toString(), new ByteArrayInputStream(new byte[0])).forEachRemaining(out::add);
    return out;
  }

  @Test
  void everyFileIsReadOrRejectedWithAReason() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> !p.getFileName().toString().equals("LICENSE")).sorted().toList();
    }
    assertTrue(files.size() >= 16, "warcio files: " + files);
    for (Path f : files) {
      List<Ingested> got = read(f.getFileName().toString());
      assertFalse(got.isEmpty(), f + " yields at least an article or an error");
      for (Ingested d : got) {
        if (d.article() != null) {
          assertFalse(d.article().text().isBlank(), f + ": " + d.article().id());
        } else {
          assertNotNull(d.error().message(), f.toString());
          assertTrue(d.error().docId().startsWith(f.getFileName().toString()), d.error().toString());
        }
      }
    }
  }

  @Test
  void wellFormedArchivesGiveTheirPageWithUrlAndCaptureDate() {
    for (String name : List.of("example.warc", "example.warc.gz", "example.arc", "example.arc.gz", "example-resource.warc.gz",
        "example-iana.org-chunked.warc", "example-wrong-chunks.warc.gz", "example-bad-non-chunked.warc.gz")) {
      List<Ingested> got = read(name);
      assertEquals(1, got.size(), name);
      Ingested page = got.get(0);
      assertNotNull(page.article(), name + ": " + page.error());
      assertTrue(page.article().url().startsWith("http://"), name);
      assertTrue(page.article().date().getYear() >= 2014 && page.article().date().getYear() <= 2018, name + " is dated by its capture");
    }
    assertTrue(read("example.warc.gz").get(0).article().text().startsWith("Example Domain"));
  }

  @Test
  void brokenArchivesSayWhatIsWrong() {
    Map<String, String> expected = Map.of(
        "bad.arc", "unreadable record at byte 0",
        "example-space-in-url.arc", "unreadable record at byte 150", // the filedesc record at 0 is read; the next fails
        "example-digest.warc", "archive holds no HTML page (records: request=4)",
        "post-test.warc.gz", "archive holds no HTML page");
    for (var e : expected.entrySet()) {
      List<Ingested> got = read(e.getKey());
      assertTrue(got.stream().anyMatch(d -> d.error() != null && d.error().message().contains(e.getValue())), e.getKey() + ": " + got);
    }
    List<Ingested> trunc = read("example-trunc.warc");
    assertTrue(trunc.stream().anyMatch(d -> d.error() != null && d.error().message().contains("truncated")), trunc.toString());
  }

  @Test
  void aRenamedGzippedArchiveIsStillFoundByItsContent() {
    assertEquals(org.dyad.io.InputFormat.WARC, FormatDetector.detect(DIR.resolve("example-bad.warc.gz.bad")));
    assertNotNull(read("example-bad.warc.gz.bad").get(0).article());
  }
}
