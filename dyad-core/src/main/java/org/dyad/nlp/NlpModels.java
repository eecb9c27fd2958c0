package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalStructureFactory;
import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import edu.stanford.nlp.trees.UniversalSemanticHeadFinder;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructureFactory;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP models, loaded once per JVM and mode and shared by every thread: loading takes tens of seconds and
 * gigabytes, annotating is thread-safe.
 *
 * <p>Two modes. The default tags every sentence (tokens, POS, lemmas, CoreNLP's three combined NER models, then
 * {@link FineNer}'s fine-grained labels) and leaves the costly analyses to the sentences that can yield an event:
 * the shift-reduce constituency parse and SUTime. {@code fast} uses one NER model and {@link ShallowParser}'s
 * arcs from POS tags instead of a parse (CoreNLP's neural dependency parser was measured no faster than the
 * shift-reduce one here); {@code dyad eval --fast} and {@code dyad bench} print what that costs in accuracy.
 */
public final class NlpModels {
  /** CoreNLP's shift-reduce constituency parser: ~10x faster than the PCFG parser at similar accuracy. */
  public static final String PARSER_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  /** The single NER model of the fast mode: trained on the most data of the three. */
  /**
   * CoreNLP's default NER models less the MUC one: the first model already gives persons, places and organisations,
   * and the MUC model's only additions (dates, times, money, percent) come from {@link CalendarAmounts} at a
   * fraction of its cost. Order matters: a later model labels only what the earlier ones do not.
   */
  public static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  public static final String FAST_NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  /** Sentences longer than this are not parsed (rare in news; they are mostly lists and tables). */
  public static final int MAX_PARSE_TOKENS = 90;

  private final boolean fast;
  private final StanfordCoreNLP tagger;
  private final ParserAnnotator constituency;
  /** As CoreNLP's parse annotator builds them: punctuation kept, UD semantic heads. */
  private final GrammaticalStructureFactory structures = new UniversalEnglishGrammaticalStructureFactory(
      Filters.acceptFilter(), new UniversalSemanticHeadFinder(new PennTreebankLanguagePack(), true));
  private final TimeAnnotator times;

  private NlpModels(boolean fast) {
    this.fast = fast;
    tagger = new StanfordCoreNLP(taggerProperties(fast));
    Properties trees = parserProperties();
    // CoreNLP would build five dependency graphs of each tree; Dyad reads one, built in parse().
    trees.setProperty("parse.buildgraphs", "false");
    constituency = fast ? null : new ParserAnnotator("parse", trees);
    times = new TimeAnnotator("sutime", new Properties());
  }

  private static final class Holder {
    static final NlpModels SHARED = new NlpModels(false);
  }

  private static final class FastHolder {
    static final NlpModels SHARED = new NlpModels(true);
  }

  public static NlpModels shared() {
    return Holder.SHARED;
  }

  public static NlpModels shared(boolean fast) {
    return fast ? FastHolder.SHARED : Holder.SHARED;
  }

  public boolean fast() {
    return fast;
  }

  /**
   * Tokens, sentences (within {@link SentenceBudget}'s limits; what it cut is the annotation's
   * {@link SentenceBudget.CutsAnnotation}), POS, lemmas, NER with fine-grained labels; no dates, no parse.
   */
  public StanfordCoreNLP tagger() {
    return tagger;
  }

  /**
   * Enhanced++ dependency graphs of tagged sentences, in order (null where a sentence could not be parsed), from
   * the shift-reduce constituency parse. Not in the fast mode, which parses with {@link ShallowParser}.
   */
  public List<SemanticGraph> parse(List<CoreMap> sentences) {
    if (fast) throw new IllegalStateException("the fast mode has no constituency parser; use ShallowParser");
    List<GrammaticalStructure> structures = new ArrayList<>(sentences.size());
    Annotation sub = new Annotation("");
    sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    constituency.annotate(sub);
    for (CoreMap s : sentences) {
      Tree tree = s.get(TreeCoreAnnotations.TreeAnnotation.class);
      // CoreNLP leaves an X tree where the parser gave up (too long, no parse).
      structures.add(tree == null || tree.value().equals("X") ? null : this.structures.newGrammaticalStructure(tree));
    }
    List<SemanticGraph> out = new ArrayList<>(sentences.size());
    for (GrammaticalStructure gs : structures) {
      out.add(gs == null ? null : SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
          GrammaticalStructure.Extras.NONE, null));
    }
    return out;
  }

  /** SUTime: adds time expressions to the sentences of an annotation, against its document date. */
  public TimeAnnotator times() {
    return times;
  }

  public static Properties taggerProperties() {
    return taggerProperties(false);
  }

  public static Properties taggerProperties(boolean fast) {
    Properties p = commonProperties();
    // The sentence budget runs between the splitter and the taggers: a text without sentence punctuation must not
    // reach them as one sentence of thousands of tokens.
    p.setProperty("annotators", "tokenize,ssplit,dyadbudget,pos,lemma,ner,dyadamounts,dyadfine");
    p.setProperty("customAnnotatorClass.dyadamounts", CalendarAmounts.Annotator.class.getName());
    p.setProperty("customAnnotatorClass.dyadbudget", SentenceBudget.Annotator.class.getName());
    p.setProperty("customAnnotatorClass.dyadfine", FineNer.Annotator.class.getName());
    // FineNer gives the same labels as CoreNLP's fine-grained pass in a fraction of its time; dates come from SUTime
    // on the sentences that hold an event (TimexStage), numbers are not used.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.model", fast ? FAST_NER_MODEL : NER_MODELS);
    return p;
  }

  /**
   * CoreNLP's own pipeline as its users run it (tokenize, ssplit, pos, lemma, ner with every default: three models,
   * numbers, SUTime, fine-grained labels), with Dyad's tokenizer and splitter options: the baseline of
   * {@code dyad bench}, followed there by the same parser as Dyad's on every sentence.
   */
  public static Properties plainCoreNlpProperties() {
    Properties p = commonProperties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return p;
  }

  private static Properties commonProperties() {
    Properties p = new Properties();
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneDelete");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  public static Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("parse.model", PARSER_MODEL);
    p.setProperty("parse.maxlen", String.valueOf(MAX_PARSE_TOKENS));
    p.setProperty("parse.buildgraphs", "true");
    return p;
  }

}
