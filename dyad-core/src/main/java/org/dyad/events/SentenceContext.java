package org.dyad.events;

import java.util.List;
import java.util.Map;
import org.dyad.actors.Mention;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * What every step of the event cascade reads about one sentence: its parse, its actor mentions, the patterns the
 * candidate step found (trigger token to pattern, in sentence order) and whether the stage codes PETRARCH-format
 * dictionaries literally (no Dyad rewrites). Steps never change it.
 */
record SentenceContext(String docId, Sentence sentence, DepGraph graph, List<Mention> mentions, Map<Integer, VerbPattern> candidates,
    boolean literal) {

  Token token(int i) {
    return sentence.token(i);
  }
}
