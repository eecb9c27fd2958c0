package org.dyad.events;

import static org.dyad.events.Clauses.background;
import static org.dyad.events.Clauses.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorStage;
import org.dyad.actors.Mention;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.lexicon.WordClasses;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.pipeline.Stage;

/**
 * Codes events as a cascade of named steps, each in a class of its own: {@link CandidateStep} (which words name an
 * event, by which pattern) → {@link RefusalStep} and {@link FactualityStep} (did it happen) → {@link AboutStep} (what
 * an appeal asks for) → {@link ObligationStep} ("must" demands) or {@link IntentStep}, {@link SourceStep} and
 * {@link TargetStep} → refinements ({@link ConditionTargets}, {@link MobilisationTargets}, {@link UnknownSourceStep},
 * {@link FallbackTargets}) → {@link DyadStep} (domestic, reciprocal, one event per side) → {@link SelectionStep}.
 * Confidence is calibrated afterwards by {@link ConfidenceStep}. A step that changes an event appends its provenance to
 * the event's rule (see docs/decisions.md).
 */
public final class EventStage implements Stage {
  public static final Key<Events> EVENTS = new Key<>("events", Events.class);
  /** Force and protest: a place stands for its people only as their target ("airstrikes on Idlib", not "met in Idlib"). */
  static final Set<String> PLACE_TARGET_ROOTS = Set.of("14", "17", "18", "19", "20");

  private final Discards discards;
  private final boolean literal;
  private final FactualityStep factuality;
  private final CandidateStep candidates;
  private final SourceStep sources;
  private final RefusalStep refusal;
  private final AboutStep about;
  private final ObligationStep obligations;
  private final FallbackTargets fallbackTargets;

  public EventStage(VerbDictionary verbs, Complements complements) {
    this(verbs, complements, Discards.NONE, false);
  }

  /**
   * {@code literal}: code exactly what the verb patterns say, without Dyad's CAMEO-specific rewrites (intent,
   * complements, "must" demands), as PETRARCH-format dictionaries expect.
   */
  public EventStage(VerbDictionary verbs, Complements complements, Discards discards, boolean literal) {
    this(verbs, complements, discards, literal, FactualityStep.load(null));
  }

  public EventStage(VerbDictionary verbs, Complements complements, Discards discards, boolean literal, FactualityStep factuality) {
    this.discards = discards;
    this.literal = literal;
    this.factuality = factuality;
    WordClasses wordClasses = WordClasses.load();
    this.candidates = new CandidateStep(verbs, wordClasses);
    this.sources = new SourceStep(verbs);
    this.refusal = new RefusalStep(complements);
    this.about = new AboutStep(complements);
    this.obligations = new ObligationStep(complements, sources);
    this.fallbackTargets = new FallbackTargets(new NounKinds(w -> !verbs.noun(w).isEmpty(), wordClasses::actor));
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.SENTENCES, ActorStage.MENTIONS, ParseStage.PARSES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(EVENTS);
  }

  @Override
  public void process(Document doc) {
    List<Event> all = new ArrayList<>();
    var mentions = doc.get(ActorStage.MENTIONS);
    var parses = doc.get(ParseStage.PARSES);
    List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
    if (!discards.isEmpty()) {
      List<String> words = new ArrayList<>();
      for (Sentence s : sentences) for (Token t : s.tokens()) words.add(t.word());
      if (discards.inStory(words) != null) {
        // A story-level discard (a sports report, say) codes nothing at all.
        doc.put(EVENTS, new Events(all));
        return;
      }
    }
    for (Sentence s : sentences) {
      DepGraph g = parses.get(s.index());
      if (g == null) continue;
      if (!discards.isEmpty() && discards.inSentence(s.tokens().stream().map(Token::word).toList()) != null) continue;
      all.addAll(codeSentence(doc.id(), s, g, mentions.inSentence(s.index())));
    }
    doc.put(EVENTS, new Events(all));
  }

  List<Event> codeSentence(String docId, Sentence s, DepGraph g, List<Mention> mentions) {
    Map<Integer, VerbPattern> raw = candidates.find(s, g);
    SentenceContext c = new SentenceContext(docId, s, g, mentions, raw, literal);
    List<Event> found = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    for (var entry : raw.entrySet()) {
      EventDraft d = new EventDraft(s.token(entry.getKey()), entry.getValue());
      if (embedded(g, s, d.t()) || !literal && background(g, s, d.t())) continue;
      if (code(c, d, consumed)) DyadStep.emit(c, d, found);
    }
    if (!literal) found.addAll(obligations.unnamed(c, raw.keySet()));
    found.removeIf(e -> consumed.contains(e.trigger()));
    // Asserted events compete only with asserted ones: a denied attack must not push out the attack that was made.
    List<Event> out = new ArrayList<>(SelectionStep.select(s, g, found.stream().filter(Event::asserted).toList()));
    out.addAll(SelectionStep.select(s, g, found.stream().filter(e -> !e.asserted()).toList()));
    out.sort((a, b) -> a.trigger() - b.trigger());
    return out;
  }

  /** Runs one trigger's draft through the cascade up to its dyads; false when the trigger codes nothing. */
  private boolean code(SentenceContext c, EventDraft d, Set<Integer> consumed) {
    if (!refusal.apply(c, d)) return false;
    d.reading = literal || d.refusedHere ? FactualityStep.Reading.ASSERTED : factuality.read(c.graph(), c.sentence(), d.t(), d.negated);
    d.negated = d.reading.factuality() == Factuality.NEGATED;
    about.apply(c, d, consumed);
    int speaker = obligations.speaker(c, d);
    if (speaker >= 0) {
      obligations.apply(c, d, speaker);
    } else {
      IntentStep.apply(c, d);
      d.sources = sources.find(c, d);
      d.targets = TargetStep.find(c, d);
    }
    ConditionTargets.apply(c, d);
    MobilisationTargets.apply(c, d);
    UnknownSourceStep.apply(c, d);
    SourceStep.named(c, d);
    fallbackTargets.apply(c, d);
    return true;
  }
}
