package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sentence budget in CoreNLP's own tokenizer and splitter, wired as the tagger wires it (no models needed):
 * long sentences come out cut within both limits, the rest untouched, and everything numbered as CoreNLP numbers it.
 */
@Tag("issue-15")
class SentenceBudgetTest {
  private static final StanfordCoreNLP SPLIT = splitter();

  private static StanfordCoreNLP splitter() {
    Properties p = NlpModels.taggerProperties();
    p.setProperty("annotators", "tokenize,ssplit,dyadbudget"); // the tagger's own order, up to the taggers
    return new StanfordCoreNLP(p);
  }

  private static Annotation split(String text) {
    Annotation a = new Annotation(text);
    SPLIT.annotate(a);
    return a;
  }

  private static List<CoreMap> sentences(Annotation a) {
    return a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static String words(int n, int from) {
    return IntStream.range(from, from + n).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
  }

  /** Every sentence within the limits, numbered in order, its offsets those of its tokens, its tokens 1.. in it. */
  private static void assertWellFormed(Annotation a, String text) {
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> ss = sentences(a);
    for (int i = 0; i < ss.size(); i++) {
      CoreMap s = ss.get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      assertTrue(tokens.size() <= SentenceBudget.MAX_TOKENS && end - begin <= SentenceBudget.MAX_CHARS, "sentence " + i);
      assertEquals(i, s.get(CoreAnnotations.SentenceIndexAnnotation.class));
      assertEquals(tokens.get(0).beginPosition(), begin);
      assertEquals(tokens.get(tokens.size() - 1).endPosition(), end);
      assertEquals(text.substring(begin, end), s.get(CoreAnnotations.TextAnnotation.class));
      assertEquals(tokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class), s.get(CoreAnnotations.TokenBeginAnnotation.class));
      for (int j = 0; j < tokens.size(); j++) {
        assertEquals(j + 1, tokens.get(j).index());
        assertEquals(i, tokens.get(j).sentIndex());
      }
      all.addAll(tokens);
    }
    assertEquals(a.get(CoreAnnotations.TokensAnnotation.class), all, "the pieces hold every token once, in order");
  }

  @Test
  void issue15_aSentenceWithoutPunctuationIsCutIntoPiecesWithinTheLimit() {
    String text = "Talks resumed in Geneva. " + words(999, 0) + ". The ministry said nothing.";
    Annotation a = split(text);
    assertWellFormed(a, text);
    assertEquals(7, sentences(a).size(), "one before, five pieces of 200, one after");
    assertEquals(new SentenceBudget.Cuts(1, 5, 1000), a.get(SentenceBudget.CutsAnnotation.class));
    assertEquals("The ministry said nothing.", sentences(a).get(6).get(CoreAnnotations.TextAnnotation.class));
  }

  @Test
  void issue15_aCutFallsAfterACommaWhenOneIsNearTheLimit() {
    String text = words(150, 0) + ", " + words(150, 150);
    Annotation a = split(text);
    assertWellFormed(a, text);
    List<CoreLabel> first = sentences(a).get(0).get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(151, first.size());
    assertEquals(",", first.get(150).word());
  }

  @Test
  void issue15_aSentenceOfFewButLongTokensIsCutByCharacters() {
    String text = IntStream.range(0, 100).mapToObj(i -> "w" + i + "x".repeat(40)).collect(Collectors.joining(" "));
    Annotation a = split(text);
    assertWellFormed(a, text);
    assertEquals(2, sentences(a).size());
    assertEquals(new SentenceBudget.Cuts(1, 2, 100), a.get(SentenceBudget.CutsAnnotation.class));
  }

  @Test
  void issue15_ordinarySentencesAreLeftAlone() {
    Annotation a = split("Iran condemned the strikes on Monday. Israel did not comment.");
    assertEquals(2, sentences(a).size());
    assertNull(a.get(SentenceBudget.CutsAnnotation.class));
  }
}
