package org.dyad.clean;

import java.util.regex.Pattern;

/** One line-cleaning rule from {@code clean/line-rules.tsv}. */
public record LineRule(String id, Action action, Pattern pattern) {
  public enum Action {
    DROP_LINE, DROP_BLOCK, DROP_REST
  }

  /** Whether the rule matches a whole line, given trimmed and lower-cased. */
  public boolean matches(String trimmedLine) {
    return pattern.matcher(trimmedLine).matches();
  }
}
