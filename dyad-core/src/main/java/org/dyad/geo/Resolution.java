package org.dyad.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.geo.Gazetteer.Candidate;
import org.dyad.nlp.Sentence;

/**
 * The geoparser's resolution step: scores every candidate by feature importance and population (the prior), then by
 * the article's context: a qualifier ("Paris, Texas"), "province of Idlib", the countries and subdivisions the rest
 * of the article names, and nearness to its other places; a name keeps one sense through the article.
 */
final class Resolution {
  /** What holding the qualified place adds to a qualifier's reading: more than a country's prior over a state's. */
  private static final double QUALIFIER_FIT = 9;
  /**
   * How much of the article's other names (a town of several namesakes counts half) must lie in a country before a
   * subdivision of it wins over a country of the same name that nothing else in the article supports ("Georgia" in
   * an article on Atlanta and Savannah).
   */
  private static final double HOMONYM_COUNTRY_SUPPORT = 1.5;

  /**
   * A county weighs as a town of about 30,000 ("Kent" in England, not Kent, Washington); its seat's population only
   * breaks ties between counties of one name (Cook County, Illinois over Cook County, Georgia).
   */
  private static final double COUNTY_SEAT_WEIGHT = 0.05;

  /** What a qualifier's reading adds to the other mentions of its name: enough to win over any sum of priors. */
  private static final double QUALIFIED_SENSE = 1000;

  private Resolution() {}

  /** Links "Paris" to "Texas" in "Paris, Texas": the second name qualifies the first. */
  static void qualify(List<Mention> mentions, List<Sentence> sentences) {
    for (Mention m : mentions) {
      m.qualifier = null;
      m.head = null;
    }
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention a = mentions.get(i);
      Mention b = mentions.get(i + 1);
      Sentence s = sentences.get(a.sentence);
      if (b.sentence == a.sentence && b.from == a.to + 1 && s.token(a.to).word().equals(",") && !b.demonym) {
        a.qualifier = b;
        b.head = a;
      }
    }
  }

  private static double prior(Mention m, Candidate c) {
    Place p = c.place();
    double s;
    if (p.isCountry()) s = c.primary() ? 14 : 10; // "China" is China, not China, Texas
    else if (p.isRegion()) s = 9.5;
    else if (p.isAdmin1()) s = 6.5;
    else if (p.isAdmin2()) s = 4.5 + COUNTY_SEAT_WEIGHT * Math.log10(p.population() + 10); // a town of 30,000 or so
    else {
      s = Math.log10(p.population() + 10);
      switch (p.featureCode()) {
        case "PPLC" -> s += 2.5;
        case "PPLA" -> s += 1;
        case "PPLA2" -> s += 0.4;
        default -> { }
      }
    }
    if (!c.primary()) s -= 1.5;
    if (m.tag.equals("COUNTRY") && p.isCountry()) s += 1.5;
    if (m.tag.equals("STATE_OR_PROVINCE") && p.isAdmin1()) s += 1.5;
    if (m.tag.equals("CITY") && p.isCity()) s += 0.5;
    if (m.adminCue && p.isAdmin1()) s += 5;
    return s;
  }

  private static double qualified(Mention m, Place p) {
    if (m.qualifier == null) return 0;
    Place q = m.qualifier.place();
    if (q.isAdmin1() && q.country().equals(p.country()) && q.admin1().equals(p.admin1()) && !p.isAdmin1()) return 6;
    if (q.isCountry() && q.country().equals(p.country()) && !p.isCountry()) return 4;
    return 0;
  }

  /**
   * "Atlanta, Georgia": a qualifier is read as the country or subdivision that holds a place of the name it qualifies
   * (the state of Georgia holds an Atlanta, the country does not); with both holding one ("Tbilisi, Georgia") the
   * priors decide as before.
   */
  private static void fit(Mention q) {
    for (int j = 0; j < q.scores.length; j++) if (fits(q, q.candidates.get(j).place())) q.scores[j] += QUALIFIER_FIT;
  }

  /** Two readings: the second takes its context from the places the first chose, so that context can correct context. */
  static void resolve(List<Mention> mentions) {
    resolve(mentions, null);
    Place[] first = new Place[mentions.size()];
    for (int k = 0; k < first.length; k++) first[k] = mentions.get(k).place();
    resolve(mentions, first);
  }

  private static void resolve(List<Mention> mentions, Place[] reading) {
    for (Mention m : mentions) {
      for (int i = 0; i < m.scores.length; i++) m.scores[i] = prior(m, m.candidates.get(i));
    }
    for (Mention m : mentions) if (m.head != null) fit(m);
    for (Mention m : mentions) {
      for (int i = 0; i < m.scores.length; i++) m.scores[i] += qualified(m, m.candidates.get(i).place());
    }
    byName(mentions, reading);
    nearness(mentions, reading);
    namesakes(mentions);
    oneSense(mentions);
  }

  /** Context from the reading so far: which countries and subdivisions the article is about, by name. */
  private static void byName(List<Mention> mentions, Place[] reading) {
    Map<String, Map<String, Double>> countriesByKey = new HashMap<>();
    Map<String, Map<String, Double>> adminsByKey = new HashMap<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Place p = reading == null ? m.place() : reading[k];
      if (p.isRegion()) continue;
      double w = p.isCity() && m.candidates.size() > 1 ? 0.5 : 1;
      countriesByKey.computeIfAbsent(m.key, x -> new HashMap<>()).merge(p.country(), w, Double::sum);
      // A demonym ("English") says whose, not where: it adds its country, not its subdivision.
      if (!m.demonym && (p.isAdmin1() || p.isAdmin2() || p.isCity())) {
        adminsByKey.computeIfAbsent(m.key, x -> new HashMap<>()).merge(p.country() + "." + p.admin1(), w, Double::sum);
      }
    }
    Map<String, Double> countries = total(countriesByKey);
    Map<String, Double> admins = total(adminsByKey);
    homeStates(mentions, countries, countriesByKey);
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Map<String, Double> ownC = countriesByKey.getOrDefault(m.key, Map.of());
      Map<String, Double> ownA = adminsByKey.getOrDefault(m.key, Map.of());
      for (int i = 0; i < m.scores.length; i++) {
        Place p = m.candidates.get(i).place();
        if (p.isRegion()) continue;
        double c = countries.getOrDefault(p.country(), 0.0) - ownC.getOrDefault(p.country(), 0.0);
        if (c > 0) m.scores[i] += 2 + Math.min(c, 6) * 0.5;
        if (p.isCountry()) continue;
        String a = p.country() + "." + p.admin1();
        double ad = admins.getOrDefault(a, 0.0) - ownA.getOrDefault(a, 0.0);
        if (ad > 0 && (p.isCity() || p.isAdmin2())) m.scores[i] += 1.5 + Math.min(ad, 4) * 0.5;
      }
    }
  }

  /**
   * A country that shares its name with a subdivision of the country the article is about ("Georgia" beside Atlanta,
   * Savannah and Macon) is that subdivision when no other name of the article lies in the first country and the
   * tagger did not call the name a country.
   */
  private static void homeStates(List<Mention> mentions, Map<String, Double> countries, Map<String, Map<String, Double>> byKey) {
    for (Mention m : mentions) {
      if (m.tag.equals("COUNTRY")) continue; // the tagger read "Burkina Faso, Mali and Niger" as countries
      Map<String, Double> own = byKey.getOrDefault(m.key, Map.of());
      int country = -1;
      for (int i = 0; i < m.scores.length; i++) if (m.candidates.get(i).place().isCountry()) country = i;
      if (country < 0) continue;
      String cc = m.candidates.get(country).place().country();
      if (countries.getOrDefault(cc, 0.0) - own.getOrDefault(cc, 0.0) > 0) continue;
      for (int i = 0; i < m.scores.length; i++) {
        Place p = m.candidates.get(i).place();
        if (!p.isAdmin1() || p.country().equals(cc)) continue;
        double support = countries.getOrDefault(p.country(), 0.0) - own.getOrDefault(p.country(), 0.0);
        if (support >= HOMONYM_COUNTRY_SUPPORT) m.scores[i] = Math.max(m.scores[i], m.scores[country] + 0.5);
      }
    }
  }

  /** Nearness: a town near the article's other places. */
  private static void nearness(List<Mention> mentions, Place[] reading) {
    List<Place> others = new ArrayList<>();
    List<String> otherKeys = new ArrayList<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Place p = reading == null ? m.place() : reading[k];
      if (!m.demonym && (p.isCity() || p.isAdmin1() || p.isAdmin2())) {
        others.add(p);
        otherKeys.add(m.key);
      }
    }
    for (Mention m : mentions) {
      if (m.candidates.size() == 1) continue;
      for (int i = 0; i < m.scores.length; i++) {
        Place p = m.candidates.get(i).place();
        if (!p.isCity() && !p.isAdmin2()) continue;
        double near = Double.MAX_VALUE;
        for (int o = 0; o < others.size(); o++) if (!otherKeys.get(o).equals(m.key)) near = Math.min(near, p.km(others.get(o)));
        if (near < 50) m.scores[i] += 2;
        else if (near < 250) m.scores[i] += 1.2;
      }
    }
  }

  /**
   * "Quebec" the province over Québec the city, "New York" the city over the state: a subdivision wins over its own
   * namesake town unless that is a city of millions.
   */
  private static void namesakes(List<Mention> mentions) {
    for (Mention m : mentions) {
      for (int i = 0; i < m.scores.length; i++) {
        Place p = m.candidates.get(i).place();
        // "Bronx, New York": a qualifier that holds its town is the state even where a city of millions shares its name.
        if (!p.isAdmin1() || m.adminCue || fits(m, p)) continue;
        for (int k = 0; k < m.scores.length; k++) {
          Place q = m.candidates.get(k).place();
          if (q.isCity() && q.country().equals(p.country()) && q.admin1().equals(p.admin1())) {
            m.scores[i] = q.population() >= 1_000_000 ? Math.min(m.scores[i], m.scores[k] - 1) : Math.max(m.scores[i], m.scores[k] + 0.5);
            break;
          }
        }
      }
    }
  }

  /**
   * "LONDON, Ky. (WKYT) - London Police said": a mention read with major places only (an organisation's word) also
   * gets the place the article's qualifiers agree on for its name; returns whether any mention was widened.
   */
  static boolean widen(List<Mention> mentions) {
    Map<String, Candidate> qualified = qualifiedSenses(mentions);
    boolean any = false;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Candidate q = qualified.get(m.key);
      if (q == null || m.qualifier != null || m.candidates.stream().anyMatch(c -> c.place().equals(q.place()))) continue;
      mentions.set(k, m.with(q));
      any = true;
    }
    return any;
  }

  /** Per name, the candidate its qualified mentions were read as, where they all agree ("LONDON, Ky."). */
  private static Map<String, Candidate> qualifiedSenses(List<Mention> mentions) {
    Map<String, Candidate> sense = new HashMap<>();
    Map<String, Boolean> agree = new HashMap<>();
    for (Mention m : mentions) {
      if (m.qualifier == null || qualified(m, m.place()) <= 0) continue;
      Candidate was = sense.putIfAbsent(m.key, m.candidates.get(m.best()));
      agree.merge(m.key, was == null || was.place().equals(m.place()), Boolean::logicalAnd);
    }
    sense.keySet().removeIf(k -> !agree.get(k));
    return sense;
  }

  /**
   * True when q qualifies a name and its reading p holds a place that name can be: the state of New York holds a
   * Bronx, the country of Japan no Sydney.
   */
  private static boolean fits(Mention q, Place p) {
    if (q.head == null || !p.isCountry() && !p.isAdmin1()) return false;
    for (Candidate c : q.head.candidates) {
      Place h = c.place();
      boolean inside = p.isCountry() ? !h.isCountry() && h.country().equals(p.country())
          : (h.isCity() || h.isAdmin2()) && h.country().equals(p.country()) && h.admin1().equals(p.admin1());
      if (inside) return true;
    }
    return false;
  }

  /**
   * One sense per name per article: the candidate with the best summed score wins for every mention without a
   * qualifier of its own, and that is the place a qualifier gave the name ("LONDON, Ky. ... London police said")
   * when the article's qualified mentions of it agree on one: news style qualifies a name once and then drops it.
   */
  private static void oneSense(List<Mention> mentions) {
    Map<String, Map<Place, Double>> byKey = new LinkedHashMap<>(); // by place: counties from Census data have no id
    Map<String, Candidate> qualified = qualifiedSenses(mentions);
    for (Mention m : mentions) {
      // A place listed twice for one name (a county from two sources) counts once per mention, not twice.
      Map<Place, Double> own = new HashMap<>();
      for (int i = 0; i < m.scores.length; i++) own.merge(m.candidates.get(i).place(), m.scores[i], Math::max);
      own.forEach((p, v) -> byKey.computeIfAbsent(m.key, k -> new HashMap<>()).merge(p, v, Double::sum));
    }
    for (Mention m : mentions) {
      if (m.qualifier != null || fits(m, m.place())) continue; // "Japan, Sydney and Hong Kong" is a list: Sydney fits nothing
      Map<Place, Double> sum = byKey.get(m.key);
      Place q = qualified.containsKey(m.key) ? qualified.get(m.key).place() : null;
      for (int i = 0; i < m.scores.length; i++) {
        Place p = m.candidates.get(i).place();
        m.scores[i] = sum.get(p) + (p.equals(q) ? QUALIFIED_SENSE : 0);
      }
    }
  }

  private static Map<String, Double> total(Map<String, Map<String, Double>> byKey) {
    Map<String, Double> t = new HashMap<>();
    for (Map<String, Double> m : byKey.values()) m.forEach((k, v) -> t.merge(k, v, Double::sum));
    return t;
  }
}
