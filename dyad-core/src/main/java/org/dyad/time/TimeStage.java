package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.events.Event;
import org.dyad.events.EventStage;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;
import org.dyad.pipeline.Stage;

/**
 * Dates each event by the temporal expression that governs its trigger (nearest in the parse), else the article
 * date; an asserted event is never dated after its article unless the text writes that date out.
 */
public final class TimeStage implements Stage {
  public static final Key<EventDates> DATES = new Key<>("dates", EventDates.class);

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.SENTENCES, ParseStage.PARSES, TimexStage.TIMEXES, EventStage.EVENTS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(DATES);
  }

  @Override
  public void process(Document doc) {
    List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
    LocalDate article = doc.article().date();
    List<EventDate> out = new ArrayList<>();
    for (Event e : doc.get(EventStage.EVENTS).list()) {
      Sentence s = sentences.get(e.sentence());
      DepGraph g = doc.get(ParseStage.PARSES).get(e.sentence());
      List<Timex> timexes = doc.get(TimexStage.TIMEXES).get(e.sentence());
      Offsets.Offset o = Offsets.around(s, e.trigger());
      EventDate d = o != null ? offset(sentences, e.sentence(), timexes, g, o, article)
          : date(sentences, e.sentence(), timexes, g, e.trigger(), e.speech() && g != null ? complement(g, e.trigger()) : null, article);
      out.add(d != null && (!e.asserted() || !afterWithoutSaying(d, article)) ? d : new EventDate(article, "day", null));
    }
    doc.put(DATES, new EventDates(out));
  }

  /** The date the expression governing {@code trigger} gives, or null; {@code said} as for {@link #governing}. */
  private static EventDate date(List<Sentence> sentences, int index, List<Timex> timexes, DepGraph g, int trigger, boolean[] said,
      LocalDate article) {
    Sentence s = sentences.get(index);
    Timex t = governing(s, timexes, g, trigger, article, said);
    return t == null ? null : resolve(s, t, g, trigger, article, DateAnchor.find(sentences, index, t.start(), article));
  }

  /**
   * An act in "two days after …": the main clause's date (its own expression, else the article's) moved by the
   * offset. A main clause dated only to the month or year says nothing finer, so its date stays as it is.
   */
  private static EventDate offset(List<Sentence> sentences, int index, List<Timex> timexes, DepGraph g, Offsets.Offset o,
      LocalDate article) {
    Sentence s = sentences.get(index);
    int main = mainVerb(g, o, s.size());
    EventDate d = main < 0 ? null : date(sentences, index, timexes.stream().filter(t -> !o.covers(t.start())).toList(), g, main, null,
        article);
    if (d == null) return new EventDate(article.plusDays(o.days()), "day", null);
    return d.precision().equals("day") ? new EventDate(d.date().plusDays(o.days()), "day", d.timex()) : d;
  }

  /** The root of the sentence (the token with dependents and no head) when it lies outside the offset's clause, else -1. */
  private static int mainVerb(DepGraph g, Offsets.Offset o, int size) {
    if (g == null) return o.quantity() > 0 ? o.quantity() - 1 : o.to() < size ? o.to() : -1;
    for (int k = 0; k < g.size(); k++) {
      if (g.heads(k).isEmpty() && !g.children(k).isEmpty()) return o.covers(k) ? -1 : k;
    }
    return -1;
  }

  /**
   * An asserted event happened by the time it was reported: a date after the article is a misreading ("in May"
   * counted forward, "decades later" counted from today) unless the expression writes that year out.
   */
  static boolean afterWithoutSaying(EventDate d, LocalDate article) {
    return d.date().isAfter(article) && (d.timex() == null || !d.timex().contains(String.valueOf(d.date().getYear())));
  }

  /**
   * The DATE expression nearest the trigger in the parse, leaving out numbers that are no year ({@link NotDates})
   * and, for a speech act, expressions inside what was said ({@code said}, null for none): in "he said it was
   * formed in 1993" the year dates what was said, not the saying.
   */
  static Timex governing(Sentence s, List<Timex> timexes, DepGraph g, int trigger, LocalDate article, boolean[] said) {
    Timex best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Timex t : timexes) {
      if (!t.type().equals("DATE") || NotDates.notAYear(s, t, article) || DateResolver.impossible(t.value(), t.text(), article)
          || said != null && inside(t, said) && !rightAfter(s, t, trigger)) continue;
      int d = Integer.MAX_VALUE;
      for (int k = t.start(); k < t.end(); k++) {
        d = Math.min(d, g == null ? Math.abs(k - trigger) : g.distance(trigger, k));
      }
      if (d < bestDist) {
        bestDist = d;
        best = t;
      }
    }
    return best;
  }

  /**
   * "said Sunday Israel will …", "said on Tuesday the talks …": a date written right after the verb of saying is
   * when it was said, even where the parser hangs it on the first words of what was said.
   */
  static boolean rightAfter(Sentence s, Timex t, int trigger) {
    int k = trigger + 1;
    if (k < s.size() && s.token(k).lower().equals("on")) k++;
    return t.start() == k;
  }

  private static boolean inside(Timex t, boolean[] clause) {
    for (int k = t.start(); k < t.end() && k < clause.length; k++) if (clause[k]) return true;
    return false;
  }

  /** The tokens of what a speech act's trigger says: its clausal complements ("said [it was formed in 1993]"). */
  static boolean[] complement(DepGraph g, int trigger) {
    boolean[] in = new boolean[g.size()];
    java.util.Deque<Integer> todo = new java.util.ArrayDeque<>();
    for (DepGraph.Arc a : g.children(trigger)) {
      if (a.rel().equals("ccomp") || a.rel().equals("parataxis")) todo.add(a.dep());
    }
    while (!todo.isEmpty()) {
      int t = todo.poll();
      if (t < 0 || t >= in.length || in[t]) continue;
      in[t] = true;
      for (DepGraph.Arc a : g.children(t)) todo.add(a.dep());
    }
    return in;
  }

  static EventDate resolve(Sentence s, Timex t, DepGraph g, int trigger, LocalDate article, Integer anchor) {
    Token tr = s.token(trigger);
    boolean future = hasAux(s, g, trigger, "will") || hasAux(s, g, trigger, "shall");
    boolean past = past(s, g, trigger);
    // "said in early September that he would urge …": the date tells when it was said, so the saying's tense counts.
    int verb = g == null ? -1 : verbOf(g, s, t);
    if (!past && !future && verb >= 0 && verb != trigger) past = s.token(verb).pos().equals("VBD");
    // "has voiced concern, with Sullivan speaking by phone Sunday": a verb of no tense takes its clause's.
    if (!past && !future && untensed(s, g, trigger)) {
      for (DepGraph.Arc a : g.heads(trigger)) if (a.head() >= 0 && s.token(a.head()).isVerb()) past |= past(s, g, a.head());
    }
    return DateResolver.resolve(t.value(), DateAnchor.withDemonstrative(s, t), article, past, future, anchor);
  }

  private static boolean past(Sentence s, DepGraph g, int verb) {
    String pos = s.token(verb).pos();
    return pos.equals("VBD") || pos.equals("VBN") && hasAux(s, g, verb, "have");
  }

  /** A participle or gerund with no auxiliary of its own ("speaking", "backed by"), which has no tense to read. */
  private static boolean untensed(Sentence s, DepGraph g, int verb) {
    String pos = s.token(verb).pos();
    if (g == null || !pos.equals("VBG") && !pos.equals("VBN")) return false;
    for (DepGraph.Arc a : g.children(verb)) if (a.rel().startsWith("aux")) return false;
    return true;
  }

  /** The verb a temporal expression hangs from (through at most two nouns), or -1. */
  static int verbOf(DepGraph g, Sentence s, Timex t) {
    int k = -1;
    for (int i = t.start(); i < t.end() && k < 0; i++) {
      for (DepGraph.Arc a : g.heads(i)) if (a.head() >= 0 && (a.head() < t.start() || a.head() >= t.end())) k = a.head();
    }
    for (int step = 0; step < 3 && k >= 0; step++) {
      if (s.token(k).isVerb()) return k;
      int up = -1;
      for (DepGraph.Arc a : g.heads(k)) if (a.head() >= 0) up = a.head();
      k = up;
    }
    return -1;
  }

  private static boolean hasAux(Sentence s, DepGraph g, int t, String lemma) {
    if (g == null) return false;
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().startsWith("aux") && s.token(a.dep()).lemma().equalsIgnoreCase(lemma)) return true;
    }
    return false;
  }
}
