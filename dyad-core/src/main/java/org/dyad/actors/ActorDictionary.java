package org.dyad.actors;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.DictionaryException;
import org.dyad.codebook.TsvFile;

/**
 * Dyad's actor dictionary: countries, roles, dated leaders, organisations and places, indexed by their first
 * word for longest-match lookup over tokens. Loaded once; immutable.
 */
public final class ActorDictionary {
  /**
   * Offices a leaders.tsv term may name in its fifth column. They do not change the code (the code column does);
   * they let the dictionary's coverage be checked office by office.
   */
  public static final List<String> OFFICES = List.of("state", "government", "foreign", "defence");

  private final Map<String, List<Entry>> byFirstWord;

  private ActorDictionary(Map<String, List<Entry>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  public static ActorDictionary builtIn(Codebook codebook) {
    return load(null, codebook);
  }

  public static ActorDictionary load(Path overrideDir, Codebook codebook) {
    List<String> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    Map<String, String> countryNames = new LinkedHashMap<>();

    TsvFile countries = TsvFile.open("actors/countries.tsv", overrideDir, 4, 4);
    for (TsvFile.Row r : countries.rows()) {
      String code = r.col(0);
      if (!code.matches("[A-Z]{3}")) countries.problem(r, "country code must be three capitals: " + code);
      List<String> names = TsvFile.list(r.col(1));
      if (names.isEmpty()) countries.problem(r, "country " + code + " has no name");
      else countryNames.putIfAbsent(code, names.get(0));
      String name = names.isEmpty() ? null : names.get(0);
      add(entries, names, Entry.Kind.COUNTRY, code, null, name);
      add(entries, TsvFile.list(r.col(2)), Entry.Kind.ADJECTIVE, code, null, name);
      add(entries, TsvFile.list(r.col(3)), Entry.Kind.CAPITAL, code, null, name);
    }
    problems.addAll(countries.problems());

    TsvFile roles = TsvFile.open("actors/roles.tsv", overrideDir, 2, 2);
    for (TsvFile.Row r : roles.rows()) {
      if (!codebook.hasRole(r.col(0))) roles.problem(r, "unknown role code " + r.col(0) + " (not in codebook/roles.tsv)");
      add(entries, TsvFile.list(r.col(1)), Entry.Kind.ROLE, r.col(0), null, null);
    }
    problems.addAll(roles.problems());

    TsvFile orgs = TsvFile.open("actors/organisations.tsv", overrideDir, 2, 4);
    // A movement that takes power becomes that country's government from that day: dated rows (FROM TO) of one
    // name are its terms, as a leader's are.
    Map<String, List<Term>> orgTerms = new LinkedHashMap<>();
    for (TsvFile.Row r : orgs.rows()) {
      if (!r.col(0).matches("[A-Z]{3}([A-Z]{3})*")) orgs.problem(r, "actor code must be groups of three capitals: " + r.col(0));
      if (r.cols().size() == 2) {
        List<String> names = TsvFile.list(r.col(1));
        add(entries, names, Entry.Kind.ORGANISATION, r.col(0), null, names.isEmpty() ? null : names.get(0));
        continue;
      }
      if (r.cols().size() != 4) {
        orgs.problem(r, "a dated organisation has four columns: CODE NAMES FROM TO");
        continue;
      }
      try {
        LocalDate from = r.col(2).equals("-") ? LocalDate.MIN : LocalDate.parse(r.col(2));
        LocalDate to = r.col(3).equals("-") ? null : LocalDate.parse(r.col(3));
        if (to != null && to.isBefore(from)) orgs.problem(r, "status ends (" + to + ") before it starts (" + from + ")");
        List<String> names = TsvFile.list(r.col(1));
        for (String name : names) orgTerms.computeIfAbsent(name, k -> new ArrayList<>()).add(new Term(r.col(0), from, to, names.get(0)));
      } catch (DateTimeParseException e) {
        orgs.problem(r, "bad date (want YYYY-MM-DD or -): " + e.getParsedString());
      }
    }
    for (var e : orgTerms.entrySet()) add(entries, List.of(e.getKey()), Entry.Kind.ORGANISATION, e.getValue().get(0).code(), e.getValue(), null);
    problems.addAll(orgs.problems());

    TsvFile places = TsvFile.open("actors/places.tsv", overrideDir, 2, 2);
    for (TsvFile.Row r : places.rows()) {
      if (!countryNames.containsKey(r.col(1))) places.problem(r, "unknown country code " + r.col(1));
      add(entries, List.of(r.col(0)), Entry.Kind.PLACE, r.col(1), null, null);
    }
    problems.addAll(places.problems());

    TsvFile leaders = TsvFile.open("actors/leaders.tsv", overrideDir, 4, 5);
    Map<String, List<Term>> termsByName = new LinkedHashMap<>();
    for (TsvFile.Row r : leaders.rows()) {
      String code = r.col(0);
      if (!code.matches("[A-Z]{3}([A-Z]{3})*")) leaders.problem(r, "actor code must be groups of three capitals: " + code);
      try {
        LocalDate from = LocalDate.parse(r.col(2));
        LocalDate to = r.col(3).equals("-") ? null : LocalDate.parse(r.col(3));
        if (to != null && to.isBefore(from)) leaders.problem(r, "term ends (" + to + ") before it starts (" + from + ")");
        if (r.cols().size() > 4) {
          for (String office : TsvFile.list(r.col(4))) {
            if (!OFFICES.contains(office)) leaders.problem(r, "unknown office " + office + " (want one of " + OFFICES + ")");
          }
        }
        List<String> names = TsvFile.list(r.col(1));
        for (String name : names) {
          termsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Term(code, from, to, names.get(0)));
        }
      } catch (DateTimeParseException e) {
        leaders.problem(r, "bad date (want YYYY-MM-DD or -): " + e.getParsedString());
      }
    }
    for (var e : termsByName.entrySet()) {
      add(entries, List.of(e.getKey()), Entry.Kind.PERSON, null, e.getValue(), null);
    }
    problems.addAll(leaders.problems());
    if (!problems.isEmpty()) throw new DictionaryException(problems);

    return of(entries);
  }

  /** A dictionary of the given entries (PETRARCH-format dictionaries are read into entries elsewhere). */
  public static ActorDictionary of(List<Entry> entries) {
    Map<String, List<Entry>> index = new HashMap<>();
    for (Entry en : entries) {
      index.computeIfAbsent(en.words().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(en);
    }
    // Longest phrases first, so "Defence Ministry" wins over "Defence".
    for (List<Entry> l : index.values()) l.sort((a, b) -> b.length() - a.length());
    return new ActorDictionary(index);
  }

  private static void add(List<Entry> out, List<String> phrases, Entry.Kind kind, String code, List<Term> terms, String name) {
    for (String p : phrases) {
      List<String> words = Arrays.asList(tokenize(p));
      // Short abbreviations match only as written: "US" is not "us", "LeT" is not "let".
      boolean exact = words.size() == 1 && p.length() <= 6 && p.chars().filter(Character::isUpperCase).count() >= 2;
      out.add(new Entry(List.copyOf(words), exact, kind, code, terms == null ? null : List.copyOf(terms), name));
    }
  }

  /**
   * Splits a dictionary phrase with CoreNLP's own tokenizer, as the text is split: "al-Qaeda" is "al - Qaeda",
   * "Guinea-Bissau" three tokens, "Workers' Party" "Workers ' Party". A word follows the phrase so that a final
   * abbreviation ("U.S.") is not read as the end of a sentence.
   */
  static String[] tokenize(String phrase) {
    PTBTokenizer<CoreLabel> t = new PTBTokenizer<>(new StringReader(phrase.strip() + " x"), new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
    List<String> out = new ArrayList<>();
    while (t.hasNext()) out.add(t.next().word());
    out.remove(out.size() - 1);
    return out.toArray(new String[0]);
  }

  /** The options Dyad's pipeline gives CoreNLP's tokenizer (NlpModels), less what only matters for offsets. */
  private static final String TOKENIZER_OPTIONS = "untokenizable=noneDelete,invertible=false";

  /** Every entry that matches the tokens starting at {@code i}, longest first. */
  public List<Entry> matchesAt(List<String> words, int i) {
    List<Entry> cands = byFirstWord.get(words.get(i).toLowerCase(Locale.ROOT));
    if (cands == null) return List.of();
    List<Entry> out = new ArrayList<>();
    for (Entry e : cands) {
      if (i + e.length() > words.size()) continue;
      boolean ok = true;
      for (int k = 0; k < e.length() && ok; k++) {
        String w = words.get(i + k);
        String d = e.words().get(k);
        ok = e.exactCase() ? w.equals(d) : w.equalsIgnoreCase(d);
      }
      if (ok) out.add(e);
    }
    return out;
  }

  /** True when the word alone is a role word ("rebel" in "rebel-held"). */
  public String roleOf(String word) {
    for (Entry e : matchesAt(List.of(word), 0)) {
      if (e.kind() == Entry.Kind.ROLE && e.length() == 1) return e.code();
    }
    return null;
  }
}
