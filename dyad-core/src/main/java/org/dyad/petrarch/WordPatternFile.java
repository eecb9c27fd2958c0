package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH verb file read for the tree coder: every pattern kept in word order ({@link WordPattern}), indexed by
 * each form of each verb (the base form, the forms in braces). {@link VerbFile} reads the same file for the
 * dependency coder, which has no word order; the two readers share only the file's syntax.
 */
final class WordPatternFile {
  private static final Pattern HEADER = Pattern.compile("-{3}\\s*(\\S.*?)\\s*\\[([^\\]]*)\\]\\s*(-{3}.*)?");
  private static final Pattern TRAILING_CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
  private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");

  private WordPatternFile() {}

  /** A verb of a class: its words around the verb, its forms, its code (or the class's) and its line. */
  private record Member(String verb, List<String> before, List<String> after, List<String> forms, String code, String back, String rule) {}

  private record Raw(List<String> tokens, List<Boolean> joined, String code, String back, String rule) {}

  /** Patterns by lower-case verb form; skipped lines are {@link VerbFile}'s to report. */
  static Map<String, List<WordPattern>> read(SourceLines src) {
    Map<String, List<List<String>>> sets = synsets(src);
    Map<String, List<WordPattern>> out = new HashMap<>();
    List<Member> members = new ArrayList<>();
    List<Raw> patterns = new ArrayList<>();
    String classCode = null;
    String classBack = null;
    for (SourceLines.Line l : Synsets.verbLines(src)) {
      String t = l.text();
      Matcher h = HEADER.matcher(t);
      if (h.matches()) {
        flush(members, patterns, sets, out);
        classCode = first(h.group(2));
        classBack = second(h.group(2));
        continue;
      }
      if (classCode == null && members.isEmpty() && !t.startsWith("-")) continue;
      if (t.startsWith("-")) {
        Raw r = raw(t.substring(1).strip(), src.where(l));
        if (r != null) patterns.add(r);
        continue;
      }
      Member m = member(t, classCode, classBack, src.where(l));
      if (m != null) members.add(m);
    }
    flush(members, patterns, sets, out);
    return out;
  }

  private static void flush(List<Member> members, List<Raw> patterns, Map<String, List<List<String>>> sets,
      Map<String, List<WordPattern>> out) {
    for (Member m : members) {
      List<WordPattern> list = new ArrayList<>();
      if (m.code() != null) list.add(new WordPattern(near(m.before(), true), near(m.after(), false), m.code(), m.back(), m.rule(), true));
      for (Raw r : patterns) {
        WordPattern p = pattern(r, m, sets);
        if (p != null) list.add(p);
      }
      for (String f : m.forms()) out.computeIfAbsent(f, k -> new ArrayList<>()).addAll(list);
    }
    members.clear();
    patterns.clear();
  }

  /** A member's own words around its verb: adjacent to it, the lower ones nearest the verb first. */
  private static List<WordPattern.Element> near(List<String> words, boolean lower) {
    List<WordPattern.Element> out = new ArrayList<>();
    for (String w : words) out.add(new WordPattern.Element(WordPattern.Kind.WORD, List.of(List.of(w)), true));
    if (lower) java.util.Collections.reverse(out);
    return out;
  }

  private static WordPattern pattern(Raw r, Member m, Map<String, List<List<String>>> sets) {
    int star = r.tokens().indexOf("*");
    List<WordPattern.Element> lower = near(m.before(), true);
    for (int k = star - 1; k >= 0; k--) {
      WordPattern.Element e = element(r.tokens().get(k), r.joined().get(k + 1), sets);
      if (e == null) return null;
      lower.add(e);
    }
    List<WordPattern.Element> upper = near(m.after(), false);
    for (int k = star + 1; k < r.tokens().size(); k++) {
      WordPattern.Element e = element(r.tokens().get(k), r.joined().get(k), sets);
      if (e == null) return null;
      upper.add(e);
    }
    return new WordPattern(List.copyOf(lower), List.copyOf(upper), r.code(), r.back(), r.rule(), false);
  }

  private static WordPattern.Element element(String tok, boolean adjacent, Map<String, List<List<String>>> sets) {
    WordPattern.Kind kind = switch (tok) {
      case "+" -> WordPattern.Kind.TARGET;
      case "$" -> WordPattern.Kind.SOURCE;
      case "%" -> WordPattern.Kind.COMPOUND;
      case "^" -> WordPattern.Kind.SKIP;
      default -> null;
    };
    if (kind != null) return new WordPattern.Element(kind, List.of(), adjacent);
    if (tok.startsWith("&")) {
      List<List<String>> members = sets.get(Synsets.name(tok));
      return members == null ? null : new WordPattern.Element(WordPattern.Kind.SET, members, adjacent);
    }
    return new WordPattern.Element(WordPattern.Kind.WORD, List.of(List.of(tok)), adjacent);
  }

  /** The pattern's tokens in order, each marked whether "_" joins it to the one before. */
  private static Raw raw(String body, String rule) {
    Matcher c = TRAILING_CODE.matcher(body);
    if (!c.find()) return null;
    String inside = c.group(1).strip();
    // "[:1823]" (PETRARCH 2: the subject suffers the event) has no counterpart here.
    if (inside.startsWith(":")) return null;
    List<String> tokens = new ArrayList<>();
    List<Boolean> joined = new ArrayList<>();
    String text = body.substring(0, c.start()).replaceAll("[(){}]", " ");
    for (String chunk : text.strip().split("\\s+")) {
      boolean first = true;
      for (String piece : chunk.split("_", -1)) {
        String p = piece.toUpperCase(Locale.ROOT);
        if (!p.equals("*") && !p.equals("+") && !p.equals("$") && !p.equals("%") && !p.equals("^") && !p.startsWith("&")) {
          p = p.replaceAll("[^A-Z0-9'.\\-]", "");
        }
        if (p.isEmpty()) continue;
        tokens.add(p);
        joined.add(!first);
        first = false;
      }
    }
    if (!tokens.contains("*")) return null;
    // "[+++]" is TABARI's complex coding, which PETRARCH does not implement: the pattern is not used.
    if (first(inside).equals("+++")) return null;
    return new Raw(tokens, joined, first(inside), second(inside), rule);
  }

  private static Member member(String t, String classCode, String classBack, String rule) {
    String code = classCode;
    String back = classBack;
    Matcher c = TRAILING_CODE.matcher(t);
    if (c.find()) {
      code = first(c.group(1));
      back = second(c.group(1));
    }
    String phrase = ActorFile.phraseOf(t);
    List<String> words = new ArrayList<>();
    int verb = 0;
    for (String w : phrase.split("[_\\s]+")) {
      if (w.isEmpty()) continue;
      if (w.startsWith("+")) {
        verb = words.size();
        w = w.substring(1);
      }
      if (!w.isEmpty()) words.add(w.toUpperCase(Locale.ROOT));
    }
    if (words.isEmpty()) return null;
    Set<String> forms = new LinkedHashSet<>();
    forms.add(words.get(verb).toLowerCase(Locale.ROOT));
    Matcher f = FORMS.matcher(t);
    if (f.find()) {
      for (String form : f.group(1).strip().split("\\s+")) {
        String[] parts = form.split("_");
        String pick = parts.length > verb ? parts[verb] : parts[0];
        for (String p : parts) if (p.startsWith("+")) pick = p;
        pick = pick.replace("+", "").toLowerCase(Locale.ROOT);
        if (!pick.isEmpty()) forms.add(pick);
      }
    }
    return new Member(words.get(verb), List.copyOf(words.subList(0, verb)), List.copyOf(words.subList(verb + 1, words.size())),
        List.copyOf(forms), code, back, rule);
  }

  /** Every synonym set with its member phrases as upper-case words. */
  private static Map<String, List<List<String>>> synsets(SourceLines src) {
    Map<String, List<List<String>>> out = new HashMap<>();
    Synsets.read(src).forEach((name, members) -> {
      Set<List<String>> upper = new LinkedHashSet<>();
      for (List<String> w : members) upper.add(w.stream().map(x -> x.toUpperCase(Locale.ROOT)).toList());
      out.put(name, List.copyOf(upper));
    });
    return out;
  }

  /** The event code of {@code 042:043} (TABARI's {@code ###} is PETRARCH's {@code ---}: no event). */
  private static String first(String raw) {
    String c = raw.contains(":") ? raw.substring(0, raw.indexOf(':')).strip() : raw.strip();
    return c.equals("###") ? "---" : c;
  }

  private static String second(String raw) {
    int colon = raw.indexOf(':');
    if (colon < 0) return null;
    String b = raw.substring(colon + 1).strip();
    return b.isEmpty() || b.equals("---") ? null : b;
  }
}
