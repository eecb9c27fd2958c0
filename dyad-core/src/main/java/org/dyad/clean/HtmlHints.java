package org.dyad.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dyad.codebook.DictionaryException;
import org.dyad.codebook.TsvFile;

/** What the class and id words of an HTML element say about it, from {@code clean/html-hints.tsv}. */
public final class HtmlHints {
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private final Pattern drop;
  private final List<String> dropReasons;
  private final Pattern negative;
  private final Pattern positive;

  private HtmlHints(List<Pattern> drop, List<String> dropReasons, Pattern negative, Pattern positive) {
    // One alternation of all drop rows: an element's words are scanned once, not once per row.
    StringBuilder all = new StringBuilder();
    for (Pattern p : drop) all.append(all.length() == 0 ? "" : "|").append(p.pattern());
    this.drop = Pattern.compile(all.length() == 0 ? "(?!)" : all.toString());
    this.dropReasons = List.copyOf(dropReasons);
    this.negative = negative;
    this.positive = positive;
  }

  public static HtmlHints load(Path overrideDir) {
    TsvFile f = TsvFile.open("clean/html-hints.tsv", overrideDir, 2, 2);
    List<Pattern> drop = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    Pattern negative = null;
    Pattern positive = null;
    for (TsvFile.Row r : f.rows()) {
      Pattern p;
      try {
        // Words are lower-cased before matching, so patterns are written in lower case and need no (slower)
        // case-insensitive scan.
        p = Pattern.compile(r.col(1));
      } catch (PatternSyntaxException e) {
        f.problem(r, "bad regular expression: " + e.getDescription());
        continue;
      }
      if (!r.col(1).replaceAll("\\\\.", "").equals(r.col(1).replaceAll("\\\\.", "").toLowerCase(Locale.ROOT))) {
        f.problem(r, "write the pattern in lower case: class and id words are lower-cased before matching");
        continue;
      }
      if (p.matcher("").find()) {
        f.problem(r, "pattern matches the empty string, so it would match every element");
        continue;
      }
      switch (r.col(0)) {
        case "drop" -> {
          Matcher m = GROUP_NAME.matcher(r.col(1));
          if (!m.find()) {
            f.problem(r, "a drop pattern must be one named group, (?<reason>...), naming why it drops");
            continue;
          }
          if (reasons.contains(m.group(1))) {
            f.problem(r, "drop reason '" + m.group(1) + "' is used twice; each drop row names its own reason");
            continue;
          }
          drop.add(p);
          reasons.add(m.group(1));
        }
        case "negative" -> negative = p;
        case "positive" -> positive = p;
        default -> f.problem(r, "unknown kind '" + r.col(0) + "' (drop, negative or positive)");
      }
    }
    if (negative == null || positive == null) f.problems().add(f.name() + ": needs one negative and one positive row");
    if (!f.problems().isEmpty()) throw new DictionaryException(f.problems());
    return new HtmlHints(drop, reasons, negative, positive);
  }

  /** Why an element with these class and id words is boilerplate, or null when nothing says so. */
  public String dropReason(String classAndId) {
    if (classAndId.isEmpty()) return null;
    Matcher m = drop.matcher(classAndId.toLowerCase(Locale.ROOT));
    if (!m.find()) return null;
    for (String reason : dropReasons) {
      if (m.group(reason) != null) return reason;
    }
    return null;
  }

  /** A score adjustment from class and id words: positive words add, negative words take away. */
  public int weight(String classAndId) {
    if (classAndId.isEmpty()) return 0;
    String s = classAndId.toLowerCase(Locale.ROOT);
    int w = 0;
    if (negative.matcher(s).find()) w -= 25;
    if (positive.matcher(s).find()) w += 25;
    return w;
  }
}
