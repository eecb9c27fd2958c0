package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.clean.CleanStage;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.pipeline.Stage;

/** Tokens, sentences, POS, lemmas and fine-grained NER; no dates, no parse yet. */
public final class NlpStage implements Stage {
  public static final Key<Sentences> SENTENCES = new Key<>("sentences", Sentences.class);
  /** CoreNLP's own annotation, kept for the parse stage; other stages read {@link #SENTENCES}. */
  public static final Key<Annotation> CORENLP = new Key<>("corenlp", Annotation.class);
  private final NlpModels models;

  public NlpStage(NlpModels models) {
    this.models = models;
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(CleanStage.CLEAN);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(SENTENCES, CORENLP);
  }

  @Override
  public void process(Document doc) {
    String text = doc.get(CleanStage.CLEAN).text();
    Annotation ann = new Annotation(text);
    ann.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
    models.tagger().annotate(ann);
    SentenceBudget.Cuts cuts = ann.get(SentenceBudget.CutsAnnotation.class);
    // Reported, not rejected: the pieces are coded; the user learns why events may be missing there.
    if (cuts != null) doc.error(name(), "cut.long-sentence", cuts.message());
    retagAfterModals(ann);
    doc.put(CORENLP, ann);
    doc.put(SENTENCES, new Sentences(convert(ann, text)));
  }

  /**
   * "they would blockade Paris": the tagger now and then reads a verb that is also a noun as the noun right after a
   * modal, where English allows only a verb; the parser then builds a clause with no verb. Such a word becomes VB.
   */
  static void retagAfterModals(Annotation ann) {
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (sents == null) return;
    for (CoreMap s : sents) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 1; i < labels.size(); i++) {
        if (!"NN".equals(labels.get(i).tag())) continue;
        int k = i - 1;
        while (k > 0 && "RB".equals(labels.get(k).tag())) k--;
        if ("MD".equals(labels.get(k).tag())) labels.get(i).setTag("VB");
      }
    }
  }

  /** Dyad's sentences from a tagged CoreNLP annotation (public for the geoparsing evaluation, which tags raw gold text). */
  public static List<Sentence> convert(Annotation ann, String text) {
    List<Sentence> out = new ArrayList<>();
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (sents == null) return out;
    for (CoreMap s : sents) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        tokens.add(new Token(i, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
            l.beginPosition(), l.endPosition()));
      }
      int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
      int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
      out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens));
    }
    return out;
  }
}
