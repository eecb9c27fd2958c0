package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A bound on sentence length, applied between CoreNLP's sentence splitter and its taggers. A text without sentence
 * punctuation (a table, a list, a page whose markup was run together) is one sentence to the splitter, and the
 * tagger and the NER models take a sentence whole: one of 150,000 tokens fills the heap. A sentence over
 * {@link #MAX_TOKENS} tokens or {@link #MAX_CHARS} characters is cut into pieces within both limits (at a comma,
 * semicolon, colon or dash in the second half of a piece when there is one), so a document's cost grows with its
 * length only, and the cut is reported with the document.
 */
public final class SentenceBudget {
  /** Longer sentences are cut. News sentences stay far below it; only sentences of up to 90 tokens are parsed anyway. */
  public static final int MAX_TOKENS = 200;
  /** Longer sentences are cut whatever their token count (runs of very long tokens: addresses, encoded data). */
  public static final int MAX_CHARS = 3000;
  /** Tokens after which a piece may end before its limit, so that a cut falls between phrases where it can. */
  private static final Set<String> SOFT_BREAKS = Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");

  private SentenceBudget() {}

  /** What was cut in one document: how many sentences, into how many pieces, and the longest one's tokens. */
  public record Cuts(int sentences, int pieces, int longestTokens) {
    public String message() {
      boolean one = sentences == 1;
      return sentences + (one ? " sentence" : " sentences") + " over " + MAX_TOKENS + " tokens or " + MAX_CHARS
          + " characters (the longest " + longestTokens + " tokens) " + (one ? "was" : "were") + " cut into " + pieces
          + " pieces: the text has no sentence punctuation there, and an event read across a cut is missed";
    }
  }

  /** Where {@link Annotator} leaves a document's {@link Cuts}; absent when nothing was cut. */
  public static final class CutsAnnotation implements CoreAnnotation<Cuts> {
    @Override
    public Class<Cuts> getType() {
      return Cuts.class;
    }
  }

  /** The budget as a CoreNLP annotator ({@code customAnnotatorClass}), run right after {@code ssplit}. */
  public static final class Annotator implements edu.stanford.nlp.pipeline.Annotator {
    public Annotator(String name, Properties props) {}

    @Override
    public void annotate(Annotation annotation) {
      Cuts c = cut(annotation);
      if (c != null) annotation.set(CutsAnnotation.class, c);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
      return Set.of(CutsAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
      return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
  }

  /** Cuts a split document's long sentences in place and numbers all sentences again; null when none was too long. */
  public static Cuts cut(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.stream().noneMatch(SentenceBudget::tooLong)) return null;
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    int cut = 0;
    int pieces = 0;
    int longest = 0;
    for (CoreMap s : sentences) {
      if (!tooLong(s)) {
        out.add(s);
        continue;
      }
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      cut++;
      longest = Math.max(longest, tokens.size());
      for (List<CoreLabel> piece : pieces(tokens)) {
        out.add(sentence(text, piece, s));
        pieces++;
      }
    }
    renumber(out);
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    return new Cuts(cut, pieces, longest);
  }

  private static boolean tooLong(CoreMap s) {
    List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.size() > MAX_TOKENS) return true;
    return s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) > MAX_CHARS;
  }

  /** Consecutive runs of the tokens, each within both limits (a single token longer than the limit is a piece alone). */
  static List<List<CoreLabel>> pieces(List<CoreLabel> tokens) {
    List<List<CoreLabel>> out = new ArrayList<>();
    int start = 0;
    while (start < tokens.size()) {
      int from = tokens.get(start).beginPosition();
      int end = start + 1;
      while (end < tokens.size() && end - start < MAX_TOKENS && tokens.get(end).endPosition() - from <= MAX_CHARS) end++;
      if (end < tokens.size()) end = softEnd(tokens, start, end);
      out.add(tokens.subList(start, end));
      start = end;
    }
    return out;
  }

  /** Just after the last soft break in the second half of {@code [start, end)}, else {@code end}. */
  private static int softEnd(List<CoreLabel> tokens, int start, int end) {
    for (int k = end - 1; k > start + (end - start) / 2; k--) {
      if (SOFT_BREAKS.contains(tokens.get(k).word())) return k + 1;
    }
    return end;
  }

  /** A sentence as CoreNLP's splitter builds one: its text, character and token offsets, and tokens. */
  private static CoreMap sentence(String text, List<CoreLabel> piece, CoreMap cutFrom) {
    CoreLabel first = piece.get(0);
    CoreLabel last = piece.get(piece.size() - 1);
    Annotation s = new Annotation(text.substring(first.beginPosition(), last.endPosition()));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, first.beginPosition());
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, last.endPosition());
    s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(piece));
    s.set(CoreAnnotations.TokenBeginAnnotation.class, first.get(CoreAnnotations.TokenBeginAnnotation.class));
    s.set(CoreAnnotations.TokenEndAnnotation.class, last.get(CoreAnnotations.TokenEndAnnotation.class));
    String docId = cutFrom.get(CoreAnnotations.DocIDAnnotation.class);
    if (docId != null) s.set(CoreAnnotations.DocIDAnnotation.class, docId);
    return s;
  }

  /** Sentence indexes in order, and each token's index in its sentence (1-based, as CoreNLP counts). */
  private static void renumber(List<CoreMap> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int j = 0; j < tokens.size(); j++) {
        tokens.get(j).setIndex(j + 1);
        tokens.get(j).setSentIndex(i);
      }
    }
  }
}
