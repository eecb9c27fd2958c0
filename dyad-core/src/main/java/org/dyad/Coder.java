package org.dyad;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorStage;
import org.dyad.clean.CleanStage;
import org.dyad.clean.LineCleaner;
import org.dyad.codebook.Codebook;
import org.dyad.doc.Article;
import org.dyad.doc.Document;
import org.dyad.events.Complements;
import org.dyad.events.Event;
import org.dyad.events.EventStage;
import org.dyad.events.VerbDictionary;
import org.dyad.nlp.NlpModels;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.GeoStage;
import org.dyad.geo.Geoparser;
import org.dyad.geo.Location;
import org.dyad.geo.ToponymStage;
import org.dyad.pipeline.Pipeline;
import org.dyad.time.EventDate;
import org.dyad.time.TimeStage;

/**
 * The whole coder: clean, nlp, actors, parse, events, time, geo. Thread-safe; build one per process and share it.
 * Errors in an article (empty, binary, not English, too large, a parser failure) end up in its
 * {@link CodedArticle#errors()}, never as an exception.
 */
public final class Coder {
  private final Pipeline pipeline;
  private final Codebook codebook;

  private Coder(Pipeline pipeline, Codebook codebook) {
    this.pipeline = pipeline;
    this.codebook = codebook;
  }

  /** Loads and validates the dictionaries, then the NLP models (once per JVM). */
  public static Coder create(CoderOptions options) {
    return create(options, true);
  }

  /** As {@link #create(CoderOptions)}; without {@code geo} events are not placed (for the geoparsing benchmark). */
  public static Coder create(CoderOptions options, boolean geo) {
    Codebook codebook = Codebook.load(options.dictionaries());
    ActorDictionary actors = ActorDictionary.load(options.dictionaries(), codebook);
    VerbDictionary verbs = VerbDictionary.load(options.dictionaries(), codebook);
    Complements complements = Complements.load(options.dictionaries(), codebook);
    LineCleaner cleaner = LineCleaner.load(options.dictionaries());
    NlpModels models = NlpModels.shared();
    List<org.dyad.pipeline.Stage> stages = new ArrayList<>(List.of(
        new CleanStage(cleaner, options.maxChars()),
        new NlpStage(models),
        new ActorStage(actors),
        new ParseStage(models, verbs::isTrigger),
        new EventStage(verbs, complements),
        new TimeStage()));
    if (geo) {
      Geoparser geoparser = new Geoparser(Gazetteer.load());
      stages.add(new ToponymStage(geoparser));
      stages.add(new GeoStage(geoparser.gazetteer()));
    }
    Pipeline p = Pipeline.of(stages);
    return new Coder(p, codebook);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Codebook codebook() {
    return codebook;
  }

  public CodedArticle code(Article article) {
    Document doc = new Document(article);
    try {
      pipeline.run(doc);
    } catch (RuntimeException e) {
      // A model failure on one article (CoreNLP can throw on pathological input) must not end the batch.
      doc.error("pipeline", "reject.internal", "could not be processed: " + e);
    }
    List<CodedEvent> out = new ArrayList<>();
    if (doc.has(TimeStage.DATES)) {
      List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
      List<Event> events = doc.get(EventStage.EVENTS).list();
      List<EventDate> dates = doc.get(TimeStage.DATES).list();
      List<Location> places = doc.has(GeoStage.LOCATIONS) ? doc.get(GeoStage.LOCATIONS).list() : null;
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        EventDate d = dates.get(i);
        out.add(new CodedEvent(e.docId(), e.sentence(), d.date(), d.precision(), e.source(), e.target(), codebook.event(e.code()),
            sentences.get(e.sentence()).text(), e.rule(), e.confidence(), e.triggerText(), e.triggerBegin(), e.triggerEnd(),
            places == null ? null : places.get(i)));
      }
    }
    int sentences = doc.has(NlpStage.SENTENCES) ? doc.get(NlpStage.SENTENCES).list().size() : 0;
    var dropped = doc.has(CleanStage.CLEAN) ? doc.get(CleanStage.CLEAN).dropped() : List.<org.dyad.clean.Dropped>of();
    return new CodedArticle(article, out, dropped, doc.errors(), sentences);
  }
}
