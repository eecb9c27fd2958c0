package org.dyad.nlp;

import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The CoreNLP models, loaded once per JVM and shared by every thread: loading takes tens of seconds and
 * gigabytes, annotating is thread-safe.
 */
public final class NlpModels {
  /** CoreNLP's shift-reduce constituency parser: ~10x faster than the PCFG parser at similar accuracy. */
  public static final String PARSER_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  /** Sentences longer than this are not parsed (rare in news; they are mostly lists and tables). */
  public static final int MAX_PARSE_TOKENS = 90;

  private final StanfordCoreNLP tagger;
  private final ParserAnnotator parser;

  private NlpModels() {
    tagger = new StanfordCoreNLP(taggerProperties());
    parser = new ParserAnnotator("parse", parserProperties());
  }

  private static final class Holder {
    static final NlpModels SHARED = new NlpModels();
  }

  public static NlpModels shared() {
    return Holder.SHARED;
  }

  public StanfordCoreNLP tagger() {
    return tagger;
  }

  public ParserAnnotator parser() {
    return parser;
  }

  public static Properties taggerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneDelete");
    p.setProperty("ner.applyFineGrained", "true");
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
