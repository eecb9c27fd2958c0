package org.dyad.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.DictionaryException;
import org.dyad.codebook.TsvFile;

/** The event patterns, indexed by trigger lemma; validated against the codebook at load. */
public final class VerbDictionary {
  /** Words that, right before TARGET, name the preposition of the oblique that holds the target. */
  public static final Set<String> PREPOSITIONS = Set.of("with", "to", "against", "at", "on", "into", "from", "for", "in", "toward",
      "towards", "over", "upon", "about", "of", "by", "onto", "across", "through", "inside", "near", "off", "out", "as", "under",
      "within", "behind", "between", "among", "around", "after", "before", "without", "like");

  private final Map<String, List<VerbPattern>> verbs;
  private final Map<String, List<VerbPattern>> nouns;

  private VerbDictionary(Map<String, List<VerbPattern>> verbs, Map<String, List<VerbPattern>> nouns) {
    this.verbs = verbs;
    this.nouns = nouns;
  }

  public static VerbDictionary load(Path overrideDir, Codebook codebook) {
    TsvFile f = TsvFile.open("events/verbs.txt", overrideDir, 4, 4);
    Map<String, List<VerbPattern>> verbs = new HashMap<>();
    Map<String, List<VerbPattern>> nouns = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (TsvFile.Row r : f.rows()) {
      // "074:0861": the target's side of the same event, coded with the actors reversed (CAMEO's linked events:
      // peacekeepers arriving in a country, which receives them).
      String[] codes = r.col(0).split(":", -1);
      String code = codes[0];
      String targetCode = codes.length > 1 ? codes[1] : null;
      String id = r.col(1);
      String pos = r.col(2);
      if (codes.length > 2) f.problem(r, "at most two codes (CODE:TARGET-CODE), not " + r.col(0));
      if (!codebook.hasEvent(code)) f.problem(r, "event code " + code + " is not in the codebook");
      if (targetCode != null && !codebook.hasEvent(targetCode)) f.problem(r, "target's event code " + targetCode + " is not in the codebook");
      if (!ids.add(id)) f.problem(r, "duplicate rule id " + id);
      if (!pos.equals("V") && !pos.equals("N")) f.problem(r, "POS must be V or N, not " + pos);
      String[] words = r.col(3).split("\\s+");
      if (words.length > 0 && words[0].contains("|")) {
        f.problem(r, "the trigger lemma takes no alternatives (one line per lemma): " + words[0]);
        continue;
      }
      if (words.length == 0 || words[0].isBlank() || words[0].equals("TARGET")) {
        f.problem(r, "pattern must start with a trigger lemma");
        continue;
      }
      List<Set<String>> constraints = new ArrayList<>();
      String targetPrep = null;
      // "fire on! TARGET": the preposition before TARGET is required too ("fired the governor" is no shooting).
      boolean required = false;
      for (int k = 1; k + 1 < words.length; k++) {
        if (words[k].endsWith("!") && words[k + 1].equals("TARGET")) {
          words[k] = words[k].substring(0, words[k].length() - 1);
          required = true;
        }
      }
      for (int k = 1; k < words.length; k++) {
        String w = words[k];
        if (w.equals("TARGET")) {
          String prev = k > 1 ? words[k - 1].toLowerCase(Locale.ROOT) : null;
          // "fire shell at|on|into TARGET": alternatives of prepositions each name an oblique that may hold the target.
          boolean preps = prev != null && Arrays.stream(prev.split("\\|")).allMatch(PREPOSITIONS::contains);
          targetPrep = preps ? prev : "";
          // The preposition says where the target is, not what must be there: "give aid to TARGET" also
          // matches "gave Tanzania aid" (the target is then the indirect object).
          if (preps && !required && !constraints.isEmpty() && constraints.get(constraints.size() - 1).equals(Set.of(prev.split("\\|")))) {
            constraints.remove(constraints.size() - 1);
          }
          continue;
        }
        Set<String> alts = new LinkedHashSet<>();
        // "subj:peacekeeper|peacekeeping": every alternative is a word of the subject.
        String lower = w.toLowerCase(Locale.ROOT);
        String prefix = lower.startsWith(CandidateStep.SUBJECT) ? CandidateStep.SUBJECT : "";
        for (String a : lower.substring(prefix.length()).split("\\|")) if (!a.isBlank()) alts.add(prefix + a);
        if (alts.isEmpty()) f.problem(r, "empty alternative in pattern");
        else constraints.add(Set.copyOf(alts));
      }
      VerbPattern p = new VerbPattern(code, id, pos.equals("N"), words[0].toLowerCase(Locale.ROOT), List.copyOf(constraints), targetPrep, r.line(),
          targetCode);
      (p.noun() ? nouns : verbs).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    if (!f.problems().isEmpty()) throw new DictionaryException(f.problems());
    return index(verbs, nouns);
  }

  /** A dictionary of the given patterns, e.g. read from a PETRARCH verb file. */
  public static VerbDictionary of(List<VerbPattern> patterns) {
    Map<String, List<VerbPattern>> verbs = new HashMap<>();
    Map<String, List<VerbPattern>> nouns = new HashMap<>();
    for (VerbPattern p : patterns) (p.noun() ? nouns : verbs).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    return index(verbs, nouns);
  }

  private static VerbDictionary index(Map<String, List<VerbPattern>> verbs, Map<String, List<VerbPattern>> nouns) {
    // File order: among equally good matches the earlier line wins (see CandidateStep#choose).
    for (var l : verbs.values()) l.sort((a, b) -> a.line() - b.line());
    for (var l : nouns.values()) l.sort((a, b) -> a.line() - b.line());
    return new VerbDictionary(verbs, nouns);
  }

  /** Patterns for a verb lemma in file order; empty when the lemma triggers nothing. */
  public List<VerbPattern> verb(String lemma) {
    return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  public List<VerbPattern> noun(String lemma) {
    return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Every trigger lemma, verb or noun. */
  public java.util.Set<String> lemmas() {
    java.util.Set<String> all = new java.util.TreeSet<>(verbs.keySet());
    all.addAll(nouns.keySet());
    return all;
  }

  public boolean isTrigger(String lemma, boolean noun) {
    return noun ? nouns.containsKey(lemma.toLowerCase(Locale.ROOT)) : verbs.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
  }
}
