package org.dyad.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.actors.Entry;
import org.dyad.actors.Term;
import org.dyad.events.Discards;

/**
 * PETRARCH-format dictionaries as the tree coder reads them: actor phrases with their (dated) codes, agents with
 * the side their code goes on, verb patterns in word order by verb form, and discards.
 */
final class Lexicon {
  final Phrases<Entry> actors;
  final Phrases<Agent> agents;
  final Map<String, List<WordPattern>> verbs;
  final Discards discards;

  Lexicon(List<Entry> actors, List<Agent> agents, Map<String, List<WordPattern>> verbs, Discards discards) {
    this.actors = new Phrases<>(actors.stream().filter(e -> e.kind() != Entry.Kind.ROLE).toList(), Entry::words);
    this.agents = new Phrases<>(agents, Agent::words);
    this.verbs = Map.copyOf(verbs);
    this.discards = discards;
  }

  /**
   * The patterns of a verb: those of the word itself when the file lists it (a form in braces, or a form with a
   * class of its own: "LEFT [032:033]" beside "LEAVE [012]"), else those of its lemma.
   */
  List<WordPattern> patterns(String lemma, String word) {
    List<WordPattern> p = verbs.get(word.toLowerCase(Locale.ROOT));
    if (p == null) p = verbs.get(lemma.toLowerCase(Locale.ROOT));
    return p == null ? List.of() : p;
  }

  /** An actor's code on a date: the dated code that covers it, else the undated one (null: none then). */
  static String code(Entry e, LocalDate date) {
    if (e.terms() == null) return e.code();
    String undated = null;
    for (Term t : e.terms()) {
      boolean always = t.from().equals(ActorFile.EVER) && t.to() == null;
      if (always) undated = t.code();
      else if (t.covers(date)) return t.code();
    }
    return undated;
  }
}
