package org.dyad.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dyad.codebook.DictionaryException;
import org.dyad.codebook.TsvFile;

/** Drops the lines of a plain-text article that are not the article: comment widgets, share prompts, spam. */
public final class LineCleaner {
  /** Lines longer than this are prose, whatever they start with; rules only judge short lines. */
  private static final int MAX_JUDGED_LINE = 220;
  private final List<LineRule> rules;

  public LineCleaner(List<LineRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static LineCleaner load(Path overrideDir) {
    return load("clean/line-rules.tsv", overrideDir);
  }

  /** Loads a rules file in the line-rules format, for example {@code clean/block-rules.tsv}. */
  public static LineCleaner load(String resource, Path overrideDir) {
    TsvFile f = TsvFile.open(resource, overrideDir, 3, 3);
    List<LineRule> rules = new ArrayList<>();
    for (TsvFile.Row r : f.rows()) {
      LineRule.Action action;
      try {
        action = LineRule.Action.valueOf(r.col(1).toUpperCase().replace('-', '_'));
      } catch (IllegalArgumentException e) {
        f.problem(r, "unknown action '" + r.col(1) + "' (drop-line, drop-block or drop-rest)");
        continue;
      }
      try {
        // Lines are lower-cased before matching; a pattern written in lower case then needs no case-insensitive
        // (and, for non-ASCII letters, several times slower) scan. Patterns with capitals still match either case.
        String regex = r.col(2);
        boolean lower = regex.replaceAll("\\\\.", "").equals(regex.replaceAll("\\\\.", "").toLowerCase(Locale.ROOT));
        Pattern p = lower ? Pattern.compile(regex) : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (p.matcher("").matches()) f.problem(r, "pattern matches the empty line, so it would match everything");
        rules.add(new LineRule(r.col(0), action, p));
      } catch (PatternSyntaxException e) {
        f.problem(r, "bad regular expression: " + e.getDescription());
      }
    }
    if (!f.problems().isEmpty()) throw new DictionaryException(f.problems());
    return new LineCleaner(rules);
  }

  public CleanText clean(String text) {
    char[] out = text.toCharArray();
    List<Dropped> dropped = new ArrayList<>();
    int pos = 0;
    String blockRule = null;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, end).strip();
      if (line.isEmpty()) {
        blockRule = null;
      } else if (blockRule != null) {
        drop(text, out, pos, end, blockRule, dropped);
      } else if (line.length() <= MAX_JUDGED_LINE) {
        LineRule rule = firstMatch(line);
        if (rule != null) {
          if (rule.action() == LineRule.Action.DROP_REST) {
            drop(text, out, pos, text.length(), rule.id(), dropped);
            break;
          }
          drop(text, out, pos, end, rule.id(), dropped);
          if (rule.action() == LineRule.Action.DROP_BLOCK) blockRule = rule.id();
        }
      }
      pos = end + 1;
    }
    return new CleanText(new String(out), dropped);
  }

  private LineRule firstMatch(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (LineRule r : rules) {
      if (r.matches(lower)) return r;
    }
    return null;
  }

  private static void drop(String text, char[] out, int start, int end, String reason, List<Dropped> dropped) {
    for (int i = start; i < end; i++) {
      if (out[i] != '\n') out[i] = ' ';
    }
    String part = text.substring(start, end).strip();
    if (!part.isEmpty()) dropped.add(new Dropped(start, end, part, reason));
  }
}
