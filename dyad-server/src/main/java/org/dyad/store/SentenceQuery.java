package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * What the events' text filter ({@code q}) means, as a Lucene query over the sentence index: the words of q, in
 * that order and next to each other, in the event's sentence; case, punctuation and spacing between words do
 * not matter; the last word also matches the start of a longer word. So {@code fight} finds "fights" and
 * "fighting", {@code foreign min} finds "Foreign Minister", and a match always starts at the start of a word
 * ({@code war} does not find "toward"). Words are the index's own (Lucene's StandardAnalyzer), so the query and
 * the sentences are cut into words the same way.
 */
final class SentenceQuery {
  /** The field of sentence documents that holds the sentence's words. */
  static final String FIELD = "sentence";
  /**
   * How many different words the last word of several may begin (in one index segment) before the query is
   * refused: Lucene's clause limit, 1024 unless a program changes it.
   */
  static int maxExpansions() {
    return IndexSearcher.getMaxClauseCount();
  }

  private SentenceQuery() {}

  /** The words of {@code q} as the index cuts and lower-cases them; empty when q has no letters or digits. */
  static List<String> words(Analyzer analyzer, String q) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, q)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cut '" + q + "' into words", e); // a StringReader does not fail
    }
    return out;
  }

  /**
   * The same match as a regular expression (RE2) over the lower-cased sentence, for stores without a sentence
   * index: the first word at the start of a word, then each next word after a run of anything but letters and
   * digits, the last one possibly continued. Words are quoted, so nothing in them is a pattern.
   */
  static String regex(List<String> words) {
    StringBuilder b = new StringBuilder("(^|[^\\pL\\pN])");
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) b.append("[^\\pL\\pN]+");
      b.append("\\Q").append(words.get(i)).append("\\E"); // a word never holds a backslash, so never "\E"
    }
    return b.toString();
  }

  /** Whether {@code q} holds a word to look for. */
  static boolean hasWords(String q) {
    try (Analyzer a = new StandardAnalyzer()) {
      return !words(a, q).isEmpty();
    }
  }

  /** The query for the words of a {@code q} ({@link #words}); null when there are none. */
  static Query of(List<String> words) {
    if (words.isEmpty()) return null;
    String last = words.get(words.size() - 1);
    // One word: a prefix query expands to any number of words at constant cost per matching sentence.
    if (words.size() == 1) return new PrefixQuery(new Term(FIELD, last));
    IntervalsSource[] parts = new IntervalsSource[words.size()];
    for (int i = 0; i < words.size() - 1; i++) parts[i] = Intervals.term(words.get(i));
    parts[words.size() - 1] = Intervals.prefix(new BytesRef(last), maxExpansions());
    return new IntervalQuery(FIELD, Intervals.phrase(parts));
  }
}
