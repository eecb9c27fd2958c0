package org.dyad.events;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dyad.codebook.DictionaryException;
import org.dyad.codebook.EventType;
import org.dyad.codebook.TsvFile;

/**
 * The last step of the event cascade: a confidence that means something. The events stage scores each event from its
 * pattern and actors; this step turns that score and the rest of the evidence (where each actor's code came from,
 * which steps of the cascade shaped the event, its quad class) into the probability that the event's type is right,
 * by the logistic weights of {@code events/confidence.tsv}, fitted on the tune sets by
 * {@code tools/calibrate-confidence.py}. With {@code -Ddyad.confidence.raw=true} it leaves the score as it is, which
 * is what the fitting reads.
 */
public final class ConfidenceStep {
  /** The cascade steps whose mark in the rule is evidence, named by the provenance each step appends. */
  private static final Set<String> STEPS = Set.of(step(IntentStep.PROVENANCE), step(ArgumentTargets.PROVENANCE), step(AboutStep.PROVENANCE),
      step(UnknownSourceStep.PROVENANCE), step(RefusalStep.PROVENANCE), step(FallbackTargets.NEXT_ACTOR));
  private static final Set<String> ORIGINS = Set.of("composed", "metonym", "coreference", "adjective", "place");

  private final Map<String, Double> weights;
  private final boolean raw;

  private ConfidenceStep(Map<String, Double> weights, boolean raw) {
    this.weights = weights;
    this.raw = raw;
  }

  public static ConfidenceStep load(Path overrideDir) {
    TsvFile f = TsvFile.open("events/confidence.tsv", overrideDir, 2, 2);
    Map<String, Double> w = new HashMap<>();
    for (TsvFile.Row r : f.rows()) {
      try {
        if (w.put(r.col(0), Double.parseDouble(r.col(1))) != null) f.problem(r, "duplicate feature " + r.col(0));
        // A step renamed without a refit would silently lose its weight.
        if (r.col(0).startsWith("step:") && !STEPS.contains(r.col(0).substring(5))) {
          f.problem(r, r.col(0) + " names no step of the event cascade; steps: " + new java.util.TreeSet<>(STEPS));
        }
      } catch (NumberFormatException e) {
        f.problem(r, "weight must be a number: " + r.col(1));
      }
    }
    if (!w.containsKey("bias") || !w.containsKey("raw-logit")) throw new DictionaryException(java.util.List.of(f.name() + ": needs 'bias' and 'raw-logit'"));
    if (!f.problems().isEmpty()) throw new DictionaryException(f.problems());
    return new ConfidenceStep(w, Boolean.getBoolean("dyad.confidence.raw"));
  }

  /** The calibrated confidence of an event of this type, to three decimals. */
  public double calibrate(Event e, EventType type) {
    if (raw) return e.confidence();
    double z = 0;
    for (var f : features(e, type).entrySet()) z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    return Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
  }

  /** The evidence, named as in confidence.tsv; the fitting script computes the same from the JSON lines. */
  static Map<String, Double> features(Event e, EventType type) {
    Map<String, Double> f = new LinkedHashMap<>();
    double score = Math.min(0.99, Math.max(0.01, e.confidence()));
    f.put("bias", 1.0);
    f.put("raw-logit", Math.log(score / (1 - score)));
    if (ORIGINS.contains(e.source().origin()) || e.source().origin().equals("argument")) f.put("source:" + e.source().origin(), 1.0);
    if (e.source().code().startsWith("---")) f.put("source:no-country", 1.0);
    ActorRef t = e.target();
    if (t == null) {
      f.put("target:none", 1.0);
    } else {
      if (ORIGINS.contains(t.origin()) || t.origin().equals("argument")) f.put("target:" + t.origin(), 1.0);
      if (t.code().startsWith("---") && !t.origin().equals("argument")) f.put("target:no-country", 1.0);
    }
    String[] parts = e.rule().split("\\+");
    for (int i = 1; i < parts.length; i++) {
      String step = step(parts[i]);
      if (STEPS.contains(step)) f.put("step:" + step, 1.0);
    }
    f.put("quad:" + type.quadClass(), 1.0);
    return f;
  }

  /** A step's name in a rule part: "+intent:ready" and "intent:ready" are both "intent", "FactualityStep:negated(not)" is "FactualityStep". */
  private static String step(String part) {
    String p = part.startsWith("+") ? part.substring(1) : part;
    return p.split(":")[0].split("\\(")[0];
  }
}
