package org.dyad.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

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
    Language l = detector.detectLanguageOf(sample);
    return l == Language.UNKNOWN ? UNKNOWN : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
