package org.dyad.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.events.Event;
import org.dyad.events.EventStage;
import org.dyad.nlp.NlpModels;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.pipeline.Stage;

/**
 * SUTime's temporal expressions, resolved against the article date, for the sentences that hold an event: only
 * those have something to date. Run inside CoreNLP's NER on every sentence, SUTime costs a quarter of tagging.
 */
public final class TimexStage implements Stage {
  public static final Key<Timexes> TIMEXES = new Key<>("timexes", Timexes.class);
  private final NlpModels models;

  public TimexStage(NlpModels models) {
    this.models = models;
  }

  @Override
  public String name() {
    return "timex";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.SENTENCES, NlpStage.CORENLP, EventStage.EVENTS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(TIMEXES);
  }

  @Override
  public void process(Document doc) {
    List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
    List<CoreMap> maps = doc.get(NlpStage.CORENLP).get(CoreAnnotations.SentencesAnnotation.class);
    java.util.TreeSet<Integer> withEvents = new java.util.TreeSet<>();
    for (Event e : doc.get(EventStage.EVENTS).list()) {
      if (hasCue(sentences.get(e.sentence()))) withEvents.add(e.sentence());
    }
    List<Integer> indexes = new ArrayList<>(withEvents);
    Map<Integer, List<Timex>> out = new HashMap<>();
    if (!indexes.isEmpty()) {
      List<CoreMap> selected = new ArrayList<>();
      for (int i : indexes) selected.add(maps.get(i));
      Annotation sub = new Annotation("");
      sub.set(CoreAnnotations.SentencesAnnotation.class, selected);
      sub.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
      models.times().annotate(sub);
      for (int k = 0; k < selected.size(); k++) {
        List<Timex> found = convert(selected.get(k), sentences.get(indexes.get(k)));
        if (!found.isEmpty()) out.put(indexes.get(k), found);
      }
    }
    doc.put(TIMEXES, new Timexes(out));
  }

  /**
   * Whether a sentence could hold a date SUTime resolves: a word of the calendar, a year, or a numeric date
   * ("3/4/87", "1987-03-04"). SUTime runs a cascade of hundreds of token rules on each sentence it is given; most
   * event sentences state no date, and a bare number ("10 pct") makes none.
   */
  static boolean hasCue(Sentence s) {
    for (org.dyad.nlp.Token t : s.tokens()) {
      String w = t.lower();
      if (CUES.contains(w) || CUES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || NUMERIC_DATE.matcher(w).matches()
          || CAPITALISED_CUES.contains(t.word().endsWith(".") ? t.word().substring(0, t.word().length() - 1) : t.word())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern NUMERIC_DATE =
      java.util.regex.Pattern.compile("(1[89]|20)\\d\\d(s|-\\d\\d?(-\\d\\d?)?)?|\\d\\d?/\\d\\d?(/\\d{2,4})?|'\\d\\ds?");

  private static final Set<String> CUES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
      "today", "yesterday", "tomorrow", "tonight", "day", "week", "weekend", "fortnight", "month", "year", "decade", "century",
      "quarter", "morning", "afternoon", "evening", "night", "overnight", "spring", "summer", "autumn", "winter", "christmas",
      "easter", "ramadan", "eid", "thanksgiving", "ago", "hour", "minute", "midnight", "noon");
  /** Cues that are common words too ("may", "sat"): only capitalised. */
  private static final Set<String> CAPITALISED_CUES = Set.of("May", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
      "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Fall");

  /** SUTime's expressions of one sentence, with token offsets made relative to the sentence. */
  static List<Timex> convert(CoreMap sentence, Sentence s) {
    List<CoreMap> found = sentence.get(TimeAnnotations.TimexAnnotations.class);
    if (found == null || found.isEmpty()) return List.of();
    Integer base = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    List<Timex> out = new ArrayList<>();
    for (CoreMap t : found) {
      edu.stanford.nlp.time.Timex tx = t.get(TimeAnnotations.TimexAnnotation.class);
      Integer b = t.get(CoreAnnotations.TokenBeginAnnotation.class);
      Integer e = t.get(CoreAnnotations.TokenEndAnnotation.class);
      if (tx == null || b == null || e == null) continue;
      int start = b - (base == null ? 0 : base);
      int end = e - (base == null ? 0 : base);
      if (start < 0 || end > s.size() || start >= end) continue;
      String text = s.text().substring(s.token(start).begin() - s.begin(), s.token(end - 1).end() - s.begin());
      out.add(new Timex(start, end, text, tx.timexType(), tx.value() == null ? "" : tx.value()));
    }
    return List.copyOf(out);
  }
}
