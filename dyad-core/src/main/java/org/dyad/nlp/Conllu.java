package org.dyad.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored parses in CoNLL-U, so that event rules can be tested in milliseconds without loading CoreNLP. One block a
 * sentence: {@code # key = value} comments, then one line a token with the PTB tag in XPOS, the first basic head in
 * HEAD/DEPREL and every enhanced++ arc in DEPS ({@code 4:nsubj|6:nsubj:xsubj}); MISC holds the NER label and the
 * token's character span ({@code NER=COUNTRY|Begin=0|End=6}). Errors name the line.
 */
public final class Conllu {
  private Conllu() {}

  /** One stored sentence: its comments (text, expectations) and its tokens and graph (null when not parsed yet). */
  public record Block(int line, Map<String, List<String>> comments, Sentence sentence, DepGraph graph) {
    public List<String> comment(String key) {
      return comments.getOrDefault(key, List.of());
    }
  }

  /** Writes one sentence; {@code comments} come first, each as {@code # key = value}. */
  public static String write(Map<String, List<String>> comments, Sentence s, DepGraph g) {
    StringBuilder b = new StringBuilder();
    comments.forEach((k, vs) -> vs.forEach(v -> b.append("# ").append(k).append(" = ").append(v).append('\n')));
    for (Token t : s.tokens()) {
      List<String> deps = new ArrayList<>();
      String head = "0";
      String rel = "root";
      boolean first = true;
      for (DepGraph.Arc a : g.heads(t.index())) {
        deps.add((a.head() + 1) + ":" + a.rel());
        if (first) {
          head = String.valueOf(a.head() + 1);
          rel = a.rel();
          first = false;
        }
      }
      if (deps.isEmpty()) deps.add("0:root");
      b.append(t.index() + 1).append('\t').append(t.word()).append('\t').append(t.lemma()).append("\t_\t").append(t.pos()).append("\t_\t")
          .append(head).append('\t').append(rel).append('\t').append(String.join("|", deps)).append('\t')
          .append("NER=").append(t.ner()).append("|Begin=").append(t.begin()).append("|End=").append(t.end()).append('\n');
    }
    return b.append('\n').toString();
  }

  /** Reads every block of a file; {@code name} is used in error messages ({@code name:line: reason}). */
  public static List<Block> read(String name, String content) {
    List<Block> out = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    Map<String, List<String>> comments = new LinkedHashMap<>();
    List<String[]> rows = new ArrayList<>();
    int start = 0;
    for (int n = 0; n <= lines.length; n++) {
      String line = n < lines.length ? lines[n].stripTrailing() : "";
      if (line.isEmpty()) {
        if (!rows.isEmpty()) out.add(block(name, start, comments, rows));
        // A block of comments only is a sentence still to be parsed (see RuleSpecParsesIT).
        else if (!comments.isEmpty()) out.add(new Block(start, Map.copyOf(comments), null, null));
        comments = new LinkedHashMap<>();
        rows = new ArrayList<>();
        continue;
      }
      if (rows.isEmpty() && comments.isEmpty()) start = n + 1;
      if (line.startsWith("#")) {
        int eq = line.indexOf('=');
        if (eq < 0) throw new IllegalArgumentException(name + ":" + (n + 1) + ": a comment must read '# key = value'");
        comments.computeIfAbsent(line.substring(1, eq).strip(), k -> new ArrayList<>()).add(line.substring(eq + 1).strip());
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 10) throw new IllegalArgumentException(name + ":" + (n + 1) + ": expected 10 tab-separated columns, found " + cols.length);
      rows.add(cols);
    }
    return out;
  }

  private static Block block(String name, int line, Map<String, List<String>> comments, List<String[]> rows) {
    List<Token> tokens = new ArrayList<>();
    List<DepGraph.Arc> arcs = new ArrayList<>();
    List<String> text = comments.getOrDefault("text", List.of());
    for (int i = 0; i < rows.size(); i++) {
      String[] c = rows.get(i);
      String where = name + ":" + (line + comments.values().stream().mapToInt(List::size).sum() + i) + ": ";
      if (!c[0].equals(String.valueOf(i + 1))) throw new IllegalArgumentException(where + "token ids must run 1, 2, 3…; found " + c[0]);
      Map<String, String> misc = misc(c[9]);
      int begin;
      int end;
      try {
        begin = Integer.parseInt(misc.getOrDefault("Begin", "-1"));
        end = Integer.parseInt(misc.getOrDefault("End", "-1"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "Begin and End must be numbers: " + c[9]);
      }
      if (begin < 0 || end < begin) throw new IllegalArgumentException(where + "MISC needs Begin and End character offsets: " + c[9]);
      tokens.add(new Token(i, c[1], c[2], c[4], misc.getOrDefault("NER", "O"), begin, end));
      for (String d : c[8].split("\\|")) {
        int colon = d.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException(where + "DEPS entries read HEAD:REL: " + d);
        int head = Integer.parseInt(d.substring(0, colon)) - 1;
        if (head >= 0) arcs.add(new DepGraph.Arc(head, i, d.substring(colon + 1)));
      }
    }
    Sentence s = new Sentence(0, tokens.isEmpty() ? 0 : tokens.get(0).begin(), tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end(),
        text.isEmpty() ? "" : text.get(0), tokens);
    return new Block(line, Map.copyOf(comments), s, new DepGraph(tokens.size(), arcs));
  }

  private static Map<String, String> misc(String col) {
    Map<String, String> m = new LinkedHashMap<>();
    if (col.equals("_")) return m;
    for (String kv : col.split("\\|")) {
      int eq = kv.indexOf('=');
      if (eq > 0) m.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return m;
  }
}
