package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import org.dyad.clean.HtmlExtractor;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** An archive is read record by record: the first page comes out long before the file has been read. */
class ArchiveStreamingTest {
  @Test
  void theFirstPageComesOutAfterReadingOnlyTheStartOfTheArchive() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int pages = 400;
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(buf), WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        String html = "<html><body><article><h1>Story " + i + "</h1><p>" + ("Officials met in Geneva on Monday to discuss the "
            + "ceasefire and the exchange of prisoners, according to a statement. ").repeat(20) + "</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create("https://news.example/" + i)).body(http).build());
      }
    }
    byte[] warc = buf.toByteArray();
    long[] read = new long[1];
    InputStream counting = new FilterInputStream(new ByteArrayInputStream(warc)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) read[0] += n;
        return n;
      }

      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) read[0]++;
        return c;
      }
    };
    ArchiveReader reader = new ArchiveReader(new HtmlReader(HtmlExtractor.load(null), org.dyad.io.DefaultDate.of(LocalDate.of(2024, 1, 1))));
    Iterator<Ingested> it = reader.open("big.warc.gz", counting);
    assertTrue(it.next().article().text().startsWith("Story 0"));
    assertTrue(read[0] < warc.length / 4, "read " + read[0] + " of " + warc.length + " bytes for the first page");
    int n = 1;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    assertEquals(pages, n);
    assertEquals(warc.length, read[0]);
  }
}
