package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DATE, TIME, MONEY and PERCENT labels from the words themselves. CoreNLP's default NER runs a third CRF model (MUC,
 * seven classes) only for these four labels, since the first model already gives persons, places and organisations;
 * Dyad reads them only to keep dates and amounts out of actor slots and to tell "on Monday" from a preposition of
 * the act (the dates it reports come from SUTime), and the model costs a third of tagging. The labels follow the
 * MUC model's habits on news: calendar words and years, amounts with a currency or a percent sign.
 *
 * <p>Registered as CoreNLP custom annotator {@code dyadamounts}, after {@code ner} and before {@code dyadfine}
 * (whose gazetteer must not relabel a month as it would not relabel the model's DATE).
 */
public final class CalendarAmounts {
  private CalendarAmounts() {}

  static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "June", "July", "August", "September",
      "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.");
  /** Deictic days, always dates. */
  static final Set<String> DAYS = Set.of("today", "yesterday", "tomorrow", "tonight");
  /** Words before "week", "month", "year" that make a date of them ("last week", "this year"). */
  static final Set<String> DEICTIC = Set.of("last", "this", "next", "previous", "coming", "past");
  static final Set<String> UNITS = Set.of("week", "weekend", "month", "year", "quarter", "decade", "century");
  /** Before a bare "May" or a year: the preposition or word that makes it a date, not a verb or an amount. */
  static final Set<String> DATE_INTRODUCERS = Set.of("in", "since", "until", "till", "by", "from", "during", "of", "early",
      "late", "mid", "last", "next", "this", "before", "after", "through", "between", "and", "to", "on");
  static final Set<String> CURRENCY_WORDS = Set.of("dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan",
      "rupee", "rupees", "franc", "francs", "mark", "marks", "peso", "pesos", "ruble", "rubles", "rouble", "roubles", "riyal",
      "riyals", "dinar", "dinars", "cents", "lire", "lira", "won", "rand", "shekels", "naira", "pence", "dlrs", "stg");
  static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "mln", "bln");
  static final Set<String> CURRENCY_SIGNS = Set.of("$", "US$", "€", "£", "¥", "C$", "A$", "HK$", "#");
  static final Set<String> PERCENT_WORDS = Set.of("%", "percent", "per cent", "pct");
  static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "GMT", "EST", "EDT", "UTC", "o'clock", "am", "pm");
  private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)s?");
  private static final Pattern NUMBER = Pattern.compile("[\\d.,]+");

  /** The annotator CoreNLP builds for {@code customAnnotatorClass.dyadamounts}. */
  public static final class Annotator implements edu.stanford.nlp.pipeline.Annotator {
    public Annotator(String name, Properties props) {}

    @Override
    public void annotate(Annotation annotation) {
      List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      if (sentences == null) return;
      for (CoreMap s : sentences) label(s.get(CoreAnnotations.TokensAnnotation.class));
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
      return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
      return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class,
          CoreAnnotations.NamedEntityTagAnnotation.class);
    }
  }

  /** Labels one sentence's unlabelled tokens in place; a label the models gave is kept. */
  public static void label(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.ner() != null && !t.ner().equals("O")) continue;
      String kind = kind(tokens, i);
      if (kind != null) t.setNER(kind);
    }
  }

  static String kind(List<CoreLabel> tokens, int i) {
    String w = tokens.get(i).word();
    String lower = w.toLowerCase(Locale.ROOT);
    String before = i > 0 ? tokens.get(i - 1).word() : "";
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
    boolean number = number(w);
    if (WEEKDAYS.contains(w) || MONTHS.contains(w) || DAYS.contains(lower)) return "DATE";
    if (w.equals("May") && (number(after) || DATE_INTRODUCERS.contains(before.toLowerCase(Locale.ROOT)))) return "DATE";
    if (number && (MONTHS.contains(before) || before.equals("May") || MONTHS.contains(after))) return "DATE";
    if (UNITS.contains(lower) && DEICTIC.contains(before.toLowerCase(Locale.ROOT))) return "DATE";
    if (DEICTIC.contains(lower) && UNITS.contains(after.toLowerCase(Locale.ROOT))) return "DATE";
    if (YEAR.matcher(w).matches() && (DATE_INTRODUCERS.contains(before.toLowerCase(Locale.ROOT)) || MONTHS.contains(before)
        || before.equals("May") || before.equals(",") && i > 1 && number(tokens.get(i - 2).word()))) return "DATE";
    String previous = i > 0 && tokens.get(i - 1).ner() != null ? tokens.get(i - 1).ner() : "O";
    if (SCALES.contains(lower) && (previous.equals("MONEY") || previous.equals("PERCENT"))) return previous;
    if (CURRENCY_WORDS.contains(lower) && (number(before) || previous.equals("MONEY"))) return "MONEY";
    if (CURRENCY_SIGNS.contains(w) && number(after) || number && (CURRENCY_SIGNS.contains(before)
        || CURRENCY_WORDS.contains(after.toLowerCase(Locale.ROOT)))) return "MONEY";
    if (PERCENT_WORDS.contains(lower) && number(before) || number && PERCENT_WORDS.contains(after.toLowerCase(Locale.ROOT))) {
      return "PERCENT";
    }
    if (CLOCK.contains(w) && number(before) || number && CLOCK.contains(after)) return "TIME";
    return null;
  }

  private static boolean number(String w) {
    return NUMBER.matcher(w).matches() && w.chars().anyMatch(Character::isDigit);
  }
}
