package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.NeedsShared;
import org.dyad.SharedCoder;
import org.dyad.doc.Article;
import org.dyad.eval.EvalReport;
import org.dyad.eval.Evaluator;
import org.dyad.eval.GoldReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PETRARCH unit records coded with their own PETRARCH-format dictionaries ({@code --dictionaries}). The NLP
 * models are the JVM's shared ones; only the dictionaries differ from the default coder.
 */
@ExtendWith(NeedsShared.class)
class PetrarchCompatibilityIT {
  /** Share of unit-record sentences coded exactly right: measured 0.930 with the tree coder (0.493 before it). */
  private static final double SENTENCE_FLOOR = 0.92;
  private static Path UNIT;
  private static Coder coder;

  @BeforeAll
  static void load() {
    UNIT = SharedCoder.shared().resolve("eval/events/petrarch-unit");
    coder = Coder.create(CoderOptions.defaults().withDictionaries(UNIT));
  }

  @Test
  void unitRecordsCodedExactlyRight() throws IOException {
    EvalReport r = new Evaluator(coder, 2).evaluate(GoldReader.read(UNIT.resolve("PETR.UnitTest.records.xml")));
    assertTrue(r.sentenceAccuracy() >= SENTENCE_FLOOR, "sentences exactly right: " + r.sentenceAccuracy());
  }

  @Test
  void theFirstLightRecordIsCodedByItsDictionaryPattern() {
    List<CodedEvent> ev = code("19950101", "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.");
    assertEquals(1, ev.size(), ev.toString());
    CodedEvent e = ev.get(0);
    assertEquals("ARN", e.source().code());
    assertEquals("GON", e.target().code());
    assertEquals("064", e.event().code());
    // The rule id names the verb file and line that coded it, so a wrong event can be traced.
    assertTrue(e.rule().startsWith("PETR.Validate.verbs.txt:"), e.rule());
  }

  @Test
  void withoutAGivenTreeCoreNlpsTreeIsCodedPetrarchsWay() {
    // No <Parse> here: CoreNLP's shift-reduce tree. The compound subject gives one event per member, the agent
    // "officials" joins the actor of "in Fornost".
    List<CodedEvent> ev = code("19950101", "Officials in Fornost and Gondor condemned Osgiliath on Monday.");
    assertEquals(List.of("FORGOV OSG 122", "GONGOV OSG 122"),
        ev.stream().map(e -> e.source().code() + " " + e.target().code() + " " + e.event().code()).toList());
    assertEquals("Osgiliath", ev.get(0).target().text(), "actor spans point into the text");
  }

  @Test
  void datedActorCodesFollowTheSentenceDate() {
    String s = "Sam Gamgee assailed Gondor on Monday.";
    assertEquals("HOBMIL", code("20110601", s).get(0).source().code());
    assertEquals("HOBELI", code("20140101", s).get(0).source().code());
  }

  @Test
  void theDefaultDictionariesAreUntouched() {
    List<CodedEvent> ev = SharedCoder.get().code(Article.of("x", LocalDate.of(1995, 1, 1), "Arnor assailed Gondor on Monday.")).events();
    assertEquals(List.of(), ev, "Arnor and Gondor exist only in the PETRARCH suite's dictionaries");
  }

  @Test
  @Tag("issue-15")
  void issue15_aStageThatFailsOnAnArticleRejectsItWithTheStagesNameAndTheNextIsCoded() {
    // A given parse 200,000 levels deep: the tree coder reads it with CoreNLP's recursive Tree methods.
    String deep = "(ROOT " + "(S ".repeat(200_000) + "(NNP Arnor)" + ")".repeat(200_000) + ")";
    CodedArticle bad = coder.code(new Article("deep", LocalDate.of(1995, 1, 1), "Arnor", null, null, null, deep, null));
    assertEquals(1, bad.errors().size(), bad.errors().toString());
    String said = bad.errors().get(0).toString();
    assertTrue(said.startsWith("deep: the document is nested too deeply to be processed (deeper than a parser's recursion can go)"), said);
    assertEquals("events", bad.errors().get(0).stage(), "named by the stage that failed");
    assertEquals("reject.too-deep", bad.errors().get(0).code());
    assertEquals(1, code("19950101", "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds "
        + "trashed its embassy.").size(), "the coder goes on");
  }

  private static List<CodedEvent> code(String date, String text) {
    return coder.code(Article.of("t", LocalDate.parse(date, java.time.format.DateTimeFormatter.BASIC_ISO_DATE), text)).events();
  }
}
