package org.dyad.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;

/**
 * Language identification with Lingua (n-gram models of 75 languages, low-accuracy mode: trigrams only, about
 * 60 MB of heap and reliable on article-length text). Thread-safe; models load on first use.
 */
public final class LanguageId {
  /** Code returned when the text is too short or too mixed to tell. */
  public static final String UNKNOWN = "und";
  /** Texts with fewer words than this are not judged: short snippets fool every n-gram model. */
  private static final int MIN_WORDS = 12;
  /** The language of an article shows in its first paragraph; Lingua is near-certain from 120 characters, and reading more only costs time. */
  private static final int SAMPLE_CHARS = 600;
  /** English's confidence relative to the top language above which the text counts as English (German, French,
   * Italian or Spanish sentences give English 0.7-0.8; short English sentences full of names, read as Tagalog or
   * Latin, give it 0.92-0.99). */
  private static final double NEAR_TIE = 0.9;
  /**
   * Words that are frequent in English and are not words (or are rare ones) in the other languages of Latin script
   * Lingua knows: "to", "is", "was", "of", "for" and "by" are left out for Polish, Dutch, German and Danish.
   */
  private static final Set<String> ENGLISH_MARKERS = Set.of("the", "and", "that", "said", "with", "were", "from",
      "which", "would", "this", "its", "their", "it", "been", "they", "has", "have", "are");
  /** Share of marker words above which a sample is English without asking Lingua: English news runs at 12-20%
   * (the alone is about 6%), other languages near 0 unless they quote English at length. */
  private static final double MARKER_SHARE = 0.08;
  /** The marker test needs enough words to be a rate; shorter samples go to Lingua. */
  private static final int MARKER_MIN_WORDS = 40;
  private final LanguageDetector detector;

  private LanguageId(LanguageDetector detector) {
    this.detector = detector;
  }

  private static final class Holder {
    static final LanguageId SHARED = new LanguageId(LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build());
  }

  /** One detector per JVM: its models are read-only once loaded. */
  public static LanguageId shared() {
    return Holder.SHARED;
  }

  /** ISO 639-1 code of the text's language ("en", "de", "zh"), or {@link #UNKNOWN}. */
  public String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.strip().split("\\s+").length < MIN_WORDS && sample.codePoints().filter(Character::isIdeographic).count() < MIN_WORDS * 2) {
      return UNKNOWN;
    }
    if (englishByMarkers(sample)) return "en";
    Language l = detector.detectLanguageOf(sample);
    if (l != Language.ENGLISH && l != Language.UNKNOWN
        && detector.computeLanguageConfidenceValues(sample).getOrDefault(Language.ENGLISH, 0.0) >= NEAR_TIE) {
      // "Kenya's president fired the army chief on Monday and met Ugandan officials in Nairobi." reads as Tagalog
      // (1.000) with English at 0.997: on a sentence or two the trigram models are nearly tied, and a near-tie
      // with English is English news, not a reason to reject it.
      return "en";
    }
    return l == Language.UNKNOWN ? UNKNOWN : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /** Whether the sample is plainly English by the share of its words in {@link #ENGLISH_MARKERS}: on English news
   * this settles the question in microseconds, where Lingua scores every language's n-grams (6% of coding time). */
  static boolean englishByMarkers(String sample) {
    int words = 0;
    int markers = 0;
    for (String w : WORD.split(sample.toLowerCase(Locale.ROOT))) {
      if (w.isEmpty()) continue;
      words++;
      if (ENGLISH_MARKERS.contains(w)) markers++;
    }
    return words >= MARKER_MIN_WORDS && markers >= MARKER_SHARE * words;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^\\p{L}]+");
}
