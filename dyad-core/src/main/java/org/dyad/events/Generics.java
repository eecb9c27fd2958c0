package org.dyad.events;

import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Statements that tell no single datable act, read from the clause around the event's verb: habits ("routinely
 * deny", "has worked with them for years"), standing practice or positions told in the present simple ("the
 * government works directly with universities"), and totals over a period ("launched 504 attacks in 2024", "has
 * claimed several attacks since last August"). Part of {@link FactualityStep}; the words are the cue kinds
 * frequency, span, period, quantifier and stance of {@code events/factuality.tsv}.
 */
final class Generics {
  /**
   * CAMEO roots of saying, appealing, intending, demanding, criticising, rejecting and threatening: news tells these
   * in the present as reports of what was said ("Moscow denies involvement", "the ministry rejects the claim").
   */
  private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "10", "11", "12", "13");
  /** Subordinators whose present-tense clause tells what is going on or planned, not a habit ("comes as Russia presses…"). */
  private static final Set<String> TIME_MARKS = Set.of("as", "while", "when", "whenever", "until", "before", "after", "once", "if",
      "unless");
  /** Speakers whose present tense performs the act ("we give them everything we can"): not a description of a habit. */
  private static final Set<String> SPEAKERS = Set.of("i", "we", "you");
  /** Relations by which a period says over what time a total was reached ("in 2024", "over the past year", "last year"). */
  private static final Set<String> PERIOD_RELS = Set.of("obl:in", "obl:during", "obl:throughout", "obl:over", "obl:tmod", "obl:npmod");
  /** Relations of what a total counts: the objects, the victims of a passive, the acts ("in over 500 attacks"). */
  private static final Set<String> COUNTED_RELS = Set.of("obj", "nsubj:pass", "obl:in", "obl:for");
  private static final Set<String> CLOSERS = Set.of("\"", "''", "'", ")", "\u201d", "\u2019", "-RRB-");
  /** Words that make a period reach back from now: "in the past year", "over the last decade". */
  private static final Set<String> BACK = Set.of("past", "last", "previous", "recent", "this");
  /** Without a preposition only a period that runs to now is one: "this year", "the past year", not "last year". */
  private static final Set<String> NOW = Set.of("past", "this");
  /** A headline or caption is short; a description of a practice, in the body of a story, is rarely. */
  private static final int BODY_TOKENS = 15;
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  /** Whether a word is a cue of a kind: {@code cue.test("frequency", "routinely")}. */
  private final BiPredicate<String, String> cue;

  Generics(BiPredicate<String, String> cue) {
    this.cue = cue;
  }

  /**
   * The cue that makes the event at {@code t} (told by verb {@code verb}) generic, or null. {@code triggers} are the
   * sentence's candidate events, which tell counted acts ("504 attacks") from counted people or goods.
   */
  String cue(DepGraph g, Sentence s, int t, int verb, String code, Set<Integer> triggers) {
    for (int node : verb == t || verb < 0 ? new int[] {t} : new int[] {t, verb}) {
      String c = habit(g, s, node);
      if (c == null) c = total(g, s, t, node, triggers);
      if (c != null) return c;
    }
    // A nominal event shares its verb's tense only as its object: "gives military support", not "comes after a probe".
    boolean told = verb == t || verb >= 0 && g.head(t, "obj") == verb;
    return told && present(g, s, verb, code) ? "present" : null;
  }

  /** "routinely deny", "has been working with Thailand for years". */
  private String habit(DepGraph g, Sentence s, int node) {
    for (DepGraph.Arc a : g.children(node)) {
      Token d = s.token(a.dep());
      if (a.rel().equals("advmod") && cue.test("frequency", d.lower())) return d.lower();
      if (span(g, a, d)) return d.lower();
      // "has hosted talks between them for years": the parser often hangs the span on the object.
      if (a.rel().equals("obj")) {
        for (DepGraph.Arc b : g.children(a.dep())) if (span(g, b, s.token(b.dep()))) return s.token(b.dep()).lower();
      }
    }
    return null;
  }

  /**
   * "for years", "for decades", "for many months": a plural span of time with no number; "for a year" or "for four
   * months" may be one act's length ("suspended exports for four months").
   */
  private boolean span(DepGraph g, DepGraph.Arc a, Token d) {
    return (a.rel().equals("obl:for") || a.rel().equals("nmod:for")) && d.pos().equals("NNS")
        && cue.test("span", d.lemma().toLowerCase(Locale.ROOT)) && g.children(a.dep(), "nummod").isEmpty();
  }

  /**
   * "has claimed responsibility for several attacks since last August", "killed 1,250 militants in the last 15
   * months": a count over a stretch of time. Over a bare year only counted acts make a total ("launched 504 attacks in
   * 2024", "killed 400 people in over 500 attacks in 2024"); "deported 173 people to Turkey in 2015" is one act dated.
   */
  private String total(DepGraph g, Sentence s, int t, int node, Set<Integer> triggers) {
    String period = period(g, s, node);
    if (period == null) return null;
    Set<Integer> counts = YEAR.matcher(period).matches() ? triggers : null;
    if (counts(g, s, t, counts)) return period;
    for (DepGraph.Arc a : g.children(node)) {
      if (!COUNTED_RELS.contains(a.rel())) continue;
      if (counts(g, s, a.dep(), counts)) return period;
      // "claimed responsibility for several bombings": what the object is for or of.
      for (DepGraph.Arc b : g.children(a.dep())) if (b.rel().startsWith("nmod:") && counts(g, s, b.dep(), counts)) return period;
    }
    return null;
  }

  /** Whether {@code n} counts something, and where {@code only} is given, something among those tokens. */
  private boolean counts(DepGraph g, Sentence s, int n, Set<Integer> only) {
    int what = counted(g, s, n);
    return what >= 0 && (only == null || only.contains(what));
  }

  /** A whole year, a stretch of years or months reaching back from now, or "since" with a perfect: the period's word. */
  private String period(DepGraph g, Sentence s, int node) {
    boolean perfect = g.children(node, "aux").stream().anyMatch(a -> s.token(a.dep()).lemma().equalsIgnoreCase("have"));
    for (DepGraph.Arc a : g.children(node)) {
      Token d = s.token(a.dep());
      if (a.rel().equals("obl:since") && perfect) return "since";
      if (!PERIOD_RELS.contains(a.rel())) continue;
      // "in 2024", not "in June 2024" (whose head is the month): a month or a day is one act's date.
      if (d.pos().equals("CD") && YEAR.matcher(d.word()).matches() && !a.rel().equals("obl:tmod")) return d.word();
      // "in the last 15 months", "over the past year", "this year"; a bare "last month" dates one act.
      boolean preposed = !a.rel().equals("obl:tmod") && !a.rel().equals("obl:npmod");
      boolean back = g.children(a.dep()).stream().anyMatch(b -> (b.rel().equals("amod") || b.rel().equals("det"))
          && (preposed ? BACK : NOW).contains(s.token(b.dep()).lower()));
      if (back && cue.test("period", d.lemma().toLowerCase(Locale.ROOT))) return d.lower();
    }
    return null;
  }

  /**
   * What a plural with a number or a word of quantity counts: "400 people" (people), "several deadly attacks",
   * "hundreds of homes" (homes); -1 when {@code n} counts nothing.
   */
  private int counted(DepGraph g, Sentence s, int n) {
    Token h = s.token(n);
    if (cue.test("quantifier", h.lower())) for (DepGraph.Arc a : g.children(n, "nmod:of")) return a.dep();
    if (!h.pos().equals("NNS") && !h.pos().equals("NNPS")) return -1;
    for (DepGraph.Arc a : g.children(n)) {
      Token d = s.token(a.dep());
      if (a.rel().equals("nummod") && d.pos().equals("CD") && !d.lower().equals("one")) return n;
      if ((a.rel().equals("amod") || a.rel().startsWith("det")) && cue.test("quantifier", d.lower())) return n;
    }
    return -1;
  }

  /**
   * "The government works directly with the private sector": the present simple of an act, in the body of a story,
   * by a third person, not in a clause of time or condition, is a practice or a standing position. Acts of saying stay:
   * the news tells them in the present too ("Moscow denies…").
   */
  private boolean present(DepGraph g, Sentence s, int verb, String code) {
    Token v = s.token(verb);
    if (!v.pos().equals("VBZ") && !v.pos().equals("VBP")) return false;
    if (VERBAL_ROOTS.contains(code.substring(0, 2)) && !cue.test("stance", v.lemma().toLowerCase(Locale.ROOT))) return false;
    if (!body(s)) return false;
    // "said that they support the UN call": a position reported is the statement of it.
    int saying = g.head(verb, "ccomp");
    if (saying >= 0 && Clauses.saying(s, saying) && cue.test("stance", v.lemma().toLowerCase(Locale.ROOT))) return false;
    for (DepGraph.Arc a : g.children(verb)) {
      Token d = s.token(a.dep());
      if (a.rel().startsWith("aux") || a.rel().equals("cop")) return false;
      if (a.rel().startsWith("nsubj") && SPEAKERS.contains(d.lower())) return false;
      // "when he meets Baker next week": "when" is an adverb to the parser, "as" and "if" are marks.
      if ((a.rel().equals("mark") || a.rel().equals("advmod")) && TIME_MARKS.contains(d.lower())) return false;
    }
    // The first of two coordinated verbs carries the subject and marks of both: "opposes … and gives".
    int first = g.head(verb, "conj");
    return first < 0 || !s.token(first).isVerb() || s.token(first).pos().equals("VBZ") || s.token(first).pos().equals("VBP");
  }

  /**
   * Whether the sentence reads as a story's body, not a headline or a photo caption, which tell news in the present:
   * a full stop, some length, and no date ("meets Xi in Beijing on September 4, 2019", "meets him on Tuesday").
   */
  private static boolean body(Sentence s) {
    if (s.size() < BODY_TOKENS || !stopped(s)) return false;
    for (Token k : s.tokens()) if (k.ner().equals("DATE") || k.ner().equals("TIME") || Clauses.TIME_WORDS.contains(k.lower())) return false;
    return true;
  }

  /** Whether the sentence ends with a full stop, a question or an exclamation mark (quotes and brackets aside). */
  static boolean stopped(Sentence s) {
    for (int k = s.size() - 1; k >= 0; k--) {
      String w = s.token(k).word();
      if (w.equals(".") || w.equals("!") || w.equals("?")) return true;
      if (!CLOSERS.contains(w)) return false;
    }
    return false;
  }
}
