package org.dyad.clean;

/**
 * An article's text after the line rules, with its language and, for English, the section headings run into the
 * next sentence blanked. {@code dyad code} and {@code dyad clean} both take it from here, so that what {@code clean}
 * shows is what {@code code} reads. {@code language} is null when the line rules left nothing
 * ({@link CleanText#nothingLeft()} says why).
 */
public record Cleaned(CleanText text, String language) {
  public static Cleaned of(LineCleaner lines, LanguageId languages, String raw) {
    CleanText clean = lines.clean(raw);
    if (clean.nothingLeft() != null) return new Cleaned(clean, null);
    String language = languages.detect(clean.text());
    // The heading test reads English function words; on other languages it would only guess.
    return new Cleaned(language.equals("en") ? GluedHeadings.blank(clean) : clean, language);
  }
}
