package org.dyad.events;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.codebook.DictionaryException;
import org.dyad.codebook.TsvFile;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The factuality step of the event cascade: does the text assert that the event at a trigger happened? Reads the
 * dependency parse around the trigger for the cues of {@code events/factuality.tsv}. Negation comes first (its
 * refusals are CAMEO events of their own, which {@link EventStage} codes), then claims, then possibility and
 * plans. Statements of intent ("will send aid", "threatened to attack") are not decided here: CAMEO codes them
 * as intents (03x, 13x), which are asserted statements.
 */
public final class FactualityStep {
  /** What the step decided and the word that decided it ({@code null} for asserted). */
  record Reading(Factuality factuality, String cue) {
    static final Reading ASSERTED = new Reading(Factuality.ASSERTED, null);

    boolean asserted() {
      return factuality == Factuality.ASSERTED;
    }

    /** The provenance suffix of the rule: "+FactualityStep:alleged(accuse)". */
    String provenance() {
      return asserted() ? "" : "+" + FactualityStep.class.getSimpleName() + ":" + factuality.label() + "(" + cue + ")";
    }
  }

  /** Relations by which a claim's complement hangs from the claim: "accused X of sending", "claims that X shelled". */
  private static final Set<String> CLAIM_RELS = Set.of("advcl:of", "acl:of", "nmod:of", "obl:of", "advcl:for", "obl:for", "nmod:for",
      "ccomp", "acl", "acl:that", "advcl:over", "obl:over", "nmod:over");

  private static final Set<String> KINDS = Set.of("modal", "hedge", "claim", "forecast", "modifier", "mark", "negator");

  private final Map<String, Map<String, Factuality>> cues;

  private FactualityStep(Map<String, Map<String, Factuality>> cues) {
    this.cues = cues;
  }

  /** The cues of {@code events/factuality.tsv}, from {@code overrideDir} when it has that file; errors as {@code file:line}. */
  public static FactualityStep load(Path overrideDir) {
    TsvFile f = TsvFile.open("events/factuality.tsv", overrideDir, 3, 3);
    Map<String, Map<String, Factuality>> m = new HashMap<>();
    for (TsvFile.Row r : f.rows()) {
      if (!KINDS.contains(r.col(0))) {
        f.problem(r, "cue kind must be one of " + KINDS + ": " + r.col(0));
        continue;
      }
      Factuality kind;
      try {
        kind = Factuality.of(r.col(2));
      } catch (IllegalArgumentException e) {
        f.problem(r, e.getMessage());
        continue;
      }
      if (kind == Factuality.ASSERTED || (kind == Factuality.NEGATED) != r.col(0).equals("negator")) {
        f.problem(r, "a negator makes an event negated, any other cue hypothetical, future or alleged; not " + kind.label());
        continue;
      }
      String word = r.col(1).toLowerCase(Locale.ROOT);
      if (m.computeIfAbsent(r.col(0), k -> new HashMap<>()).put(word, kind) != null) f.problem(r, "duplicate cue " + r.col(0) + " " + word);
    }
    if (!f.problems().isEmpty()) throw new DictionaryException(f.problems());
    return new FactualityStep(m);
  }

  private Factuality cue(String kind, String word) {
    return cues.getOrDefault(kind, Map.of()).get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The reading of the event at trigger {@code t}. {@code negated} is {@link Clauses#negated}'s answer, computed
   * once by the caller, which turns a stated refusal into a 12x event before asking.
   */
  Reading read(DepGraph g, Sentence s, int t, boolean negated) {
    if (negated) return new Reading(Factuality.NEGATED, Clauses.negator(g, s, t));
    // "said nothing", "seldom criticised": denied by its object or an adverb.
    for (DepGraph.Arc a : g.children(t)) {
      boolean slot = a.rel().equals("obj") || a.rel().equals("advmod") || a.rel().equals("cc:preconj");
      Factuality f = slot ? cue("negator", s.token(a.dep()).lower()) : null;
      if (f != null) return new Reading(f, s.token(a.dep()).lower());
    }
    String none = noneArgument(g, s, s.token(t).isNoun() ? governingVerb(g, t) : t);
    if (none != null) return new Reading(Factuality.NEGATED, none);
    // "would not send soldiers to evacuate them": what an act is for shares the act's fate.
    int purposeOf = Clauses.purposeHead(g, s, t);
    String purposeNegator = purposeOf >= 0 ? Clauses.negator(g, s, purposeOf) : null;
    if (purposeNegator != null) return new Reading(Factuality.NEGATED, purposeNegator);
    if (purposeOf >= 0) {
      Reading r = possible(g, s, purposeOf);
      if (r != null) return r;
    }
    // A nominal event takes the factuality of the verb it is the object or subject of ("promised talks").
    int verb = s.token(t).isNoun() ? governingVerb(g, t) : t;
    // A direct question asserts nothing, whatever its auxiliary: "Will China invade Taiwan?".
    if (question(s)) return new Reading(Factuality.HYPOTHETICAL, "?");
    Reading r = claimed(g, s, t);
    if (r == null && verb >= 0) r = claimed(g, s, verb);
    if (r == null && s.token(t).isNoun()) r = modified(g, s, t);
    if (r == null && verb >= 0) r = possible(g, s, verb);
    return r == null ? Reading.ASSERTED : r;
  }

  /** Arguments whose quantifier can deny the act: "no passengers were killed", "made no reference", "nobody was hurt". */
  private static final Set<String> DENIABLE = Set.of("nsubj", "nsubj:pass", "obj");

  /**
   * "No passengers were killed", "offered no evidence", "none of them was hurt": an act whose doer, victim or object is
   * none at all did not happen. The subject's own word counts only as a subject ("said nothing" is the object rule's).
   */
  private String noneArgument(DepGraph g, Sentence s, int verb) {
    if (verb < 0) return null;
    for (DepGraph.Arc a : g.children(verb)) {
      if (!DENIABLE.contains(a.rel()) || !direct(g, s, verb, a.dep())) continue;
      String w = s.token(a.dep()).lower();
      if (!a.rel().equals("obj") && cue("negator", w) != null) return w;
      for (DepGraph.Arc d : g.children(a.dep(), "det")) {
        String q = s.token(d.dep()).lower();
        if (q.equals("no") || cue("negator", q) != null) return q;
      }
    }
    return null;
  }

  /**
   * Whether {@code arg} is the verb's own argument, with no other verb between them but the verb's auxiliaries: "said
   * …, but gave no details" does not deny the saying, though a conjunct may share its object in the graph.
   */
  private static boolean direct(DepGraph g, Sentence s, int verb, int arg) {
    for (int k = Math.min(verb, arg) + 1; k < Math.max(verb, arg); k++) {
      if (s.token(k).isVerb() && g.head(k, "aux") != verb && g.head(k, "aux:pass") != verb && g.head(k, "cop") != verb) return false;
    }
    return true;
  }

  private static int governingVerb(DepGraph g, int t) {
    int v = g.head(t, "obj");
    if (v < 0) v = g.head(t, "nsubj");
    return v >= 0 ? v : g.head(t, "obl");
  }

  /** "allegedly bombed"; "accused Russia of sending tanks", "the allegation that troops shot…", two steps up at most. */
  private Reading claimed(DepGraph g, Sentence s, int t) {
    for (DepGraph.Arc a : g.children(t, "advmod")) {
      Factuality f = cue("hedge", s.token(a.dep()).lower());
      if (f != null) return new Reading(f, s.token(a.dep()).lower());
    }
    int node = t;
    for (int depth = 0; depth < 2 && node >= 0; depth++) {
      int up = -1;
      for (DepGraph.Arc a : g.heads(node)) {
        if (!CLAIM_RELS.contains(a.rel()) && !a.rel().equals("xcomp") && !a.rel().startsWith("conj")) continue;
        Token h = s.token(a.head());
        Factuality f = CLAIM_RELS.contains(a.rel()) ? cue("claim", h.lemma()) : null;
        if (f != null) return new Reading(f, h.lemma().toLowerCase(Locale.ROOT));
        up = a.head();
        break;
      }
      node = up;
    }
    return null;
  }

  /** "the planned talks", "a possible attack", "suspected rebels' attack" is not this (the cue is on the noun). */
  private Reading modified(DepGraph g, Sentence s, int noun) {
    for (DepGraph.Arc a : g.children(noun, "amod")) {
      Factuality f = cue("modifier", s.token(a.dep()).lower());
      if (f != null) return new Reading(f, s.token(a.dep()).lower());
    }
    return null;
  }

  /** "could send troops", "whether they met", "is expected to meet", "are due to sign". */
  private Reading possible(DepGraph g, Sentence s, int verb) {
    for (DepGraph.Arc a : g.children(verb)) {
      String w = s.token(a.dep()).lower();
      Factuality f = a.rel().equals("aux") ? cue("modal", w) : a.rel().equals("mark") ? cue("mark", w) : null;
      if (f != null) return new Reading(f, w);
    }
    int up = g.head(verb, "xcomp");
    if (up >= 0) {
      Token h = s.token(up);
      // A forecast is passive or adjectival ("is expected to", "is likely to"); "expects to sign" states an intent.
      boolean stative = !g.children(up, "aux:pass").isEmpty() || !g.children(up, "cop").isEmpty() || h.pos().startsWith("JJ");
      Factuality f = stative ? cue("forecast", h.lower()) : null;
      if (f != null) return new Reading(f, h.lower());
      // "may try to attack": the modal of the verb whose complement the event is.
      for (DepGraph.Arc a : g.children(up, "aux")) {
        Factuality m = cue("modal", s.token(a.dep()).lower());
        if (m != null) return new Reading(m, s.token(a.dep()).lower());
      }
    }
    return null;
  }

  /** A direct question asserts nothing: "Will Iran retaliate?". */
  private static boolean question(Sentence s) {
    List<Token> ts = s.tokens();
    for (int k = ts.size() - 1; k >= 0 && k >= ts.size() - 3; k--) {
      String w = ts.get(k).word();
      if (w.equals("?")) return true;
      if (!w.equals("\"") && !w.equals("''") && !w.equals("'") && !w.equals(")")) return false;
    }
    return false;
  }
}
