package org.dyad.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one normalisation of place names used to build and to query the gazetteer: case, accents, dots, quotes. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE = Pattern.compile("[\\s\\-]+");

  private Names() {}

  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('\u2019', '\'').replace('`', '\'').replace(".", "");
    s = SPACE.matcher(s.trim()).replaceAll(" ");
    return s.toLowerCase(Locale.ROOT);
  }
}
