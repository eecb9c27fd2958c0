package org.dyad.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.Entry;
import org.dyad.actors.Term;

/**
 * A PETRARCH {@code *.actors.txt} file: a phrase with its code ({@code GONDOR [GON]}), synonyms on {@code +}
 * lines, and code lines, possibly dated ({@code [HOBGOV 19950601 - 19990815]}, {@code [HOB <950601]},
 * {@code [HOBREB >990816]}). Words joined by underscores or spaces must follow one another; a trailing
 * underscore (TABARI's "whole word" mark) changes nothing, since Dyad always matches whole words.
 */
final class ActorFile {
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9+\\-]{1,30}(/[A-Za-z0-9+\\-]{1,30})*");
  private static final Pattern DATED = Pattern.compile("(\\S+)?\\s*(?:([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))");
  /** The earliest and latest dates a term can cover; Term needs a start. */
  static final LocalDate EVER = LocalDate.of(1, 1, 1);

  private ActorFile() {}

  /** One actor: its phrases and its codes in file order (dated codes first win; an undated code is the default). */
  private static final class Actor {
    final List<String> phrases = new ArrayList<>();
    final List<Term> dated = new ArrayList<>();
    String undated;
  }

  static List<Entry> read(SourceLines src, List<String> problems) {
    List<Actor> actors = new ArrayList<>();
    Actor cur = null;
    for (SourceLines.Line l : src.lines()) {
      String t = l.text();
      if (t.isEmpty()) continue;
      if (t.startsWith("+")) {
        if (cur == null) {
          problems.add(src.where(l) + ": synonym '" + t + "' before any actor");
          continue;
        }
        String phrase = phraseOf(t.substring(1));
        if (!phrase.isEmpty()) cur.phrases.add(phrase);
        codes(src, l, t, cur, problems);
        continue;
      }
      if (t.startsWith("[")) {
        if (cur == null) {
          problems.add(src.where(l) + ": code line before any actor");
          continue;
        }
        codes(src, l, t, cur, problems);
        continue;
      }
      cur = new Actor();
      actors.add(cur);
      String phrase = phraseOf(t);
      if (phrase.isEmpty()) problems.add(src.where(l) + ": actor line without a phrase");
      else cur.phrases.add(phrase);
      codes(src, l, t, cur, problems);
    }
    List<Entry> out = new ArrayList<>();
    for (Actor a : actors) {
      if (a.undated == null && a.dated.isEmpty()) continue; // PETRARCH ignores an actor with no code; so do we
      for (String p : a.phrases) out.add(entry(p, a));
    }
    return out;
  }

  private static Entry entry(String phrase, Actor a) {
    List<String> words = words(phrase);
    if (a.dated.isEmpty()) {
      Entry.Kind kind = a.undated.length() == 3 && a.undated.matches("[A-Z]{3}") ? Entry.Kind.COUNTRY : Entry.Kind.ORGANISATION;
      return new Entry(words, false, kind, a.undated, null);
    }
    List<Term> terms = new ArrayList<>(a.dated);
    if (a.undated != null) terms.add(new Term(a.undated, EVER, null));
    return new Entry(words, false, Entry.Kind.PERSON, null, List.copyOf(terms));
  }

  /** The phrase part of a line: everything before its first code bracket or plural list. */
  static String phraseOf(String line) {
    int cut = line.length();
    int b = line.indexOf('[');
    if (b >= 0) cut = b;
    int c = line.indexOf('{');
    if (c >= 0 && c < cut) cut = c;
    return line.substring(0, cut).strip();
  }

  /** A dictionary phrase as Dyad tokens: underscores and spaces separate words; empty parts vanish. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.split("[_\\s]+")) if (!w.isEmpty()) out.add(w);
    return List.copyOf(out);
  }

  private static void codes(SourceLines src, SourceLines.Line l, String text, Actor cur, List<String> problems) {
    Matcher m = BRACKET.matcher(text);
    while (m.find()) {
      String inside = m.group(1).strip();
      Matcher d = DATED.matcher(inside);
      if (d.matches()) {
        String code = d.group(1);
        if (code == null || !CODE.matcher(code).matches()) {
          problems.add(src.where(l) + ": dated code without an actor code: [" + inside + "]");
          continue;
        }
        try {
          Term term;
          if (d.group(2) != null) {
            LocalDate at = date(d.group(3));
            term = d.group(2).equals("<") ? new Term(code(code), EVER, at.minusDays(1)) : new Term(code(code), at, null);
          } else {
            LocalDate from = date(d.group(4));
            LocalDate to = date(d.group(5));
            if (to.isBefore(from)) {
              problems.add(src.where(l) + ": date range ends before it starts: [" + inside + "]");
              continue;
            }
            term = new Term(code(code), from, to);
          }
          cur.dated.add(term);
        } catch (RuntimeException e) {
          problems.add(src.where(l) + ": bad date in [" + inside + "]");
        }
        continue;
      }
      if (!CODE.matcher(inside).matches()) {
        problems.add(src.where(l) + ": not an actor code: [" + inside + "]");
        continue;
      }
      // "ELR/GAL" stands for several actors: the events stage codes one event for each.
      if (cur.undated == null) cur.undated = code(inside);
    }
  }

  private static String code(String c) {
    return c.toUpperCase(Locale.ROOT);
  }

  /** yymmdd (00-29 are 20xx, as the dictionaries' own leader terms show) or yyyymmdd. */
  static LocalDate date(String s) {
    if (s.length() == 8) return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
    int yy = Integer.parseInt(s.substring(0, 2));
    int year = yy < 30 ? 2000 + yy : 1900 + yy;
    return LocalDate.of(year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
  }
}
