package org.dyad.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;

/**
 * The last date with a written year before a point of the text ("in August 2016", "in 2014", "on March 3, 2011"):
 * what "that May", "that year" or "two years later" count from when the story has moved into the past. Only the
 * sentence itself and the two before it are searched: further back, a story has usually come back to the present.
 */
final class DateAnchor {
  private DateAnchor() {}

  static final int SENTENCES_BACK = 2;
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec");
  private static final Set<String> INTRODUCERS = Set.of("in", "since", "during", "until", "by");

  /**
   * The year of the last explicit year-bearing date before token {@code before} of sentence {@code index}, or null.
   * Years after the article's are not anchors (they are plans).
   */
  static Integer find(List<Sentence> sentences, int index, int before, LocalDate article) {
    for (int i = index; i >= Math.max(0, index - SENTENCES_BACK); i--) {
      Sentence s = sentences.get(i);
      for (int k = (i == index ? before : s.size()) - 1; k >= 0; k--) {
        Integer year = at(s, k, article);
        if (year != null) return year;
      }
    }
    return null;
  }

  /** The year of token {@code k} when it is written as a date's: "August 2016", "Aug. 5, 2016" or "in 2016"; else null. */
  private static Integer at(Sentence s, int k, LocalDate article) {
    Token t = s.token(k);
    if (!t.word().matches("(19|20)\\d\\d")) return null;
    int year = Integer.parseInt(t.word());
    if (year > article.getYear()) return null;
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (month(s.token(j))) return year;
    }
    return k > 0 && INTRODUCERS.contains(s.token(k - 1).lower()) ? year : null;
  }

  /**
   * The expression's text with the demonstrative SUTime leaves out: for "bombed Raqqa that May" SUTime marks only
   * "May", but "that" is what says the month is the story's, not the article's.
   */
  static String withDemonstrative(Sentence s, Timex t) {
    int k = t.start();
    if (k > 0 && s.token(k - 1).lower().equals("that")) return "that " + t.text();
    if (k > 1 && s.token(k - 2).lower().equals("the") && s.token(k - 1).lower().equals("same")) return "the same " + t.text();
    return t.text();
  }

  /** Whether a token names a month ("May" only capitalised: "may" is a verb). */
  static boolean month(Token t) {
    String w = t.word().endsWith(".") ? t.word().substring(0, t.word().length() - 1) : t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && MONTHS.contains(w.toLowerCase(java.util.Locale.ROOT));
  }
}
