package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.clean.CleanStage;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.pipeline.Stage;

/** Tokens, sentences, POS, lemmas, fine-grained NER and SUTime dates (against the article date); no parse yet. */
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
    doc.put(CORENLP, ann);
    doc.put(SENTENCES, new Sentences(convert(ann, text)));
  }

  /** Dyad's sentences from a tagged CoreNLP annotation (public for the geoparsing evaluation, which tags raw gold text). */
  public static List<Sentence> convert(Annotation ann, String text) {
    List<Sentence> out = new ArrayList<>();
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (sents == null) return out;
    for (CoreMap s : sents) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      List<Timex> timexes = new ArrayList<>();
      String tid = null;
      int tStart = -1;
      for (int i = 0; i <= labels.size(); i++) {
        edu.stanford.nlp.time.Timex tx = i < labels.size() ? labels.get(i).get(TimeAnnotations.TimexAnnotation.class) : null;
        String id = tx == null ? null : tx.tid();
        if (tid != null && !tid.equals(id)) {
          edu.stanford.nlp.time.Timex prev = labels.get(i - 1).get(TimeAnnotations.TimexAnnotation.class);
          String span = text.substring(labels.get(tStart).beginPosition(), labels.get(i - 1).endPosition());
          timexes.add(new Timex(tStart, i, span, prev.timexType(), prev.value() == null ? "" : prev.value()));
          tid = null;
        }
        if (id != null && tid == null) {
          tid = id;
          tStart = i;
        }
        if (i < labels.size()) {
          CoreLabel l = labels.get(i);
          tokens.add(new Token(i, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
              l.beginPosition(), l.endPosition()));
        }
      }
      int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
      int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
      out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens, timexes));
    }
    return out;
  }
}
