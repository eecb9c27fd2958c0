package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.clean.HtmlExtractor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Issue 15 defect 5: a page's id {@code file@offset} names the byte where its own record starts. */
@Tag("issue-15")
class ArchiveOffsetsTest {
  private final ArchiveReader reader = new ArchiveReader(new HtmlReader(HtmlExtractor.load(null), org.dyad.io.DefaultDate.of(LocalDate.of(2024, 1, 1))));

  /** Writes three pages and returns the archive; {@code starts} receives each record's start offset. */
  private static byte[] archive(WarcCompression compression, List<Long> starts) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(buf), compression)) {
      for (int i = 0; i < 3; i++) {
        String html = "<html><body><article><h1>Story " + i + "</h1><p>" + ("Officials met in Geneva on Monday to discuss the "
            + "ceasefire and the exchange of prisoners, according to a statement. ").repeat(5) + "</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        starts.add(w.position());
        w.write(new WarcResponse.Builder(URI.create("https://news.example/" + i)).body(http).build());
      }
    }
    return buf.toByteArray();
  }

  private List<Ingested> read(String name, byte[] bytes) {
    List<Ingested> out = new ArrayList<>();
    reader.open(name, new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
    return out;
  }

  @Test
  void issue15_eachPageIsNamedByItsOwnRecordsOffset() throws IOException {
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      List<Long> starts = new ArrayList<>();
      List<Ingested> got = read("a.warc", archive(c, starts));
      assertEquals(3, got.size(), c.toString());
      for (int i = 0; i < 3; i++) {
        assertNotNull(got.get(i).article(), got.get(i).toString());
        assertEquals("a.warc@" + starts.get(i), got.get(i).article().id(), c + " record " + i);
      }
    }
  }

  @Test
  void issue15_anUnreadableRecordIsNamedByTheByteWhereItStarts() throws IOException {
    List<Long> starts = new ArrayList<>();
    byte[] good = archive(WarcCompression.NONE, starts);
    byte[] garbage = "this is no WARC record\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + garbage.length);
    System.arraycopy(garbage, 0, bytes, good.length, garbage.length);
    List<Ingested> got = read("b.warc", bytes);
    assertEquals(4, got.size(), got.toString());
    Ingested bad = got.get(3);
    assertNull(bad.article());
    assertEquals("b.warc@" + good.length, bad.error().docId());
    assertTrue(bad.error().message().contains("unreadable record at byte " + good.length), bad.error().message());
  }
}
