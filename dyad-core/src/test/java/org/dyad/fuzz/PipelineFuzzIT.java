package org.dyad.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.SharedCoder;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.DocError;
import org.dyad.doc.DocumentGuard;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline, readers to events, over a batch of good articles mixed with hostile files and with text made
 * to trouble the NLP (words without end, brackets thousands deep, runs of punctuation, mixed scripts, control
 * characters): the batch finishes, each bad document is turned away by one reason in words, and each good article
 * gives exactly the events it gives when coded alone.
 */
@Tag("issue-15")
class PipelineFuzzIT {
  private static final long SEED = Long.getLong("dyad.fuzz.seed", 1L);

  @Test
  void hostileDocumentsInABatchAreEachOneReasonAndGoodArticlesCodeAsAlone(@TempDir Path dir) throws IOException {
    Coder coder = SharedCoder.get();
    Files.copy(SharedCoder.root().resolve("examples/idlib-airshow.txt"), dir.resolve("a-idlib.txt"));
    Good.write(dir);
    for (Hostile.Sample s : new Hostile(SEED).round("h")) Files.write(dir.resolve(s.name()), s.bytes());
    writeNlpHostile(dir, new Random(SEED));
    Map<String, Object> batch = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> code(coder, dir));
    Map<String, Object> alone = new LinkedHashMap<>();
    for (Path f : ReaderFuzzTest.files(dir)) alone.putAll(code(coder, f));
    assertEquals(alone.keySet(), batch.keySet(), "the same documents in the batch as alone");
    int good = 0;
    for (Map.Entry<String, Object> e : batch.entrySet()) {
      if (e.getValue() instanceof DocError err) {
        Reasons.assertHuman(err);
        assertEquals(alone.get(e.getKey()), err, "the same reason as alone");
        continue;
      }
      CodedArticle a = (CodedArticle) e.getValue();
      List<DocError> rejections = a.errors().stream().filter(x -> x.code().startsWith("reject")).toList();
      assertTrue(rejections.size() <= 1, "at most one reason turns a document away: " + a.errors());
      a.errors().forEach(Reasons::assertHuman);
      List<CodedEvent> expected = ((CodedArticle) alone.get(e.getKey())).events();
      assertEquals(expected, a.events(), "events of " + e.getKey() + " as when coded alone");
      if (!a.events().isEmpty()) good++;
    }
    assertTrue(good >= 3, "the good articles code: " + good);
  }

  /** Texts that reach the tagger and parser: each a plain text file, as a careless crawl may hold. */
  private static void writeNlpHostile(Path dir, Random r) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("n-longword.txt", "Turkey said " + "x".repeat(20_000 + r.nextInt(20_000)) + " on Monday.");
    texts.put("n-brackets.txt", "Russia attacked " + "(".repeat(1_000) + "Ukraine" + ")".repeat(1_000) + " on Monday.");
    texts.put("n-punct.txt", "Russia attacked Ukraine" + "!?.,;:".repeat(500) + " again.");
    texts.put("n-numbers.txt", r.ints(800).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(" ")));
    texts.put("n-scripts.txt", "Russia attacked Ukraine on Monday. Россия атаковала Украину. روسيا هاجمت أوكرانيا. 俄罗斯袭击了乌克兰。 \u202E"
        + "\uD83D\uDE00".repeat(200) + " Turkey condemned the attack.");
    texts.put("n-controls.txt", randomControls(r));
    texts.put("n-onesentence.txt", "officials said the talks would go on and ".repeat(250).strip());
    for (Map.Entry<String, String> t : texts.entrySet()) Files.writeString(dir.resolve(t.getKey()), t.getValue());
  }

  private static String randomControls(Random r) {
    StringBuilder sb = new StringBuilder(Hostile.STORY);
    for (int i = 0; i < 200; i++) sb.insert(r.nextInt(sb.length()), (char) (r.nextInt(32)));
    return sb.toString().replace('\u0000', ' ');
  }

  /** Every document of the path read and coded as {@code dyad code} does: its coding, or its error. */
  private static Map<String, Object> code(Coder coder, Path p) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Ingested> docs = new ArrayList<>();
    new Sources(null, ReaderFuzzTest.DAY, ReaderFuzzTest.MAX_CHARS, HtmlExtractor.load(null))
        .open(List.of(p.toString()), new ByteArrayInputStream(new byte[0])).forEachRemaining(docs::add);
    for (Ingested d : docs) {
      if (d.article() == null) {
        assertFalse(out.containsKey(d.error().docId()), "one item per document: " + d.error());
        out.put(d.error().docId(), d.error());
        continue;
      }
      Object coded = DocumentGuard.call(d.article().id(), "pipeline", () -> coder.code(d.article()), e -> e);
      assertFalse(out.containsKey(d.article().id()), "one item per document: " + d.article().id());
      out.put(d.article().id(), coded);
    }
    return out;
  }
}
