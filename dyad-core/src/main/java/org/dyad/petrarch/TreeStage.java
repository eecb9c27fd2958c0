package org.dyad.petrarch;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.clean.CleanStage;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.events.ActorRef;
import org.dyad.events.Event;
import org.dyad.events.EventStage;
import org.dyad.events.Events;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.pipeline.Stage;

/**
 * The events stage for PETRARCH-format dictionaries: codes constituency trees with {@link TreeCoder}, PETRARCH's
 * way. The tree is the input's own ({@code <Parse>} in PETRARCH XML, one tree for the whole text) when given, else
 * CoreNLP's shift-reduce tree of each sentence that the parse stage parsed. It writes the same {@code events} layer
 * as {@link EventStage}, so dating, placing and output are unchanged.
 */
public final class TreeStage implements Stage {
  private static final double CONFIDENCE = 0.8;
  /** As Dyad's coder weighs an event without a target. */
  private static final double NO_TARGET = 0.9;
  private final TreeCoder coder;
  private final Lexicon lex;

  TreeStage(Lexicon lex) {
    this.lex = lex;
    this.coder = new TreeCoder(lex);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(CleanStage.CLEAN, NlpStage.SENTENCES, NlpStage.CORENLP, ParseStage.PARSES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(EventStage.EVENTS);
  }

  @Override
  public void process(Document doc) {
    String text = doc.get(CleanStage.CLEAN).text();
    List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
    List<Event> all = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Sentence s : sentences) for (Token t : s.tokens()) words.add(t.word());
    if (lex.discards.inStory(words) != null) {
      // A story-level discard (a sports report, say) codes nothing at all.
      doc.put(EventStage.EVENTS, new Events(all));
      return;
    }
    String given = doc.article().parse();
    Tree tree = given == null || given.isBlank() ? null : PennTrees.read(given);
    if (given != null && !given.isBlank() && tree == null) {
      // PETRARCH refuses a record whose tree is broken; coding its text from another tree would hide the fault.
      doc.error(name(), "parse.unreadable", "the given parse tree is not a balanced bracketed tree; the text is not coded");
    } else if (tree != null) {
      all.addAll(events(doc, text, sentences, tree));
    } else {
      List<CoreMap> maps = doc.get(NlpStage.CORENLP).get(CoreAnnotations.SentencesAnnotation.class);
      for (CoreMap m : maps) {
        Tree t = m.get(TreeCoreAnnotations.TreeAnnotation.class);
        // CoreNLP leaves an X tree where the parser gave up; sentences not worth parsing have none.
        if (t != null && !t.value().equals("X")) all.addAll(events(doc, text, sentences, t));
      }
    }
    all.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.trigger(), b.trigger()));
    doc.put(EventStage.EVENTS, new Events(all));
  }

  private List<Event> events(Document doc, String text, List<Sentence> sentences, Tree tree) {
    List<Tree> leaves = tree.getLeaves();
    int[][] at = PennTrees.offsets(leaves, text);
    List<Event> out = new ArrayList<>();
    for (TreeCoder.Coded c : coder.code(tree, doc.article().date(), TreeCoder.Options.DEFAULT.with(doc.article().options()))) {
      int[] v = at[c.verb()];
      int si = sentenceAt(sentences, v[0]);
      if (si < 0) continue;
      Sentence s = sentences.get(si);
      int trigger = tokenAt(s, v[0]);
      ActorRef src = ref(c.source(), at, text);
      ActorRef tgt = c.target() == null ? null : ref(c.target(), at, text);
      double conf = tgt == null ? CONFIDENCE * NO_TARGET : CONFIDENCE;
      Token tok = s.token(trigger);
      out.add(new Event(doc.id(), si, c.code(), src, tgt, c.rule(), conf, trigger, tok.word(), tok.begin(), tok.end()));
    }
    return out;
  }

  private static ActorRef ref(TreeCoder.Actor a, int[][] at, String text) {
    int b = at[Math.max(0, Math.min(a.from(), at.length - 1))][0];
    int e = at[Math.max(0, Math.min(a.to() - 1, at.length - 1))][1];
    if (e < b) e = b;
    return new ActorRef(a.code(), text.substring(b, e), b, e, "dictionary");
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (int i = sentences.size() - 1; i >= 0; i--) if (sentences.get(i).begin() <= offset) return i;
    return sentences.isEmpty() ? -1 : 0;
  }

  private static int tokenAt(Sentence s, int offset) {
    for (int i = s.size() - 1; i >= 0; i--) if (s.token(i).begin() <= offset) return i;
    return 0;
  }
}
