package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small crawl through {@code dyad code}: a gzipped WARC of news pages, two of them near-copies of the first story
 * on other sites and one in French, plus a request record and an image. Each story is coded once, from its first
 * copy; the copies and the French page are reported with their reason.
 */
class WarcCodeIT {
  private static final String STRIKES = "Iran condemned the Israeli airstrikes on Damascus on Monday, calling them a violation of "
      + "Syrian sovereignty. The foreign ministry in Tehran said the strikes had killed several civilians and warned that the "
      + "region could not afford another war. Israel did not comment on the report, as is its practice.";
  private static final String ARRESTS = "Venezuelan police arrested opposition leaders in Caracas on Tuesday, hours before a planned "
      + "march against the government. Rights groups said at least twelve activists were held overnight without charge, and "
      + "the opposition called for new protests across the country later this week.";
  private static final String FRENCH = "Le président russe a rencontré mardi son homologue turc à Moscou, alors que les frappes "
      + "aériennes syriennes visaient la province d'Idleb tenue par les rebelles et que la Turquie se disait prête à envoyer des troupes.";

  private static String page(String site, String title, String story, String date) {
    return "<!DOCTYPE html><html><head><title>" + title + " | " + site + "</title><meta property='article:published_time' content='"
        + date + "'></head><body><header><nav><a href='/'>" + site + "</a> <a href='/world'>World</a> <a href='/business'>Business</a> "
        + "<a href='/sport'>Sport</a></nav></header><main><article><h1>" + title + "</h1><p>" + story.replace(". ", ".</p><p>")
        + "</p></article><aside class='related'><h3>Most read</h3><ul><li><a href='/a'>Syria says Israel attacked army posts</a></li>"
        + "<li><a href='/b'>Turkey threatens to send troops</a></li></ul></aside></main><div id='comments'><p>Venezuela arrested "
        + "its critics again, shame on the government, wrote one reader in a long comment under the story.</p></div>"
        + "<footer>Copyright 2024 " + site + "</footer></body></html>";
  }

  private static void response(WarcWriter w, String url, MediaType type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
    w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-12T10:00:00Z")).body(http).build());
  }

  private static void html(WarcWriter w, String url, String html) throws IOException {
    response(w, url, MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCrawlIsCodedOnceAndTheRestIsReported(@TempDir Path dir) throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(new WarcRequest.Builder(URI.create("https://wire.example/strikes")).body(new HttpRequest.Builder("GET", "/strikes").build()).build());
      html(w, "https://wire.example/strikes", page("Wire News", "Iran condemns strikes", STRIKES, "2024-03-11T08:00:00Z"));
      html(w, "https://daily.example/world/iran-strikes", page("The Daily", "Tehran condemns Israeli strikes on Damascus",
          STRIKES + " Read more on our Middle East page.", "2024-03-11T09:30:00Z"));
      response(w, "https://daily.example/logo.png", MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
      html(w, "https://wire.example/caracas", page("Wire News", "Opposition leaders arrested", ARRESTS, "2024-03-12T07:00:00Z"));
      html(w, "https://lemonde.example/idleb", page("Le Quotidien", "Poutine et Erdogan", FRENCH, "2024-03-12T07:00:00Z"));
      html(w, "https://herald.example/iran", page("The Herald", "Iran: strikes a violation of sovereignty", STRIKES.replace("Monday", "Monday night"),
          "2024-03-11T11:00:00Z"));
    }
    CodeCommandIT.Run r = CodeCommandIT.run(new byte[0], "code", warc.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> coded = r.events().stream().map(e -> e.get("doc_id").asText()).distinct().collect(Collectors.toList());
    assertEquals(2, coded.size(), r.out());
    assertTrue(coded.get(0).startsWith("crawl.warc.gz@"), coded.toString());
    String strikesId = coded.get(0);
    assertTrue(r.events().stream().anyMatch(e -> e.get("doc_id").asText().equals(strikesId) && e.get("source").get("code").asText().startsWith("IRN")),
        r.out());
    assertTrue(r.events().stream().anyMatch(e -> e.get("doc_id").asText().equals(coded.get(1)) && e.get("source").get("code").asText().startsWith("VEN")),
        r.out());
    assertTrue(r.events().stream().noneMatch(e -> e.get("text").asText().contains("shame on")),
        "nothing is coded from the comments");
    assertEquals(2, count(r.err(), "near-duplicate of " + strikesId), r.err());
    assertTrue(r.err().contains("article is not in English"), r.err());
    assertTrue(r.err().contains("2 near-duplicate article(s) not coded again, copies of 1 original(s): {" + strikesId + "=2}"), r.err());
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
    return n;
  }
}
