package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.Entry;

/**
 * A PETRARCH {@code *.agents.txt} file: role words with the code they add to an actor ({@code PRESIDENT [~GOV]}),
 * optional plural forms in braces ({@code {}} means none; otherwise an English plural is made), and
 * substitution sets ({@code !PERSON! = MAN, MEN, WOMAN}) expanded in place.
 */
final class AgentFile {
  private static final Pattern SET = Pattern.compile("(![A-Za-z0-9]+!)\\s*=\\s*(.+)");
  private static final Pattern CODE = Pattern.compile("\\[\\s*~?([A-Za-z0-9]{1,30})~?\\s*\\]");
  private static final Pattern PLURALS = Pattern.compile("\\{([^}]*)\\}");

  private AgentFile() {}

  static List<Entry> read(SourceLines src, List<String> problems) {
    return read(src, problems, new ArrayList<>());
  }

  /** As {@link #read(SourceLines, List)}, also adding each form to {@code agents} with its code's side. */
  static List<Entry> read(SourceLines src, List<String> problems, List<Agent> agents) {
    Map<String, List<String>> sets = new HashMap<>();
    List<Entry> out = new ArrayList<>();
    for (SourceLines.Line l : src.lines()) {
      String t = l.text();
      if (t.isEmpty()) continue;
      Matcher s = SET.matcher(t);
      if (s.matches()) {
        List<String> alts = new ArrayList<>();
        for (String a : s.group(2).split(",")) if (!a.isBlank()) alts.add(a.strip());
        sets.put(s.group(1), alts);
        continue;
      }
      Matcher c = CODE.matcher(t);
      if (!c.find()) {
        problems.add(src.where(l) + ": agent without a [~CODE]: " + t);
        continue;
      }
      String code = c.group(1).toUpperCase(java.util.Locale.ROOT);
      String phrase = ActorFile.phraseOf(t.startsWith("+") ? t.substring(1) : t);
      if (phrase.isEmpty()) {
        problems.add(src.where(l) + ": agent line without a phrase");
        continue;
      }
      List<String> forms = new ArrayList<>(expand(phrase, sets, src, l, problems));
      Matcher p = PLURALS.matcher(t);
      if (p.find()) {
        for (String pl : p.group(1).strip().split("\\s+")) if (!pl.isEmpty()) forms.addAll(expand(pl, sets, src, l, problems));
      } else {
        for (String f : List.copyOf(forms)) forms.add(plural(f));
      }
      // "[NGO~]": the tilde after the code puts the code before the actor's ("MSF Arnor" is NGOARN).
      boolean before = c.group().replace(" ", "").endsWith("~]");
      for (String f : forms) {
        out.add(new Entry(ActorFile.words(f), false, Entry.Kind.ROLE, code, null));
        agents.add(new Agent(ActorFile.words(f), code, before));
      }
    }
    return out;
  }

  private static List<String> expand(String phrase, Map<String, List<String>> sets, SourceLines src, SourceLines.Line l,
      List<String> problems) {
    int a = phrase.indexOf('!');
    if (a < 0) return List.of(phrase);
    int b = phrase.indexOf('!', a + 1);
    if (b < 0) {
      problems.add(src.where(l) + ": unclosed substitution set in " + phrase);
      return List.of();
    }
    List<String> alts = sets.get(phrase.substring(a, b + 1));
    if (alts == null) {
      problems.add(src.where(l) + ": unknown substitution set " + phrase.substring(a, b + 1));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String alt : alts) out.addAll(expand(phrase.substring(0, a) + alt + phrase.substring(b + 1), sets, src, l, problems));
    return out;
  }

  /** The regular English plural of a phrase's last word. */
  static String plural(String phrase) {
    String base = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
    String up = base.toUpperCase(java.util.Locale.ROOT);
    if (up.endsWith("Y") && up.length() > 1 && "AEIOU".indexOf(up.charAt(up.length() - 2)) < 0) {
      return base.substring(0, base.length() - 1) + "IES";
    }
    if (up.endsWith("S") || up.endsWith("X") || up.endsWith("CH") || up.endsWith("SH")) return base + "ES";
    if (up.endsWith("MAN")) return base.substring(0, base.length() - 3) + "MEN";
    return base + "S";
  }
}
