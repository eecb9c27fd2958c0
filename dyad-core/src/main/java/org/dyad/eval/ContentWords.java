package org.dyad.eval;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which a produced actor is matched to a gold span in the PLOVER sentence sets: lower-case word
 * tokens less a few function words. The list is part of the measure's definition (../shared/README.md), not
 * tunable data, so it stays here with the measure instead of in a resource file.
 */
public final class ContentWords {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "a", "an", "s", "and", "in", "on", "for", "to");

  private ContentWords() {}

  public static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) return out;
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) if (!FUNCTION_WORDS.contains(m.group())) out.add(m.group());
    return out;
  }

  /** Whether the two texts have a content word in common; never when either is null. */
  public static boolean share(String a, String b) {
    if (a == null || b == null) return false;
    Set<String> words = of(a);
    for (String w : of(b)) if (words.contains(w)) return true;
    return false;
  }
}
