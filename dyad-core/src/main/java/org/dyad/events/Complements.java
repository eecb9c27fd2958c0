package org.dyad.events;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.DictionaryException;
import org.dyad.codebook.TsvFile;

/** {@code events/complements.tsv}: the code of an appeal, demand, rejection or protest, refined by what it is about. */
public final class Complements {
  private final Map<String, Map<String, String>> byHeadRoot;

  private Complements(Map<String, Map<String, String>> byHeadRoot) {
    this.byHeadRoot = byHeadRoot;
  }

  public static Complements load(Path overrideDir, Codebook codebook) {
    TsvFile f = TsvFile.open("events/complements.tsv", overrideDir, 3, 3);
    Map<String, Map<String, String>> m = new HashMap<>();
    for (TsvFile.Row r : f.rows()) {
      if (!r.col(0).matches("\\d{2,3}")) f.problem(r, "head must be a root or a code of two or three digits: " + r.col(0));
      if (!r.col(1).matches("\\d{2,4}")) f.problem(r, "complement prefix must be 2-4 digits: " + r.col(1));
      if (!codebook.hasEvent(r.col(2))) f.problem(r, "event code " + r.col(2) + " is not in the codebook");
      // The refined code is a kind of the head event or, as with rallying support (02 + 051 → 053), of what it is about.
      if (!r.col(2).startsWith(r.col(0).substring(0, 2)) && !r.col(2).startsWith(r.col(1).substring(0, 2))) {
        f.problem(r, "code " + r.col(2) + " is under neither its head root " + r.col(0) + " nor its complement's root");
      }
      if (m.computeIfAbsent(r.col(0), k -> new HashMap<>()).put(r.col(1), r.col(2)) != null) {
        f.problem(r, "duplicate entry " + r.col(0) + " " + r.col(1));
      }
    }
    if (!f.problems().isEmpty()) throw new DictionaryException(f.problems());
    return new Complements(m);
  }

  public boolean refines(String headCode) {
    return (headCode.length() >= 3 && byHeadRoot.containsKey(headCode.substring(0, 3))) || byHeadRoot.containsKey(headCode.substring(0, 2));
  }

  /**
   * The refined code, or null when the table has nothing for this head and complement. Rows for a three-digit
   * head ("141": demonstrations) come before rows for its root ("14").
   */
  public String refine(String headCode, String complementCode) {
    if (headCode.length() >= 3) {
      String code = lookup(byHeadRoot.get(headCode.substring(0, 3)), complementCode);
      if (code != null) return code;
    }
    return lookup(byHeadRoot.get(headCode.substring(0, 2)), complementCode);
  }

  private static String lookup(Map<String, String> m, String complementCode) {
    if (m == null) return null;
    for (int len = complementCode.length(); len >= 2; len--) {
      String code = m.get(complementCode.substring(0, len));
      if (code != null) return code;
    }
    return null;
  }
}
