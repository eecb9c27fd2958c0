package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds actor mentions in one sentence from tokens alone (no parse needed): dictionary phrases, then
 * composition of nationality or country with role words and names ("Russian President Vladimir Putin",
 * "Turkish Defence Ministry", "Hungarian and Romanian officials", "the president of Turkey",
 * "the rebel-held province of Idlib").
 */
public final class ActorMatcher {
  /** "rebel-held Idlib": the place is held by that role. */
  private static final Set<String> HELD = Set.of("held", "controlled", "run", "occupied", "dominated");
  /** "US-backed forces": the prefix is a sponsor, not the actor; the token is skipped as a modifier. */
  private static final Set<String> BACKED = Set.of("backed", "supported", "allied", "sponsored", "funded", "armed", "aligned",
      "led", "brokered", "made", "built", "based", "born", "trained", "friendly", "linked");
  private static final int MAX_GAP = 3;
  /** Words that tie a role word to its country: "president of", "rebels in", "students throughout". */
  private static final Set<String> LOCATING = Set.of("of", "in", "from", "throughout", "across", "inside");

  private final ActorDictionary dict;

  public ActorMatcher(ActorDictionary dict) {
    this.dict = dict;
  }

  /** A dictionary hit over tokens {@code [start, end)}; {@code held} marks a "rebel-held" role; {@code name}: the entry's name. */
  record Item(int start, int end, Entry.Kind kind, String code, List<Term> terms, boolean held, String name) {
    Item(int start, int end, Entry.Kind kind, String code, List<Term> terms, boolean held) {
      this(start, end, kind, code, terms, held, null);
    }
  }

  public List<Mention> match(Sentence s, LocalDate date) {
    List<Item> items = new ArrayList<>();
    for (Item it : items(s)) items.add(dated(it, date));
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      int j = i;
      while (j + 1 < items.size() && linked(s, items.get(j), items.get(j + 1))) j++;
      build(s, items.subList(i, j + 1), date, out);
      i = j + 1;
    }
    return out;
  }

  List<Item> items(Sentence s) {
    List<String> words = new ArrayList<>(s.size());
    for (Token t : s.tokens()) words.add(t.word());
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      List<Entry> hits = dict.matchesAt(words, i);
      Entry best = hits.isEmpty() ? null : pick(hits);
      if (best != null && (otherBearer(s, i, best) || foreignHead(s, words, i, best))) best = null;
      if (best != null && i + best.length() + 1 < words.size() && words.get(i + best.length()).equals("-")) {
        String suffix = words.get(i + best.length() + 1).toLowerCase(Locale.ROOT);
        if (BACKED.contains(suffix)) {
          // "US-backed forces", "Russian-made jets": a sponsor or maker, not the actor.
          i += best.length() + 2;
          continue;
        }
        if (best.kind() == Entry.Kind.ROLE && HELD.contains(suffix)) {
          items.add(new Item(i, i + best.length() + 2, Entry.Kind.ROLE, best.code(), null, true));
          i += best.length() + 2;
          continue;
        }
      }
      if (best != null && !roleWordUsedAsVerb(s, i, best) && !roleWordUsedAsAdjective(s, i, best)) {
        items.add(new Item(i, i + best.length(), best.kind(), best.code(), best.terms(), false, best.name()));
        i += best.length();
        continue;
      }
      String w = words.get(i);
      int dash = w.indexOf('-');
      if (dash > 0 && dash < w.length() - 1) {
        String prefix = w.substring(0, dash);
        String suffix = w.substring(dash + 1).toLowerCase(Locale.ROOT);
        String role = dict.roleOf(prefix);
        if (role == null) role = dict.roleOf(prefix + "s");
        if (role != null && HELD.contains(suffix)) items.add(new Item(i, i + 1, Entry.Kind.ROLE, role, null, true));
      }
      i++;
    }
    return items;
  }

  /** Among the longest hits, the most specific kind wins: a person over an organisation over a country... */
  private static final List<Entry.Kind> PRIORITY = List.of(Entry.Kind.PERSON, Entry.Kind.ORGANISATION, Entry.Kind.COUNTRY,
      Entry.Kind.ADJECTIVE, Entry.Kind.CAPITAL, Entry.Kind.ROLE, Entry.Kind.PLACE);

  private static Entry pick(List<Entry> hits) {
    int longest = hits.get(0).length();
    Entry best = hits.get(0);
    for (Entry e : hits) {
      if (e.length() == longest && PRIORITY.indexOf(e.kind()) < PRIORITY.indexOf(best.kind())) best = e;
    }
    return best;
  }

  /**
   * "Richard Bennett" is not Naftali Bennett: a surname entry preceded by a given name that is not its person's own
   * names someone else (had the given name been the entry's, the longer phrase would have matched).
   */
  private static boolean otherBearer(Sentence s, int i, Entry e) {
    if (e.kind() != Entry.Kind.PERSON || e.length() != 1 || i == 0) return false;
    Token prev = s.token(i - 1);
    if (!prev.pos().startsWith("NNP") || !prev.ner().equals("PERSON")) return false;
    for (Term t : e.terms()) if (t.name() != null && t.name().startsWith(prev.word() + " ")) return false;
    return true;
  }

  /**
   * Roles whose word another organisation's name borrows: a "Congress" or an "Assembly" of a movement or diaspora. An
   * agency ("Federal Aviation Administration"), a force ("Rapid Support Forces") or a bank so named is still one.
   */
  private static final Set<String> BORROWED_ROLES = Set.of("LEG");

  /**
   * "the World Uyghur Congress" is not a congress of any country: an institution word closing an organisation's name
   * of two or more words that the dictionary does not know, and that no country opens, heads that organisation.
   */
  private boolean foreignHead(Sentence s, List<String> words, int i, Entry e) {
    if (e.kind() != Entry.Kind.ROLE || e.length() != 1 || !BORROWED_ROLES.contains(e.code()) || !s.token(i).pos().startsWith("NNP")) return false;
    int k = i - 1;
    while (k >= 0 && s.token(k).pos().startsWith("NNP") && s.token(k).ner().equals("ORGANIZATION") && dict.matchesAt(words, k).isEmpty()) k--;
    // "Iraqi Special Operations Forces": a name that a nationality or country opens is that country's institution.
    return i - 1 - k >= 2 && (k < 0 || dict.matchesAt(words, k).isEmpty());
  }

  /** "police" in "they police the border", "forces" in "it forces": a role word used as a verb is no actor. */
  private static boolean roleWordUsedAsVerb(Sentence s, int i, Entry e) {
    Token t = s.token(i);
    return e.kind() == Entry.Kind.ROLE && (t.isVerb() || t.pos().equals("MD"));
  }

  /**
   * "an official protest", "official contact", "military intelligence": a one-word role tagged as an adjective
   * before a common noun qualifies that noun and names no actor ("the official Syrian newspaper" still does).
   */
  private boolean roleWordUsedAsAdjective(Sentence s, int i, Entry e) {
    if (e.kind() != Entry.Kind.ROLE || e.length() != 1 || !s.token(i).pos().startsWith("JJ") || i + 1 >= s.size()) return false;
    Token next = s.token(i + 1);
    if (!(next.pos().equals("NN") || next.pos().equals("NNS"))) return false;
    List<String> words = new ArrayList<>(s.size());
    for (Token t : s.tokens()) words.add(t.word());
    return dict.matchesAt(words, i + 1).isEmpty();
  }

  private static final Set<String> BASED = Set.of("based", "stationed", "headquartered");

  private boolean linked(Sentence s, Item a, Item b) {
    int gap = b.start() - a.end();
    if (gap < 0) return false;
    if (gap == 0) return !(a.kind() == Entry.Kind.COUNTRY && b.kind() == Entry.Kind.COUNTRY);
    if (gap > MAX_GAP) return false;
    boolean ofLink = false;
    for (int k = a.end(); k < b.start(); k++) {
      Token t = s.token(k);
      String lw = t.lower();
      if ((lw.equals("and") || lw.equals(",")) && gap == 1) {
        // Only "Hungarian and Romanian officials": two nationalities sharing a role word.
        if (!(a.kind() == Entry.Kind.ADJECTIVE && b.kind() == Entry.Kind.ADJECTIVE)) return false;
        continue;
      }
      if (lw.equals("'s") || lw.equals("'")) continue;
      if (LOCATING.contains(lw) && a.kind() == Entry.Kind.ROLE) {
        // "the president of Turkey", "rebels in the Ivory Coast", "protesters in Kirkuk", "police in Cairo".
        ofLink = true;
        continue;
      }
      if (a.kind() == Entry.Kind.ROLE && !ofLink && t.isNoun() && !t.pos().startsWith("NNP") && k + 1 < b.start()
          && LOCATING.contains(s.token(k + 1).lower())) {
        continue; // "opposition groups in Zimbabwe": the role word's own head noun
      }
      if (lw.equals("the") && ofLink) continue;
      // "a terror group based in Trinidad", "rebels stationed in…": where a group is based places it.
      if (a.kind() == Entry.Kind.ROLE && !ofLink && BASED.contains(lw) && k + 1 < b.start() && LOCATING.contains(s.token(k + 1).lower())) continue;
      if (t.ner().equals("PERSON") || t.ner().equals("TITLE")) continue;
      if (t.pos().startsWith("JJ") && !t.word().contains("-")) continue;
      if (t.word().contains("-") && isSponsorModifier(t.word())) continue;
      if (t.pos().equals("HYPH") || BACKED.contains(lw)) continue;
      if (a.held() && (t.isNoun() || lw.equals("of"))) continue;
      return false;
    }
    if (ofLink) {
      return b.kind() == Entry.Kind.COUNTRY || b.kind() == Entry.Kind.ORGANISATION || b.kind() == Entry.Kind.PLACE
          || b.kind() == Entry.Kind.CAPITAL;
    }
    return true;
  }

  private boolean isSponsorModifier(String word) {
    int dash = word.lastIndexOf('-');
    return BACKED.contains(word.substring(dash + 1).toLowerCase(Locale.ROOT));
  }

  private void build(Sentence s, List<Item> group, LocalDate date, List<Mention> out) {
    List<Item> countries = new ArrayList<>();
    Item role = null;
    Item person = null;
    Item org = null;
    Item capital = null;
    boolean allAdjectives = true;
    for (Item it : group) {
      switch (it.kind()) {
        case COUNTRY, ADJECTIVE, PLACE -> countries.add(it);
        case CAPITAL -> capital = it;
        case ROLE -> role = role == null ? it : role;
        case PERSON -> person = it;
        case ORGANISATION -> org = org == null ? it : org;
      }
      if (it.kind() != Entry.Kind.ADJECTIVE && it.kind() != Entry.Kind.ROLE) allAdjectives = false;
    }
    // "ethnic Albanian villagers" live wherever they live: the adjective names no country here.
    boolean ethnic = countries.removeIf(c -> c.kind() == Entry.Kind.ADJECTIVE && c.start() > 0 && s.token(c.start() - 1).lower().equals("ethnic"));
    if (ethnic && group.size() == 1 && demonym(s.token(group.get(0).end() - 1))) {
      // "Ethnic Albanians have sworn to fight": a people of unknown country, placed from context like any role word
      // (ActorStage), as civilians.
      Item people = group.get(0);
      out.add(mention(s, people.start(), people.end(), people.end() - 1, "---CVL", Origin.COMPOSED, false));
      return;
    }
    int start = group.get(0).start();
    int end = group.get(group.size() - 1).end();
    // Unknown names after a title ("Defence Minister Hulusi Akar") belong to the mention.
    boolean personTokens = person != null;
    while (end < s.size() && s.token(end).ner().equals("PERSON")) {
      end++;
      personTokens = true;
    }
    for (int k = start; k < end; k++) {
      if (s.token(k).ner().equals("PERSON")) personTokens = true;
    }
    if (role != null && s.token(role.start()).ner().equals("TITLE")) personTokens = true;
    int head = personTokens && person == null ? end - 1 : person != null ? person.end() - 1 : role != null ? role.end() - 1 : end - 1;
    if (head < start) head = end - 1;

    if (person != null) {
      String code = codeAt(person.terms(), date);
      if (code == null) {
        // Out of office on the article's date: a former leader is an elite of their country, unless the text itself
        // gives an office ("Serbian President Vojislav Kostunica"): the article knows its date better than our terms.
        String country = person.terms().get(0).code().substring(0, 3);
        code = country + (role != null && role.code().equals("GOV") && !former(s, start, end) ? "GOV" : "ELI");
      }
      out.add(mention(s, start, end, head, code, Origin.DICTIONARY, true, termAt(person.terms(), date).name()));
      return;
    }
    if (org != null && org.code().startsWith("IMG") && !countries.isEmpty()) {
      // "Iraq's al-Qaeda", "Syrian Islamic State fighters": a transnational group's branch in a country is that
      // country's rebels (al-Qaeda in Iraq is IRQ, as CAMEO codes local branches).
      out.add(mention(s, start, end, head, countries.get(0).code() + org.code().substring(3), Origin.COMPOSED, personTokens, org.name()));
      return;
    }
    if (org != null) {
      out.add(mention(s, start, end, head, org.code(), org.kind() == Entry.Kind.ORGANISATION && org.code().length() > 3 && role == null
          ? Origin.DICTIONARY : Origin.COMPOSED, personTokens, org.name()));
      return;
    }
    if (role != null) {
      if (countries.isEmpty() && capital != null) countries.add(capital);
      if (countries.isEmpty()) {
        out.add(mention(s, start, end, head, "---" + role.code(), Origin.COMPOSED, personTokens));
        return;
      }
      if (allAdjectives && countries.size() > 1) {
        // "Hungarian and Romanian officials": one mention per nationality, each with the shared role word.
        for (Item c : countries) {
          out.add(mention(s, c.start(), end, head, c.code() + role.code(), Origin.COMPOSED, personTokens));
        }
        return;
      }
      out.add(mention(s, start, end, head, countries.get(0).code() + role.code(), Origin.COMPOSED, personTokens));
      return;
    }
    if (!countries.isEmpty()) {
      Item c = countries.get(0);
      if (allAdjectives && countries.size() > 1 && conjoined(s, countries)) {
        // "Palestinians and Israelis", "Turkish and Greek sides": each nationality is its own actor.
        for (Item a : countries) {
          boolean people = demonym(s.token(a.end() - 1));
          out.add(mention(s, a.start(), a.end(), a.end() - 1, a.code(), people ? Origin.DICTIONARY : Origin.ADJECTIVE, false));
        }
        return;
      }
      // "Bosnian Serbs", "Iraqi Kurds": a people named after a nationality lives in that country.
      boolean demonym = demonym(s.token(end - 1));
      if (c.kind() == Entry.Kind.ADJECTIVE && !demonym) {
        // "an Indian proposal", "Turkish and Greek sides": the nationality of a noun that is no role word. Such a
        // mention speaks for its country only through the noun it modifies (see EventStage's argument lookup).
        for (Item a : countries) {
          // "the besieged Bosnian town of Gorazde", "the north Lebanese port": the country of a place, which is no actor.
          if (a.kind() == Entry.Kind.ADJECTIVE) out.add(mention(s, a.start(), a.end(), a.end() - 1, a.code(), placeNoun(s, a.end()) ? Origin.PLACE : Origin.ADJECTIVE, false));
        }
        return;
      }
      Origin o = c.kind() == Entry.Kind.PLACE ? Origin.PLACE : Origin.DICTIONARY;
      out.add(mention(s, start, end, head, c.code(), o, personTokens));
      return;
    }
    if (capital != null) {
      out.add(mention(s, start, end, head, capital.code() + "GOV", Origin.METONYM, false));
    }
  }

  /** Common nouns of places: a nationality on them locates, as a place name does. */
  private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "province", "region", "district", "port", "capital",
      "border", "territory", "island", "coast", "area", "enclave", "state", "county", "valley", "countryside", "frontier");

  /** Whether the words from {@code k} on are, after other adjectives, a noun of a place ("Bosnian [border] town"). */
  private static boolean placeNoun(Sentence s, int k) {
    while (k < s.size() && s.token(k).pos().startsWith("JJ")) k++;
    return k < s.size() && s.token(k).pos().startsWith("NN") && !s.token(k).pos().startsWith("NNP")
        && PLACE_NOUNS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT));
  }

  /** "Former Soviet leader Mikhail Gorbachev", "the late U.S. President George Bush": the title is past. */
  private static boolean former(Sentence s, int start, int end) {
    for (int k = Math.max(0, start - 1); k < end; k++) {
      String w = s.token(k).lower();
      if (w.equals("former") || w.equals("late") || w.equals("ex") || w.startsWith("ex-") || w.equals("erstwhile") || w.equals("onetime")) return true;
    }
    return false;
  }

  private static boolean demonym(Token t) {
    return (t.pos().startsWith("NNP") || t.pos().equals("NNS")) && t.word().endsWith("s");
  }

  /** Whether consecutive items are joined by "and" or a comma rather than written side by side. */
  private static boolean conjoined(Sentence s, List<Item> items) {
    for (int k = 1; k < items.size(); k++) {
      if (items.get(k).start() == items.get(k - 1).end()) return false;
    }
    return true;
  }

  /** An organisation with dated statuses takes the one of the date: the Taliban are AFGGOV from 2021-08-15. */
  private static Item dated(Item it, LocalDate date) {
    if (it.kind() != Entry.Kind.ORGANISATION || it.terms() == null) return it;
    Term t = termAt(it.terms(), date);
    return new Item(it.start(), it.end(), it.kind(), t.code(), it.terms(), it.held(), t.name() == null ? it.name() : t.name());
  }

  /**
   * The term that covers the date, else the nearest one: the data are meant to cover all time for organisations
   * (this keeps a gap harmless), and a person out of office is still named after the nearest term.
   */
  static Term termAt(List<Term> terms, LocalDate date) {
    Term near = null;
    long best = Long.MAX_VALUE;
    for (Term t : terms) {
      if (t.covers(date)) return t;
      long days = t.from().isAfter(date) ? t.from().toEpochDay() - date.toEpochDay() : date.toEpochDay() - t.to().toEpochDay();
      if (days < best) {
        best = days;
        near = t;
      }
    }
    return near;
  }

  static String codeAt(List<Term> terms, LocalDate date) {
    for (Term t : terms) {
      if (t.covers(date)) return t.code();
    }
    return null;
  }

  private static Mention mention(Sentence s, int start, int end, int head, String code, Origin origin, boolean person) {
    return mention(s, start, end, head, code, origin, person, null);
  }

  private static Mention mention(Sentence s, int start, int end, int head, String code, Origin origin, boolean person, String name) {
    int b = s.token(start).begin();
    int e = s.token(end - 1).end();
    String text = s.text().substring(b - s.begin(), e - s.begin());
    return new Mention(s.index(), start, end, head, b, e, text, code, origin, person, name);
  }
}
