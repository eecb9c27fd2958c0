package org.dyad.geo;

import java.util.List;
import org.dyad.CoderOptions;
import org.dyad.clean.CleanStage;
import org.dyad.clean.LineCleaner;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;
import org.dyad.doc.Document;
import org.dyad.nlp.NlpModels;
import org.dyad.nlp.NlpStage;
import org.dyad.pipeline.Pipeline;

/**
 * Geoparsing alone ({@code dyad geoparse}): clean, nlp, toponyms; no parse, no events. Thread-safe. Errors in an
 * article end up in its result, never as an exception.
 */
public final class Geoparse {
  /** An article's toponyms, or the errors that kept it from being geoparsed. */
  public record Result(Article article, List<Toponym> toponyms, List<DocError> errors) {}

  private final Pipeline pipeline;

  private Geoparse(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public static Geoparse create(CoderOptions options) {
    LineCleaner cleaner = LineCleaner.load(options.dictionaries());
    Geoparser parser = new Geoparser(Gazetteer.load());
    return new Geoparse(Pipeline.of(List.of(new CleanStage(cleaner, options.maxChars()), new NlpStage(NlpModels.shared()),
        new ToponymStage(parser))));
  }

  public Result run(Article article) {
    Document doc = new Document(article);
    pipeline.run(doc); // each stage behind the per-document guard
    List<Toponym> t = doc.has(ToponymStage.TOPONYMS) ? doc.get(ToponymStage.TOPONYMS).list() : List.of();
    return new Result(article, t, doc.errors());
  }
}
