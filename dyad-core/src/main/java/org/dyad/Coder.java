package org.dyad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorNames;
import org.dyad.actors.ActorStage;
import org.dyad.clean.CleanStage;
import org.dyad.clean.LineCleaner;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.DictionaryFolder;
import org.dyad.doc.Article;
import org.dyad.doc.Document;
import org.dyad.events.Complements;
import org.dyad.events.Discards;
import org.dyad.events.Event;
import org.dyad.events.ConfidenceStep;
import org.dyad.events.EventStage;
import org.dyad.events.FactualityStep;
import org.dyad.events.VerbDictionary;
import org.dyad.nlp.NlpModels;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.dyad.petrarch.PetrarchDictionaries;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.GeoStage;
import org.dyad.geo.Geoparser;
import org.dyad.geo.Location;
import org.dyad.geo.ToponymStage;
import org.dyad.pipeline.Pipeline;
import org.dyad.time.EventDate;
import org.dyad.time.TimeStage;
import org.dyad.time.TimexStage;

/**
 * The whole coder: clean, nlp, actors, parse, events, time, geo. Thread-safe; build one per process and share it.
 * Errors in an article (empty, binary, not English, too large, a parser failure) end up in its
 * {@link CodedArticle#errors()}, never as an exception.
 */
public final class Coder {
  private final Pipeline pipeline;
  private final Codebook codebook;
  private final CoderOptions options;
  private final List<String> warnings;
  /** Null for PETRARCH-format dictionaries, whose scores were never calibrated. */
  private final ConfidenceStep confidence;
  private final ActorNames names;

  private Coder(Pipeline pipeline, Codebook codebook, CoderOptions options, List<String> warnings, ConfidenceStep confidence, ActorNames names) {
    this.pipeline = pipeline;
    this.codebook = codebook;
    this.options = options;
    this.warnings = warnings;
    this.confidence = confidence;
    this.names = names;
  }

  /** What loading skipped ({@code file:line: reason}): lines of user dictionaries that could not be used. */
  public List<String> warnings() {
    return warnings;
  }

  /** Loads and validates the dictionaries, then the NLP models (once per JVM). */
  public static Coder create(CoderOptions options) {
    return create(options, true);
  }

  /** As {@link #create(CoderOptions)}; without {@code geo} events are not placed (for the geoparsing benchmark). */
  public static Coder create(CoderOptions options, boolean geo) {
    Dictionaries d = Dictionaries.load(options);
    Pipeline p = Pipeline.of(d.stages(options, NlpModels.shared(options.fast()), geo));
    boolean petrarch = d.petrarch() != null;
    return new Coder(p, d.codebook(), options, petrarch ? d.petrarch().skipped() : List.of(), petrarch ? null : ConfidenceStep.load(d.own()),
        ActorNames.load(d.own(), d.codebook()));
  }

  /**
   * The pipeline {@link #create} builds, with its dictionaries but without the NLP models (which take half a minute
   * to load): for saying what each stage requires and provides ({@code dyad pipeline}), never for running.
   */
  public static Pipeline describe(CoderOptions options) {
    return Pipeline.of(Dictionaries.load(options).stages(options, null, true));
  }

  /** The dictionaries a coder is built from; {@code own}: the folder of Dyad-format files, null for PETRARCH's or none. */
  private record Dictionaries(Codebook codebook, PetrarchDictionaries petrarch, ActorDictionary actors, VerbDictionary verbs,
      Complements complements, LineCleaner cleaner, Path own) {
    static Dictionaries load(CoderOptions options) {
      DictionaryFolder.check(options.dictionaries()); // a folder that is not there must not mean the built-in dictionaries
      boolean isPetrarch = PetrarchDictionaries.isPetrarch(options.dictionaries());
      // A PETRARCH folder replaces the actor and verb dictionaries; everything else stays built in.
      Path own = isPetrarch ? null : options.dictionaries();
      Codebook codebook = Codebook.load(own);
      PetrarchDictionaries pd = isPetrarch ? PetrarchDictionaries.load(options.dictionaries()) : null;
      ActorDictionary actors = isPetrarch ? pd.actors() : ActorDictionary.load(own, codebook);
      VerbDictionary verbs = isPetrarch ? pd.verbs() : VerbDictionary.load(own, codebook);
      return new Dictionaries(codebook, pd, actors, verbs, Complements.load(own, codebook), LineCleaner.load(own), own);
    }

    List<org.dyad.pipeline.Stage> stages(CoderOptions options, NlpModels models, boolean geo) {
      List<org.dyad.pipeline.Stage> stages = new ArrayList<>(List.of(
          new CleanStage(cleaner, options.maxChars()),
          new NlpStage(models),
          new ActorStage(actors),
          new ParseStage(models, verbs::isTrigger),
          events(options, petrarch, verbs, complements),
          new TimexStage(models),
          new TimeStage()));
      if (geo) {
        Geoparser geoparser = new Geoparser(Gazetteer.load());
        stages.add(new ToponymStage(geoparser));
        stages.add(new GeoStage(geoparser.gazetteer()));
      }
      return stages;
    }
  }

  /**
   * PETRARCH-format dictionaries are coded PETRARCH's way, on constituency trees; the fast mode has no such tree
   * and keeps Dyad's dependency coder in its literal mode.
   */
  private static org.dyad.pipeline.Stage events(CoderOptions options, PetrarchDictionaries pd, VerbDictionary verbs, Complements complements) {
    if (pd == null) return new EventStage(verbs, complements, Discards.NONE, false, FactualityStep.load(options.dictionaries()));
    if (options.fast()) return new EventStage(verbs, complements, pd.discards(), true);
    return pd.treeStage();
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Codebook codebook() {
    return codebook;
  }

  /**
   * Runs the pipeline and returns the document with all its layers, for tools that look inside (the stored parses of
   * the rule specifications). Unlike {@link #code}, a model failure is thrown.
   */
  public Document analyse(Article article) {
    Document doc = new Document(article);
    pipeline.run(doc);
    return doc;
  }

  public CodedArticle code(Article article) {
    Document doc = new Document(article);
    // A stage or model failure on one article (CoreNLP can throw on pathological input) is the article's error:
    // the pipeline runs each stage through the per-document guard.
    pipeline.run(doc);
    List<CodedEvent> out = new ArrayList<>();
    if (doc.has(TimeStage.DATES)) {
      List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
      List<Event> events = doc.get(EventStage.EVENTS).list();
      List<EventDate> dates = doc.get(TimeStage.DATES).list();
      List<Location> places = doc.has(GeoStage.LOCATIONS) ? doc.get(GeoStage.LOCATIONS).list() : null;
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        EventDate d = dates.get(i);
        org.dyad.codebook.EventType type = codebook.eventOrUnlisted(e.code());
        double conf = confidence == null ? e.confidence() : confidence.calibrate(e, type);
        if (conf < options.minConfidence() || !e.asserted() && !options.allFactualities()) continue;
        String day = e.source().identity() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + e.code() + "|" + d.date() + "|" + e.factuality();
        // One-a-day: the second report of the same event on the same day in the same article is the same event.
        if (options.oneADay() && !seen.add(day)) continue;
        out.add(new CodedEvent(e.docId(), e.sentence(), d.date(), d.precision(), names.named(e.source()), names.named(e.target()), type,
            sentences.get(e.sentence()).text(), e.rule(), conf, e.triggerText(), e.triggerBegin(), e.triggerEnd(),
            places == null ? null : places.get(i), e.factuality()));
      }
    }
    int sentences = doc.has(NlpStage.SENTENCES) ? doc.get(NlpStage.SENTENCES).list().size() : 0;
    var dropped = doc.has(CleanStage.CLEAN) ? doc.get(CleanStage.CLEAN).dropped() : List.<org.dyad.clean.Dropped>of();
    return new CodedArticle(article, out, dropped, doc.errors(), sentences);
  }
}
