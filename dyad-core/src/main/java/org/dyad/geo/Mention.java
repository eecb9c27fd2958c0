package org.dyad.geo;

import java.util.List;
import org.dyad.geo.Gazetteer.Candidate;
import org.dyad.nlp.Sentence;

/**
 * One found name with its candidates and their scores, passed along the geoparser's steps. Mutable on purpose:
 * every resolution step adds to the scores of the same candidates, and a qualifier ("Paris, Texas") is linked after
 * recognition.
 */
final class Mention {
  final int sentence;
  final int from;
  final int to;
  final int start;
  final int end;
  final String text;
  final String key;
  final String tag;
  final boolean demonym;
  final boolean adminCue;
  final List<Candidate> candidates;
  Mention qualifier;
  /** The name this one qualifies ("Paris" for "Texas" of "Paris, Texas"), or null. */
  Mention head;
  double[] scores;

  Mention(Sentence s, int from, int to, String text, String tag, boolean demonym, boolean adminCue, List<Candidate> candidates) {
    this(s, from, to, s.token(from).begin(), s.token(to - 1).end(), text, tag, demonym, adminCue, candidates);
  }

  Mention(Sentence s, int from, int to, int start, int end, String text, String tag, boolean demonym, boolean adminCue,
      List<Candidate> candidates) {
    this.sentence = s.index();
    this.from = from;
    this.to = to;
    this.start = start;
    this.end = end;
    this.text = text;
    this.key = demonym ? "#" + candidates.get(0).place().geonameId() : Names.key(text);
    this.tag = tag;
    this.demonym = demonym;
    this.adminCue = adminCue;
    this.candidates = candidates;
    this.scores = new double[candidates.size()];
  }

  private Mention(Mention m, List<Candidate> candidates) {
    this.sentence = m.sentence;
    this.from = m.from;
    this.to = m.to;
    this.start = m.start;
    this.end = m.end;
    this.text = m.text;
    this.key = m.key;
    this.tag = m.tag;
    this.demonym = m.demonym;
    this.adminCue = m.adminCue;
    this.candidates = candidates;
    this.scores = new double[candidates.size()];
  }

  /** The same name with one more candidate, for a sense the rest of the article gives it. */
  Mention with(Candidate c) {
    List<Candidate> more = new java.util.ArrayList<>(candidates);
    more.add(c);
    return new Mention(this, more);
  }

  int best() {
    int b = 0;
    for (int i = 1; i < scores.length; i++) if (scores[i] > scores[b]) b = i;
    return b;
  }

  Place place() {
    return candidates.get(best()).place();
  }
}
