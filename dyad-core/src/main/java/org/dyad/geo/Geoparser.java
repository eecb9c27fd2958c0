package org.dyad.geo;

import static org.dyad.geo.Words.acronym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds place names in tagged sentences and resolves each to a GeoNames place, as a cascade of named steps:
 * {@link Recognition} (candidate names), {@link Evidence} (is the name a place in this sentence?), {@link Resolution}
 * (which place, from priors and the article's context), {@link LocalTowns} (a second look for towns of the
 * subdivisions the article is about, then resolution again), {@link Abroad} (homonyms abroad dropped); then each
 * name is told literal or metonym. {@link Facilities} last places the names of buildings and streets in their towns.
 */
public final class Geoparser {
  /** Words after a capital or a country that make it an actor, not a place ("Washington suspended", "Ankara has"). */
  private static final Set<String> NOT_AFTER_METONYM = Set.of("in", "at", "to", "from", "near", "outside", "across", "into",
      "of", "around", "through");

  private final Gazetteer gazetteer;
  private final Recognition recognition;
  private final Evidence evidence;
  private final LocalTowns localTowns;
  private final Facilities facilities = Facilities.shipped();

  public Geoparser(Gazetteer gazetteer) {
    this(gazetteer, NotPlaces.shipped());
  }

  public Geoparser(Gazetteer gazetteer, NotPlaces notPlaces) {
    this.gazetteer = gazetteer;
    this.recognition = new Recognition(gazetteer);
    this.evidence = new Evidence(notPlaces);
    this.localTowns = new LocalTowns(gazetteer, recognition);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public List<Toponym> parse(String text, List<Sentence> sentences) {
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : sentences) recognition.find(text, s, mentions);
    Set<String> surnames = Evidence.surnames(sentences);
    evidence.filter(sentences, mentions, surnames);
    if (mentions.isEmpty()) return List.of();
    Resolution.qualify(mentions, sentences);
    Resolution.resolve(mentions);
    if (Resolution.widen(mentions)) {
      Resolution.qualify(mentions, sentences);
      Resolution.resolve(mentions);
    }
    int before = mentions.size();
    localTowns.add(text, sentences, mentions);
    evidence.filter(sentences, mentions, surnames);
    if (mentions.size() > before) {
      mentions.sort(Comparator.comparingInt((Mention m) -> m.start));
      Resolution.qualify(mentions, sentences);
      Resolution.resolve(mentions);
    }
    Abroad.drop(mentions);
    facilities.place(text, sentences, mentions);
    List<Toponym> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) out.add(toponym(sentences.get(m.sentence), m));
    return out;
  }

  /** The mention's best place, with a confidence from its margin over the next candidate. */
  private static Toponym toponym(Sentence s, Mention m) {
    int b = m.best();
    double second = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < m.scores.length; i++) if (i != b) second = Math.max(second, m.scores[i]);
    double margin = second == Double.NEGATIVE_INFINITY ? 4 : m.scores[b] - second;
    double confidence = Math.round(1000 / (1 + Math.exp(-margin / 1.5))) / 1000.0;
    Place p = m.candidates.get(b).place();
    String kind = m.demonym || metonym(s, m, p) ? "metonym" : "literal";
    return new Toponym(m.sentence, m.from, m.to, m.start, m.end, m.text, p, kind, confidence);
  }

  /** A country or capital that acts or is acted on: next to a verb or modal, not governed by a place preposition. */
  private static boolean metonym(Sentence s, Mention m, Place p) {
    // "The EU imposed tariffs": a region named by its organisation's acronym is the organisation, unless it is where.
    if (p.isRegion() && acronym(m.text)) return m.from == 0 || !NOT_AFTER_METONYM.contains(s.token(m.from - 1).lower());
    if (!(p.isCountry() || p.featureCode().equals("PPLC"))) return false;
    if (m.from > 0 && NOT_AFTER_METONYM.contains(s.token(m.from - 1).lower())) return false;
    if (m.from > 0 && s.token(m.from - 1).isVerb()) return true; // "suspended Ankara"
    if (m.to >= s.size()) return false;
    Token next = s.token(m.to);
    return next.isVerb() || next.pos().equals("MD");
  }
}
