package org.dyad.fuzz;

import static org.dyad.fuzz.Hostile.STORY;
import static org.dyad.fuzz.Hostile.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One good file of each format, named to sort before ("a-") and after ("z-") the hostile ones. */
final class Good {
  private Good() {}

  static void write(Path dir) throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), STORY);
    Files.writeString(dir.resolve("a-good.html"), "<html><head><title>Talks</title></head><body><nav><a href='/'>Home</a></nav><article><p>"
        + STORY + "</p></article></body></html>");
    Files.writeString(dir.resolve("a-good.jsonl"), "{\"id\":\"j1\",\"date\":\"2024-03-11\",\"text\":\"" + STORY + "\"}\n"
        + "{\"id\":\"j2\",\"text\":\"Turkey condemned the attack on Sunday.\"}\n");
    Files.write(dir.resolve("z-good.warc"), Hostile.warc(false));
    Files.write(dir.resolve("z-good.warc.gz"), Hostile.warc(true));
    Files.write(dir.resolve("z-good.txt.gz"), Hostile.gzip(utf8(STORY)));
    Files.writeString(dir.resolve("z-good.rss"), "<?xml version='1.0'?><rss version='2.0'><channel><title>World</title><item><title>Talks</title>"
        + "<link>https://news.example/talks</link><description>" + STORY + "</description></item></channel></rss>");
    Files.writeString(dir.resolve("z-good.xml"), "<Sentences><Sentence date=\"20240311\" id=\"p1\" source=\"x\" sentence=\"true\"><Text>"
        + STORY + "</Text></Sentence></Sentences>");
  }

  static boolean isGood(Path f) {
    String n = f.getFileName().toString();
    return n.startsWith("a-good") || n.startsWith("z-good");
  }
}
