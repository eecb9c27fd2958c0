package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.dyad.actors.ActorStage;
import org.dyad.actors.Mention;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.pipeline.Stage;

/**
 * Parses only the sentences that can yield an event: at least one actor mention and at least one event trigger.
 * Parsing is most of CoreNLP's time, and most news sentences name no actor or no action worth coding.
 */
public final class ParseStage implements Stage {
  public static final Key<Parses> PARSES = new Key<>("parses", Parses.class);
  private final NlpModels models;
  private final BiPredicate<String, Boolean> isTrigger;

  /** {@code isTrigger.test(lemma, isNoun)} says whether a token could fire an event pattern. */
  public ParseStage(NlpModels models, BiPredicate<String, Boolean> isTrigger) {
    this.models = models;
    this.isTrigger = isTrigger;
  }

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.SENTENCES, NlpStage.CORENLP, ActorStage.MENTIONS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(PARSES);
  }

  @Override
  public void process(Document doc) {
    List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
    List<CoreMap> maps = doc.get(NlpStage.CORENLP).get(CoreAnnotations.SentencesAnnotation.class);
    boolean[] hasActor = new boolean[sentences.size()];
    for (Mention m : doc.get(ActorStage.MENTIONS).list()) hasActor[m.sentence()] = true;
    List<CoreMap> selected = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    for (Sentence s : sentences) {
      if (hasActor[s.index()] && hasTrigger(s) && s.size() <= NlpModels.MAX_PARSE_TOKENS) {
        selected.add(maps.get(s.index()));
        indexes.add(s.index());
      }
    }
    Map<Integer, DepGraph> graphs = new HashMap<>();
    if (models.fast()) {
      for (int i : indexes) graphs.put(i, ShallowParser.parse(sentences.get(i)));
    } else if (!selected.isEmpty()) {
      List<SemanticGraph> parsed = models.parse(selected);
      for (int k = 0; k < selected.size(); k++) {
        SemanticGraph g = parsed.get(k);
        if (g != null) graphs.put(indexes.get(k), convert(g, sentences.get(indexes.get(k)).size()));
      }
    }
    doc.put(PARSES, new Parses(graphs));
  }

  private boolean hasTrigger(Sentence s) {
    for (Token t : s.tokens()) {
      // The same test as the events stage: verbs fire verb patterns, nouns fire noun patterns.
      if (t.isVerb() && isTrigger.test(t.lemma(), false)) return true;
      if (t.isNoun() && isTrigger.test(t.lemma(), true)) return true;
    }
    return false;
  }

  static DepGraph convert(SemanticGraph g, int size) {
    List<DepGraph.Arc> arcs = new ArrayList<>();
    for (SemanticGraphEdge e : g.edgeIterable()) {
      IndexedWord gov = e.getGovernor();
      IndexedWord dep = e.getDependent();
      if (gov.copyCount() > 0 || dep.copyCount() > 0) continue;
      arcs.add(new DepGraph.Arc(gov.index() - 1, dep.index() - 1, e.getRelation().toString()));
    }
    return new DepGraph(size, arcs);
  }
}
