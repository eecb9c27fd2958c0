package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bad input of every kind becomes a per-document error or no events, never an exception. */
class RobustnessIT {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

  private static CodedArticle code(String text) {
    return SharedCoder.get().code(Article.of("doc", DAY, text));
  }

  @Test
  void emptyArticleIsRejectedWithAReason() {
    CodedArticle a = code("   \n ");
    assertEquals("reject.empty", a.errors().get(0).code());
    assertTrue(a.events().isEmpty());
  }

  @Test
  void frenchArticleIsRejectedAsNotEnglish() {
    CodedArticle a = code("Le président russe Vladimir Poutine a rencontré mardi son homologue turc Recep Tayyip Erdogan "
        + "à Moscou, alors que les frappes aériennes syriennes visaient la province d'Idleb tenue par les rebelles.");
    assertEquals("reject.language", a.errors().get(0).code());
    assertTrue(a.errors().get(0).message().contains("fr"), a.errors().get(0).message());
  }

  @Test
  void oversizedArticleIsRejectedBeforeNlp() {
    CodedArticle a = code("Turkey condemned the attack. ".repeat(200_000));
    assertEquals("reject.too-large", a.errors().get(0).code());
  }

  @Test
  @Tag("issue-15")
  void issue15_anArticleWithoutSentencePunctuationIsCutIntoBoundedSentences() {
    // 6,000 tokens and not one full stop: CoreNLP's splitter makes one sentence of it, which the taggers take whole.
    String words = "officials in the capital said the minister would meet union leaders next week and talks on wages would go on ";
    CodedArticle a = code(words.repeat(300).strip());
    assertTrue(a.sentences() >= 30, "cut into pieces: " + a.sentences());
    DocError cut = a.errors().stream().filter(e -> e.code().equals("cut.long-sentence")).findFirst().orElse(null);
    assertTrue(cut != null, "the cut is reported: " + a.errors());
    assertTrue(cut.message().startsWith("1 sentence over 200 tokens or 3000 characters (the longest 6000 tokens) was cut into "),
        cut.message());
    assertTrue(a.errors().stream().noneMatch(e -> e.code().startsWith("reject")), "the article is still coded: " + a.errors());
  }

  @Test
  void randomTextGivesNoExceptionAndNoEvents() {
    Random r = new Random(42);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) sb.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : " .,;\n-'".charAt(r.nextInt(7))));
    CodedArticle a = code(sb.toString());
    assertTrue(a.events().isEmpty(), a.events().toString());
  }

  @Test
  void negatedEventIsNotCoded() {
    CodedArticle a = code("Russia did not attack Ukraine on Monday, the Kremlin said.");
    assertTrue(a.events().stream().noneMatch(e -> e.event().root().equals("19")), a.events().toString());
  }

  @Test
  void compoundSubjectCodesEachActor() {
    CodedArticle a = code("Jordan and Britain signed a defence agreement with Iraq on Monday.");
    assertTrue(a.events().stream().anyMatch(e -> e.source().code().startsWith("JOR") && e.target() != null && e.target().code().startsWith("IRQ")),
        a.events().toString());
    assertTrue(a.events().stream().anyMatch(e -> e.source().code().startsWith("GBR") && e.target() != null && e.target().code().startsWith("IRQ")),
        a.events().toString());
  }

  @Test
  void passiveVoiceTakesTheByAgentAsSource() {
    CodedArticle a = code("Two Ukrainian soldiers were killed by Russian artillery near Bakhmut on Sunday.");
    assertTrue(a.events().stream().anyMatch(e -> e.source().code().startsWith("RUS") && e.target() != null && e.target().code().startsWith("UKR")),
        a.events().toString());
  }
}
