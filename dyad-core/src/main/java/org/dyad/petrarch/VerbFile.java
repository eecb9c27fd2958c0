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
import org.dyad.events.VerbDictionary;
import org.dyad.events.VerbPattern;

/**
 * A PETRARCH verb dictionary ({@code CAMEO.2.0.txt}, {@code *.verbs.txt}): synonym sets ({@code &NAME} then
 * {@code +MEMBER} lines), verb classes ({@code --- NAME [code] ---}) with their member verbs ({@code STOP {STOPS
 * STOPPED}}, {@code +CALL_OFF [160]}, where {@code +} marks the verb of a multi-word member), and patterns
 * ({@code - * WITH + [042]}) that apply to every member of the class.
 *
 * <p>Dyad matches patterns on the dependency parse, not on PETRARCH's word order: every word of a pattern must be
 * a dependent (or a dependent's dependent) of the verb; {@code +} after a preposition says where the target is,
 * {@code +} right after the verb that it is the object. A code of {@code ---} means "code nothing". Of a paired
 * code {@code 042:043} the first, the source's action, is used.
 */
final class VerbFile {
  private static final Pattern HEADER = Pattern.compile("-{3}\\s*(\\S.*?)\\s*\\[([^\\]]*)\\]\\s*(-{3}.*)?");
  private static final Pattern TRAILING_CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
  private static final Pattern VALID_CODE = Pattern.compile("[A-Za-z0-9+?#\\-]{1,8}");

  private VerbFile() {}

  private record Member(String lemma, List<String> extra, String code, String back) {}

  static List<VerbPattern> read(SourceLines src, List<String> problems) {
    Map<String, List<String>> synsets = synsets(src, problems);
    List<VerbPattern> out = new ArrayList<>();
    String classCode = null;
    String classBack = null;
    List<Member> members = null;
    for (SourceLines.Line l : Synsets.verbLines(src)) {
      String t = l.text();
      Matcher h = HEADER.matcher(t);
      if (h.matches()) {
        classCode = code(h.group(2).strip(), src, l, problems);
        classBack = pairedCode(h.group(2).strip());
        members = new ArrayList<>();
        continue;
      }
      if (members == null) {
        if (!t.startsWith("####")) problems.add(src.where(l) + ": line outside any verb class: " + t);
        continue;
      }
      if (t.startsWith("-")) {
        pattern(src, l, t.substring(1).strip(), members, classCode, synsets, out, problems);
        continue;
      }
      Member m = member(src, l, t, classCode, classBack, problems);
      if (m == null) continue;
      members.add(m);
      if (m.code() != null && !m.code().equals("---")) {
        List<Set<String>> cons = new ArrayList<>();
        for (String w : m.extra()) cons.add(Set.of(w));
        out.add(new VerbPattern(m.code(), id(src, l, m, members), false, m.lemma(), List.copyOf(cons), null, l.number(), m.back()));
      }
    }
    return out;
  }

  /** Every synonym set as lower-case head words: a multi-word member ("ECONOMIC SANCTIONS") is asked for by its last word. */
  private static Map<String, List<String>> synsets(SourceLines src, List<String> problems) {
    Map<String, List<String>> out = new HashMap<>();
    Synsets.read(src).forEach((name, members) -> {
      Set<String> heads = new LinkedHashSet<>();
      for (List<String> w : members) heads.add(w.get(w.size() - 1).toLowerCase(Locale.ROOT));
      out.put(name, List.copyOf(heads));
    });
    return out;
  }

  private static Member member(SourceLines src, SourceLines.Line l, String t, String classCode, String classBack,
      List<String> problems) {
    String code = null;
    String back = classBack;
    Matcher c = TRAILING_CODE.matcher(t);
    if (c.find()) {
      code = code(c.group(1).strip(), src, l, problems);
      back = pairedCode(c.group(1).strip());
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
      if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
    }
    if (words.isEmpty()) {
      problems.add(src.where(l) + ": verb line without a verb");
      return null;
    }
    List<String> extra = new ArrayList<>(words);
    String lemma = extra.remove(verb);
    return new Member(lemma, List.copyOf(extra), code != null ? code : classCode, back);
  }

  private static void pattern(SourceLines src, SourceLines.Line l, String body, List<Member> members, String classCode,
      Map<String, List<String>> synsets, List<VerbPattern> out, List<String> problems) {
    Matcher c = TRAILING_CODE.matcher(body);
    if (!c.find()) {
      problems.add(src.where(l) + ": pattern without a [code]");
      return;
    }
    // "[:1823]" (PETRARCH 2: the subject suffers the event, "died in an assault") has no counterpart here yet.
    if (c.group(1).strip().startsWith(":")) return;
    String code = code(c.group(1).strip(), src, l, problems);
    if (code == null) return;
    String back = pairedCode(c.group(1).strip());
    String text = body.substring(0, c.start());
    List<String> tokens = new ArrayList<>();
    for (String w : text.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split("[_\\s]+")) if (!w.isEmpty()) tokens.add(w);
    int star = tokens.indexOf("*");
    if (star < 0) {
      problems.add(src.where(l) + ": pattern without the verb's place '*'");
      return;
    }
    List<Set<String>> constraints = new ArrayList<>();
    String targetPrep = null;
    for (int k = 0; k < tokens.size(); k++) {
      String w = tokens.get(k);
      if (k == star || w.equals("$") || w.equals("%") || w.equals("^") || w.equals("*")) continue;
      if (w.equals("+")) {
        if (k < star) continue; // a target before the verb is the passive subject; the parse finds it anyway
        String prev = k > star + 1 ? tokens.get(k - 1).toLowerCase(Locale.ROOT) : null;
        if (prev == null) {
          targetPrep = "";
        } else if (VerbDictionary.PREPOSITIONS.contains(prev)) {
          targetPrep = prev;
          if (!constraints.isEmpty() && constraints.get(constraints.size() - 1).equals(Set.of(prev))) constraints.remove(constraints.size() - 1);
        }
        continue;
      }
      if (w.startsWith("+") || w.startsWith("$")) w = w.substring(1);
      if (w.startsWith("&")) {
        List<String> alts = synsets.get(Synsets.name(w));
        if (alts == null) {
          problems.add(src.where(l) + ": unknown synonym set " + w);
          return;
        }
        constraints.add(Set.copyOf(alts));
        continue;
      }
      w = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9'.\\-]", "");
      if (!w.isEmpty()) constraints.add(Set.of(w));
    }
    if (members.isEmpty()) {
      problems.add(src.where(l) + ": pattern before any verb of its class");
      return;
    }
    for (Member m : members) {
      List<Set<String>> cons = new ArrayList<>(constraints);
      for (String e : m.extra()) cons.add(Set.of(e));
      out.add(new VerbPattern(code, id(src, l, m, members), false, m.lemma(), List.copyOf(cons), targetPrep, l.number(), back));
    }
  }

  /** The second code of a pair such as {@code 042:043}, or null. */
  private static String pairedCode(String raw) {
    int colon = raw.indexOf(':');
    if (colon < 0) return null;
    String b = raw.substring(colon + 1).strip();
    return b.isEmpty() || b.equals("---") ? null : b;
  }

  private static String id(SourceLines src, SourceLines.Line l, Member m, List<Member> members) {
    return src.file() + ":" + l.number() + (members.size() > 1 || !m.extra().isEmpty() ? "/" + m.lemma() + String.join("_", m.extra()) : "");
  }

  private static String code(String raw, SourceLines src, SourceLines.Line l, List<String> problems) {
    String c = raw.contains(":") ? raw.substring(0, raw.indexOf(':')).strip() : raw;
    // TABARI's discard code "###" means what PETRARCH's "---" means: no event.
    if (c.equals("###")) c = "---";
    if (!VALID_CODE.matcher(c).matches()) {
      problems.add(src.where(l) + ": not an event code: [" + raw + "]");
      return null;
    }
    return c;
  }
}
