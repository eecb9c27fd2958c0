package org.dyad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section headings that a feed or scraper ran into the next sentence without a break: "…within 48 hours. BLA surges
 * Since last August, BLA has claimed…". Parsed as part of the sentence, the heading's words become its subject or
 * its actors. A heading shows as a short run of words after a sentence end, the last of them a content word,
 * followed by a capitalised word that only opens sentences ("Since", "According", "Beyond", "The"…): in running text
 * such a word is not capitalised after a content word. The heading is blanked like any dropped line, and listed.
 */
public final class GluedHeadings {
  private GluedHeadings() {}

  public static final String REASON = "heading.glued";
  /** Headings are short: more words than this before the opener are a sentence. */
  private static final int MAX_WORDS = 5;
  /** Capitalised words that open a sentence or clause and are not names. */
  private static final Set<String> OPENERS = Set.of("According", "Since", "Beyond", "In", "On", "At", "After", "Before", "When",
      "While", "Despite", "However", "But", "Meanwhile", "For", "With", "Under", "Among", "During", "Following", "Although",
      "Though", "Amid", "Until", "Last", "Earlier", "Later", "Still", "The", "This", "These", "Those", "Many", "Some", "Most",
      "It", "They", "He", "She", "We", "As", "If", "Once", "Now", "Yet", "Both", "Also", "Unlike", "From", "By", "Even");
  /** A heading does not end on a word that needs a complement (a name like "Council on Foreign Relations" would). */
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "on", "in", "at", "to", "for", "with", "by", "from", "and",
      "or", "the", "a", "an", "de", "del", "al", "el", "la", "von", "van", "der", "bin", "ibn", "abu", "le", "du", "des");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** Headings are noun phrases: a run ending on a past tense or a form of "be" is a sentence going on to a name
   * ("Trump also attacked The Wall Street Journal"). */
  private static final Pattern VERB_ENDS = Pattern.compile(".*ed|was|were|is|are|be|been|has|have|had|told|said|says|met|saw|hit|led");
  /** A sentence end, then the words up to the next punctuation or line break. */
  private static final Pattern AFTER_END = Pattern.compile("[.!?][\"”’)]?[ \\t]+((?:[\\p{L}\\p{N}'’-]+[ \\t]+){1," + (MAX_WORDS + 1) + "})");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

  /** The cleaned text with its glued headings blanked and listed among the dropped parts. English only: other
   * languages capitalise nouns, and the openers are English words. */
  public static CleanText blank(CleanText clean) {
    List<int[]> found = find(clean.text());
    if (found.isEmpty()) return clean;
    char[] out = clean.text().toCharArray();
    List<Dropped> dropped = new ArrayList<>(clean.dropped());
    for (int[] h : found) {
      dropped.add(new Dropped(h[0], h[1], clean.text().substring(h[0], h[1]), REASON));
      java.util.Arrays.fill(out, h[0], h[1], ' ');
    }
    dropped.sort(java.util.Comparator.comparingInt(Dropped::start));
    return new CleanText(new String(out), dropped);
  }

  /** The spans [start, end) of the glued headings in a text. */
  static List<int[]> find(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = AFTER_END.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int[] span = heading(text, m.start(1), m.end(1));
      if (span != null) out.add(span);
      from = m.end(1);
    }
    return out;
  }

  /** Whether the period before {@code start} ends an abbreviation or an initial ("U.S.", "E. Duff Scott"), not a sentence. */
  private static boolean abbreviationBefore(String text, int start) {
    int p = start - 1;
    while (p > 0 && " \t\"”’)".indexOf(text.charAt(p)) >= 0) p--;
    if (p < 1 || text.charAt(p) != '.') return false;
    int w = p - 1;
    while (w >= 0 && !Character.isWhitespace(text.charAt(w))) w--;
    String word = text.substring(w + 1, p);
    return word.length() <= 1 || word.contains(".");
  }

  private static boolean titleCase(String text, List<int[]> words) {
    for (int[] w : words) {
      if (!Character.isUpperCase(text.charAt(w[0])) && !Character.isDigit(text.charAt(w[0]))) return false;
    }
    return true;
  }

  private static int[] heading(String text, int start, int end) {
    Matcher w = WORD.matcher(text).region(start, end);
    List<int[]> words = new ArrayList<>();
    while (w.find()) words.add(new int[] {w.start(), w.end()});
    if (words.isEmpty() || !Character.isUpperCase(text.charAt(words.get(0)[0])) || abbreviationBefore(text, start)) return null;
    for (int k = 1; k < words.size() && k <= MAX_WORDS; k++) {
      String word = text.substring(words.get(k)[0], words.get(k)[1]);
      // "See the What's New In Python…": an article inside the run makes it a sentence, not a heading.
      if (ARTICLES.contains(word)) return null;
      if (!OPENERS.contains(word)) continue;
      String last = text.substring(words.get(k - 1)[0], words.get(k - 1)[1]);
      String lower = last.toLowerCase(java.util.Locale.ROOT);
      if (titleCase(text, words.subList(0, k)) && k + 1 < words.size() && Character.isUpperCase(text.charAt(words.get(k + 1)[0]))) {
        return null; // "Some Guys Have All The Luck is on…": a title in title case, not a heading and a sentence
      }
      if (FUNCTION_WORDS.contains(lower) || OPENERS.contains(last) || VERB_ENDS.matcher(lower).matches()) return null;
      return new int[] {words.get(0)[0], words.get(k - 1)[1]};
    }
    return null;
  }
}
