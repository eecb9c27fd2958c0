package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER labels (CITY, STATE_OR_PROVINCE, COUNTRY, NATIONALITY, TITLE, ...) from CoreNLP's own
 * KBP gazetteers in the models jar, looked up in a token trie. CoreNLP applies the same 590,000 entries through
 * TokensRegexNER, which costs about 1 ms a token: two thirds of the whole tagging time. This annotator follows the
 * same rules (the caseless file matched without case; a match needs a noun or adjective; see {@link #mayOverwrite}
 * for when it relabels; higher priority, then longer, then earlier wins) at a hash lookup a token. Pattern tokens
 * with regex syntax are regexes, as in CoreNLP; a bare dot is read as a dot.
 *
 * <p>{@link Annotator} is registered as CoreNLP custom annotator {@code dyadfine}, after {@code ner} run without its
 * fine-grained pass.
 * The tables (120 MB) are loaded once per JVM and shared by every pipeline that uses the annotator.
 */
public final class FineNer {
  static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
  private static final Pattern VALID_POS = Pattern.compile("^(NN|JJ).*");
  private static final Set<String> BACKGROUND = Set.of("O", "MISC");
  /** Labels that overwrite only what their line lists, never background (CoreNLP's noDefaultOverwriteLabels). */
  private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
  private static final Pattern META = Pattern.compile("[\\[\\]*+?()|{}^$]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ESCAPED = Pattern.compile("\\\\(.)");

  private record Entry(Object[] tokens, String label, Set<String> overwrite, double priority, boolean caseless, int order) {}

  private record Match(int start, int end, Entry entry) {}

  /** A trie over literal tokens; a node keeps entries ending there and entries whose rest holds regex tokens. */
  private static final class Node {
    // Allocated on first use: the trie has about 700,000 nodes, most of them leaves with one entry.
    Map<String, Node> next;
    Entry[] ends;
    List<Entry> regexTails;
    List<Integer> tailFrom;

    Node child(String key) {
      if (next == null) next = new HashMap<>(2);
      return next.computeIfAbsent(key, k -> new Node());
    }
  }

  private final Node caseless = new Node();
  private final Node cased = new Node();
  /** Entries whose first token is a regex, by the lower-cased first character of its literal prefix ("" if none). */
  private final Map<String, List<Entry>> regexHeads = new HashMap<>();
  private final Map<String, Set<String>> overwriteSets = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  /** Background labels and every label the gazetteers give: a match may always relabel these. */
  private final Set<String> ours;
  /** Patterns seen, by their matching key: a later duplicate counts only with a higher priority (as in CoreNLP). */
  private final Map<String, Entry> seen = new HashMap<>();
  private int order;

  private static final class Shared {
    static final FineNer TABLES = new FineNer();
  }

  /** The shared tables, loaded on first use. */
  public static FineNer shared() {
    return Shared.TABLES;
  }

  /** The annotator CoreNLP builds for {@code customAnnotatorClass.dyadfine}: a view of the shared tables. */
  public static final class Annotator implements edu.stanford.nlp.pipeline.Annotator {
    private final FineNer tables = shared();

    public Annotator(String name, Properties props) {}

    @Override
    public void annotate(Annotation annotation) {
      tables.annotate(annotation);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
      return Set.of(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
      return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
          CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
    }
  }

  private FineNer() {
    load(CASELESS, true);
    load(CASED, false);
    java.util.Set<String> o = new java.util.HashSet<>(BACKGROUND);
    o.addAll(labels.keySet());
    ours = Set.copyOf(o);
    seen.clear();
  }

  private void load(String resource, boolean ignoreCase) {
    InputStream in = FineNer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException(resource + " is not on the class path: the CoreNLP models jar is missing");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String[] f = line.split("\t");
        if (f.length < 2 || f[0].isBlank()) continue;
        Set<String> overwrite = overwriteSets.computeIfAbsent(f.length > 2 ? f[2].trim() : "",
            k -> k.isEmpty() ? Set.of() : Set.of(k.split("\\s*,\\s*")));
        double priority;
        try {
          priority = f.length > 3 ? Double.parseDouble(f[3].trim()) : 0;
        } catch (NumberFormatException e) {
          throw new IllegalStateException(resource + ":" + n + ": priority '" + f[3] + "' is not a number");
        }
        add(WHITESPACE.split(f[0].trim()), labels.computeIfAbsent(f[1].trim(), k -> k), overwrite, priority, ignoreCase);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private void add(String[] parts, String label, Set<String> overwrite, double priority, boolean ignoreCase) {
    String key = String.join(" ", parts);
    if (ignoreCase) key = key.toLowerCase(Locale.ROOT);
    Entry before = seen.get(key);
    if (before != null && priority <= before.priority()) return;
    Object[] tokens = new Object[parts.length];
    boolean literal = true;
    for (int i = 0; i < parts.length; i++) {
      tokens[i] = token(parts[i], ignoreCase);
      literal &= tokens[i] instanceof String;
    }
    // A literal entry needs no tokens once it sits in the trie.
    Entry e = new Entry(literal ? null : tokens, label, overwrite, priority, ignoreCase, order++);
    seen.put(key, e);
    // A duplicate has the same tokens, so it lands where the entry it replaces sits.
    if (tokens[0] instanceof Pattern) {
      List<Entry> bucket = regexHeads.computeIfAbsent(headKey(parts[0]), k -> new ArrayList<>());
      bucket.remove(before);
      bucket.add(e);
      return;
    }
    Node node = ignoreCase ? caseless : cased;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] instanceof Pattern) {
        if (node.regexTails == null) {
          node.regexTails = new ArrayList<>(1);
          node.tailFrom = new ArrayList<>(1);
        }
        int at = node.regexTails.indexOf(before);
        if (at >= 0) {
          node.regexTails.remove(at);
          node.tailFrom.remove(at);
        }
        node.regexTails.add(e);
        node.tailFrom.add(i);
        return;
      }
      node = node.child((String) tokens[i]);
    }
    if (node.ends != null && before != null) {
      node.ends = java.util.Arrays.stream(node.ends).filter(x -> x != before).toArray(Entry[]::new);
    }
    if (node.ends == null || node.ends.length == 0) {
      node.ends = new Entry[] {e};
    } else {
      node.ends = java.util.Arrays.copyOf(node.ends, node.ends.length + 1);
      node.ends[node.ends.length - 1] = e;
    }
  }

  /** A literal (escapes removed, lower-cased when matched without case) or a compiled token regex. */
  private static Object token(String part, boolean ignoreCase) {
    String literal = part.indexOf('\\') < 0 ? part : ESCAPED.matcher(part).replaceAll("$1");
    if (!META.matcher(part.indexOf('\\') < 0 ? part : ESCAPED.matcher(part).replaceAll("")).find()) {
      return ignoreCase ? literal.toLowerCase(Locale.ROOT) : literal;
    }
    return Pattern.compile(part, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
  }

  private static String headKey(String part) {
    char c = part.isEmpty() ? '[' : part.charAt(0);
    return c == '\\' && part.length() > 1 ? String.valueOf(Character.toLowerCase(part.charAt(1)))
        : "[]*+?()|{}^$.<@\"".indexOf(c) >= 0 ? "" : String.valueOf(Character.toLowerCase(c));
  }

  /** Relabels every sentence of an annotation in place. */
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) return;
    for (CoreMap s : sentences) label(s.get(CoreAnnotations.TokensAnnotation.class));
  }

  /** Relabels one sentence's tokens in place. */
  public void label(List<CoreLabel> tokens) {
    int n = tokens.size();
    String[] words = new String[n];
    String[] lower = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = tokens.get(i).word();
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      walk(caseless, lower, words, i, found);
      walk(cased, words, words, i, found);
      heads(regexHeads.get(lower[i].isEmpty() ? "" : lower[i].substring(0, 1)), words, i, found);
      heads(regexHeads.get(""), words, i, found);
    }
    if (found.isEmpty()) return;
    // CoreNLP applies the caseless file's POS condition to every match, whatever its file.
    found.removeIf(m -> !anyValidPos(tokens, m));
    found.sort(Comparator.comparingDouble((Match m) -> -m.entry.priority()).thenComparingInt(m -> -(m.end - m.start))
        .thenComparingInt(m -> m.start).thenComparingInt(m -> m.entry.order()));
    boolean[] taken = new boolean[n];
    for (Match m : found) {
      boolean free = true;
      for (int k = m.start; k < m.end && free; k++) free = !taken[k];
      if (!free) continue;
      for (int k = m.start; k < m.end; k++) taken[k] = true;
      if (mayOverwrite(tokens, m)) {
        for (int k = m.start; k < m.end; k++) tokens.get(k).setNER(m.entry.label());
      }
    }
  }

  private static void walk(Node root, String[] keys, String[] words, int start, List<Match> out) {
    Node node = root;
    for (int i = start; ; i++) {
      if (node.regexTails != null) {
        for (int t = 0; t < node.regexTails.size(); t++) {
          Entry e = node.regexTails.get(t);
          int end = matchFrom(e, node.tailFrom.get(t), words, i);
          if (end >= 0) out.add(new Match(start, end, e));
        }
      }
      if (node.ends != null && i > start) {
        for (Entry e : node.ends) out.add(new Match(start, i, e));
      }
      if (i >= keys.length || node.next == null) return;
      node = node.next.get(keys[i]);
      if (node == null) return;
    }
  }

  private static void heads(List<Entry> entries, String[] words, int start, List<Match> out) {
    if (entries == null) return;
    for (Entry e : entries) {
      int end = matchFrom(e, 0, words, start);
      if (end >= 0) out.add(new Match(start, end, e));
    }
  }

  /** Matches the entry's tokens from {@code from} against the words from {@code at}; returns the end or -1. */
  private static int matchFrom(Entry e, int from, String[] words, int at) {
    int i = at;
    for (int k = from; k < e.tokens().length; k++, i++) {
      if (i >= words.length) return -1;
      Object t = e.tokens()[k];
      boolean ok = t instanceof Pattern p ? p.matcher(words[i]).matches()
          : e.caseless() ? ((String) t).equals(words[i].toLowerCase(Locale.ROOT)) : t.equals(words[i]);
      if (!ok) return -1;
    }
    return i;
  }

  private static boolean anyValidPos(List<CoreLabel> tokens, Match m) {
    for (int k = m.start; k < m.end; k++) {
      String tag = tokens.get(k).tag();
      if (tag != null && VALID_POS.matcher(tag).matches()) return true;
    }
    return false;
  }

  /**
   * CoreNLP's overwrite rule: a run of locations may always be refined; a match may not cut an entity of a label
   * that is not one of ours; a match over mixed labels overwrites them; over one label, only a label its line
   * lists, or a background or fine label unless the entry's label is CITY.
   */
  private boolean mayOverwrite(List<CoreLabel> tokens, Match m) {
    boolean allLocation = true;
    for (int k = m.start; k < m.end && allLocation; k++) allLocation = ner(tokens.get(k)).equals("LOCATION");
    if (allLocation) return true;
    String first = ner(tokens.get(m.start));
    String last = ner(tokens.get(m.end - 1));
    if (!ours.contains(first) && m.start > 0 && ner(tokens.get(m.start - 1)).equals(first)) return false;
    if (!ours.contains(last) && m.end < tokens.size() && ner(tokens.get(m.end)).equals(last)) return false;
    for (int k = m.start + 1; k < m.end; k++) {
      if (!ner(tokens.get(k)).equals(first)) return true;
    }
    if (m.entry.overwrite().contains(first)) return true;
    return !NO_DEFAULT_OVERWRITE.contains(m.entry.label()) && ours.contains(first);
  }

  private static String ner(CoreLabel l) {
    return l.ner() == null ? "O" : l.ner();
  }
}
