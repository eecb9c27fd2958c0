package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static final LocalDate DAY = LocalDate.of(2019, 8, 28);

  private static List<Input> all(ArticleReader r, String name, byte[] stdin) {
    List<Input> out = new ArrayList<>();
    r.open(name, new ByteArrayInputStream(stdin)).forEachRemaining(out::add);
    return out;
  }

  @Test
  void jsonLinesKeepGoingPastBadLines() {
    String in = "{\"id\":\"a\",\"date\":\"2019-08-27\",\"text\":\"Putin met Erdogan.\"}\n{not json\n\n"
        + "{\"id\":\"c\",\"text\":\"No date here.\"}\n{\"id\":\"d\",\"date\":\"27/08/2019\",\"text\":\"x\"}\n[1,2]\n";
    List<Input> got = all(new ArticleReader(InputFormat.JSONL, DAY, 1000), "-", in.getBytes(StandardCharsets.UTF_8));
    assertEquals(5, got.size());
    assertEquals(LocalDate.of(2019, 8, 27), got.get(0).article().date());
    assertEquals("reject.json", got.get(1).error().code());
    assertEquals("stdin:2", got.get(1).error().docId());
    assertEquals(DAY, got.get(2).article().date());
    assertEquals("reject.date", got.get(3).error().code());
    assertEquals("d", got.get(3).error().docId());
    assertEquals("reject.json", got.get(4).error().code());
  }

  @Test
  void textFilesAreCheckedForBinaryEncodingAndSize(@TempDir Path dir) throws IOException {
    Path bin = dir.resolve("image.bin");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Path latin = dir.resolve("latin1.txt");
    Files.write(latin, "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "a".repeat(2000));
    Path ok = dir.resolve("ok.txt");
    Files.writeString(ok, "\uFEFFTurkey condemned the attack.");
    ArticleReader r = new ArticleReader(InputFormat.TEXT, DAY, 1000);
    assertEquals("reject.binary", all(r, bin.toString(), new byte[0]).get(0).error().code());
    assertEquals("reject.encoding", all(r, latin.toString(), new byte[0]).get(0).error().code());
    assertEquals("reject.too-large", all(r, big.toString(), new byte[0]).get(0).error().code());
    Input good = all(r, ok.toString(), new byte[0]).get(0);
    assertNull(good.error());
    assertEquals("ok.txt", good.article().id());
    assertEquals("Turkey condemned the attack.", good.article().text());
    assertEquals("read.io", all(r, dir.resolve("missing.txt").toString(), new byte[0]).get(0).error().code());
  }
}
