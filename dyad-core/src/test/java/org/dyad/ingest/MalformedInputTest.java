package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.dyad.clean.HtmlExtractor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of every kind becomes an error naming the document and the reason, and the documents after it are read. */
class MalformedInputTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);
  private static final String PAGE = "<html><head><title>Talks</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
      + "<article><h1>Talks resume</h1><p>Negotiators from both countries met in Geneva on Monday to resume the talks that broke down "
      + "in March, officials said, adding that a ceasefire was on the table.</p><p>The meeting, the first in three months, lasted "
      + "five hours and will continue on Tuesday, according to a statement from the foreign ministry.</p></article></body></html>";

  private final Sources sources = new Sources(null, DAY, 1_000_000, HtmlExtractor.load(null));

  private List<Ingested> read(Path dir) {
    List<Ingested> out = new ArrayList<>();
    sources.open(List.of(dir.toString()), new ByteArrayInputStream(new byte[0])).forEachRemaining(out::add);
    return out;
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(b)) {
      z.write(data);
    }
    return b.toByteArray();
  }

  @Test
  void everyKindOfBadInputIsAnErrorAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] zipped = gzip(page);
    Files.write(dir.resolve("a-truncated.html.gz"), Arrays.copyOf(zipped, zipped.length / 2));
    byte[] garbage = new byte[20_000];
    new Random(7).nextBytes(garbage);
    Files.write(dir.resolve("b-binary.html"), garbage);
    Files.write(dir.resolve("c-latin1.txt"), "Caf\u00e9 cr\u00e8me, Gen\u00e8ve talks resumed.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("d-nobody.html"), "<html><head><title>Nothing here</title></head></html>");
    byte[] huge = new byte[50 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    System.arraycopy("<html><body><p>".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 15);
    Files.write(dir.resolve("e-huge.html"), huge);
    Files.writeString(dir.resolve("f-broken.rss"), "<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>"
        + "<item><title>Talks</title><description>Talks resumed in Geneva.</description></item><item><title>Unclosed");
    Files.write(dir.resolve("g-good.html.gz"), zipped);
    byte[] mixed = (PAGE.substring(0, 300) + "\u0000").getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("h-good-with-bad-bytes.html"), concat(mixed, new byte[] {(byte) 0xC3, (byte) 0x28}, PAGE.substring(300).getBytes(StandardCharsets.UTF_8)));

    List<Ingested> got = read(dir);
    assertEquals(8, got.size(), got.toString());
    assertError(got.get(0), "a-truncated", "read.io", "truncated");
    assertError(got.get(1), "b-binary", "reject.encoding", "undecodable");
    assertError(got.get(2), "c-latin1.txt", "reject.encoding", "not valid UTF-8");
    assertError(got.get(3), "d-nobody", "reject.empty", "no article text");
    assertError(got.get(4), "e-huge", "reject.too-large", "size limit");
    assertError(got.get(5), "f-broken.rss", "reject.feed", "not a valid RSS or Atom feed");
    assertNull(got.get(6).error());
    assertEquals("g-good", got.get(6).article().id());
    assertTrue(got.get(6).article().text().contains("Negotiators from both countries"), got.get(6).article().text());
    assertTrue(got.get(6).article().text().indexOf("Home") < 0, "the menu is dropped");
    assertNull(got.get(7).error(), "a couple of bad bytes are replaced, as browsers do");
    assertTrue(got.get(7).article().text().contains("foreign ministry"));
  }

  /** An Atom entry whose XHTML content nests {@code depth} elements: ROME writes it out with a recursive JDOM printer. */
  static String deepAtom(int depth) {
    return "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Deep</title><id>urn:deep</id>"
        + "<updated>2024-03-12T00:00:00Z</updated><entry><title>Deep</title><id>urn:deep:1</id><updated>2024-03-12T00:00:00Z</updated>"
        + "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>" + "<span>".repeat(depth)
        + "Negotiators met in Geneva on Monday." + "</span>".repeat(depth) + "</div></content></entry></feed>";
  }

  @Test
  @Tag("issue-15")
  void issue15_aFeedTooDeepForItsParserIsOneErrorAndTheFilesAfterItAreRead(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("a-good.html"), PAGE.getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("b-deep.atom"), deepAtom(30_000));
    Files.write(dir.resolve("c-good.html"), PAGE.getBytes(StandardCharsets.UTF_8));
    List<Ingested> got = read(dir);
    assertEquals(3, got.size(), got.toString());
    assertEquals("a-good", got.get(0).article().id());
    assertError(got.get(1), "b-deep.atom", "reject.too-deep", "nested too deeply to be processed");
    assertEquals("c-good", got.get(2).article().id());
  }

  private static void assertError(Ingested d, String id, String code, String message) {
    assertNull(d.article(), id);
    assertEquals(id, d.error().docId());
    assertEquals(code, d.error().code(), d.error().toString());
    assertTrue(d.error().message().contains(message), d.error().toString());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) b.writeBytes(p);
    return b.toByteArray();
  }

  @Test
  void feedsGiveOneArticlePerEntry(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("world.xml"), "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>World</title>"
        + "<item><title>Talks resume</title><link>https://news.example/talks</link><pubDate>Mon, 11 Mar 2024 08:00:00 GMT</pubDate>"
        + "<description>&lt;p&gt;Negotiators met in Geneva on Monday.&lt;/p&gt;</description></item>"
        + "<item><title>Empty</title><link>https://news.example/empty</link></item></channel></rss>");
    Files.writeString(dir.resolve("atom.atom"), "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
        + "<entry><title>Strike ends</title><link href='https://news.example/strike'/><id>urn:1</id><updated>2024-03-10T12:00:00Z</updated>"
        + "<content type='html'>&lt;p&gt;Dock workers ended their strike on Sunday.&lt;/p&gt;</content></entry></feed>");
    List<Ingested> got = read(dir);
    assertEquals(3, got.size(), got.toString());
    assertEquals("atom.atom#1", got.get(0).article().id());
    assertEquals(LocalDate.of(2024, 3, 10), got.get(0).article().date());
    assertEquals("Dock workers ended their strike on Sunday.", got.get(0).article().text());
    assertEquals("world.xml#1", got.get(1).article().id());
    assertEquals("Talks resume", got.get(1).article().title());
    assertEquals("https://news.example/talks", got.get(1).article().url());
    assertEquals(LocalDate.of(2024, 3, 11), got.get(1).article().date());
    assertEquals("world.xml#2", got.get(2).error().docId());
    assertEquals("reject.empty", got.get(2).error().code());
  }
}
