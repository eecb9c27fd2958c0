package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.clean.HtmlExtractor;
import org.dyad.io.IoErrors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, defects 13 and 14: files are read when they can be, and otherwise each gets its own true reason. */
@Tag("issue-15")
class ReadReasonsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);
  private static final String TEXT = "Negotiators from both countries met in Geneva on Monday, officials said.";

  private static List<Ingested> read(int maxChars, String... names) {
    List<Ingested> out = new ArrayList<>();
    new Sources(null, DAY, maxChars, HtmlExtractor.load(null)).open(List.of(names), new ByteArrayInputStream(new byte[0]))
        .forEachRemaining(out::add);
    return out;
  }

  private static String only(List<Ingested> got) {
    assertEquals(1, got.size(), got.toString());
    assertNull(got.get(0).article(), got.toString());
    return got.get(0).error().message();
  }

  @Test
  void utf16WithAByteOrderMarkIsReadAsText(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
    Files.write(dir.resolve("be.txt"), TEXT.getBytes(StandardCharsets.UTF_16)); // Java writes the big-endian mark
    Files.write(dir.resolve("lines.jsonl"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        ("{\"id\":\"j1\",\"text\":\"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_16LE)));
    List<Ingested> got = read(1_000_000, dir.resolve("le.txt").toString(), dir.resolve("be.txt").toString(), dir.resolve("lines.jsonl").toString());
    assertEquals(3, got.size(), got.toString());
    for (Ingested g : got) {
      assertNull(g.error(), g.toString());
      assertEquals(TEXT, g.article().text());
    }
    assertEquals("j1", got.get(2).article().id());
  }

  @Test
  void utf16WithoutAMarkIsToldHowToFixIt(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("nomark.txt"), TEXT.getBytes(StandardCharsets.UTF_16LE));
    String why = only(read(1_000_000, dir.resolve("nomark.txt").toString()));
    assertTrue(why.contains("UTF-16") && why.contains("save it as UTF-8"), why);
  }

  @Test
  void gzippedTextAndJsonLinesAreUnzipped(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("story.txt.gz"), MalformedInputTest.gzip(TEXT.getBytes(StandardCharsets.UTF_8)));
    Files.write(dir.resolve("lines.jsonl.gz"), MalformedInputTest.gzip(("{\"id\":\"z1\",\"text\":\"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8)));
    List<Ingested> got = read(1_000_000, dir.toString());
    assertEquals(2, got.size(), got.toString());
    assertEquals("z1", got.get(0).article().id());
    assertEquals(TEXT, got.get(0).article().text());
    assertEquals("story.txt.gz", got.get(1).article().id());
    assertEquals(TEXT, got.get(1).article().text());
  }

  @Test
  void aFileThatCannotBeOpenedSaysWhy(@TempDir Path dir) throws IOException {
    assertEquals("cannot read file: no such file", only(read(1000, dir.resolve("missing.txt").toString())));
    Files.writeString(dir.resolve("plain.txt"), TEXT);
    String notFolder = only(read(1000, dir.resolve("plain.txt").resolve("inside.txt").toString()));
    assertEquals("cannot read file: not a directory", notFolder);
  }

  @Test
  void theReasonsForFilesThatCannotBeOpenedAreWords() {
    // Java's own messages for these are the path alone. (A permission the test cannot take away from root is
    // checked here on the exception the file system gives, not on a file.)
    assertEquals("permission denied", IoErrors.describe(new AccessDeniedException("/data/locked.txt")));
    assertEquals("no such file", IoErrors.describe(new NoSuchFileException("/data/gone.txt")));
    assertEquals("a symbolic link loop", IoErrors.describe(new FileSystemLoopException("/data/loop")));
    assertEquals("the file is truncated (unexpected end of data)", IoErrors.describe(new EOFException()));
  }

  @Test
  void aNegativeWarcContentLengthIsSaidInWords(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("neg.warc"), "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        + "WARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Target-URI: http://x.org/\r\nContent-Type: text/html\r\n"
        + "Content-Length: -5\r\n\r\n<html>hi</html>\r\n\r\n");
    String why = only(read(1000, dir.resolve("neg.warc").toString()));
    assertEquals("record at byte 0 has an invalid Content-Length (\"-5\"), rest of the file skipped", why);
  }

  @Test
  void aWarcHeaderTheParserRejectsIsQuotedWithoutTheParsersMarkers() {
    String said = ArchiveReader.parsing("invalid WARC record at position 0: ...ntent-Type: text/html\\r\\nContent-Length: x<-- HERE -->5\\r\\n");
    assertEquals("the record header is malformed at \"Content-Length: x\"", said);
  }

  @Test
  void aHugeJsonLineIsRejectedForItsSizeUnheld(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.jsonl");
    try (var w = Files.newBufferedWriter(big)) {
      w.write("{\"id\":\"big\",\"text\":\"");
      for (int i = 0; i < 50; i++) w.write("x".repeat(1_000_000));
      w.write("\"}\n{\"id\":\"after\",\"text\":\"" + TEXT + "\"}\n");
    }
    List<Ingested> got = read(1_000_000, big.toString());
    assertEquals(2, got.size(), got.toString());
    String why = got.get(0).error().message();
    assertTrue(why.startsWith("line has 50000") && why.contains("--max-chars"), why);
    assertEquals("after", got.get(1).article().id(), "the line after it is read");
  }

  @Test
  void aValueOverTheJsonReadersOwnLimitIsSaidWithoutItsInternals(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.jsonl");
    Files.writeString(big, "{\"id\":\"big\",\"text\":\"" + "x".repeat(21_000_000) + "\"}\n");
    String why = only(read(30_000_000, big.toString()));
    assertTrue(why.startsWith("the line is beyond what the JSON reader accepts"), why);
    assertFalse(why.contains("`") || why.contains("StreamReadConstraints"), why);
  }

  @Test
  void linkLoopsAndDanglingLinksInAFolderAreEachOneErrorAndTheRestIsRead(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), TEXT);
    Files.createSymbolicLink(folder.resolve("b-loop"), folder);
    Files.createSymbolicLink(folder.resolve("c-dangling"), dir.resolve("gone.txt"));
    Files.writeString(folder.resolve("d.txt"), TEXT);
    List<Ingested> got = read(1000, folder.toString());
    assertEquals(4, got.size(), got.toString());
    assertEquals("a.txt", got.get(0).article().id());
    assertEquals("b-loop", got.get(1).error().docId());
    assertTrue(got.get(1).error().message().startsWith("symbolic link loop"), got.get(1).toString());
    assertEquals("c-dangling", got.get(2).error().docId());
    assertTrue(got.get(2).error().message().startsWith("dangling symbolic link"), got.get(2).toString());
    assertEquals("d.txt", got.get(3).article().id());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) b.writeBytes(p);
    return b.toByteArray();
  }
}
