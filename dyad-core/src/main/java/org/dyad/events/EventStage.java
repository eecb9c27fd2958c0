package org.dyad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorStage;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.pipeline.Stage;

/**
 * Codes events: for every verb or noun that a pattern names, finds the pattern's frame among the trigger's
 * dependents, the source among its subjects (or passive agents, or owners of a nominal event) and the target
 * where the pattern says; then applies negation, intention and threat, and keeps one event per dyad and root.
 */
public final class EventStage implements Stage {
  public static final Key<Events> EVENTS = new Key<>("events", Events.class);
  /** Obliques that hold a target when the pattern does not say which. */
  private static final Set<String> DEFAULT_TARGET_PREPS = Set.of("to", "with", "against", "toward", "towards", "upon");
  /** Noun triggers take their target from these too: "airstrikes on Idlib", "attack in Kabul". */
  private static final Set<String> NOUN_TARGET_PREPS = Set.of("to", "with", "against", "toward", "towards", "upon", "on", "in", "at", "into");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  /** Heads that make the event below them not happen: "refused to meet", "denied attacking". */
  private static final Set<String> DENIALS = Set.of("refuse", "deny", "decline", "fail", "reject", "rule", "avoid");
  /** Heads that make the event below them an intention or a threat: "ready to send troops", "vowed to retaliate". */
  private static final Set<String> INTENTS = Set.of("ready", "prepared", "willing", "plan", "intend", "vow", "pledge", "promise",
      "threaten", "offer", "prepare", "determined", "poised", "set", "want", "seek", "threat", "aim", "consider", "mull", "weigh",
      "agree", "committed", "commit", "expect", "hope", "intention", "swear");
  private static final Set<String> CONDITIONAL_MODALS = Set.of("may", "might", "could", "can");
  /** Relations through which a noun's owner is the source of the nominal event. */
  private static final Set<String> NOUN_SOURCE_RELS = Set.of("amod", "nmod:poss", "compound", "nmod:by", "nmod:agent", "nmod:from");

  private static final Set<String> PROTEST_PLACE_PREPS = Set.of("in", "at", "outside");
  private static final Set<String> OBJECT_TARGET_PREPS = Set.of("against", "with", "to", "on", "by", "from", "toward", "towards", "upon",
      "between");
  private static final Set<String> COMPLEMENT_TARGET_PREPS = Set.of("against", "with", "to", "on", "from", "in", "into", "toward", "towards");
  /** Roots whose target may be the subject of a that-clause: appeals, demands, accusations. */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10", "11");
  /** Auxiliaries that make an event a statement of intent: "Finland will give Tanzania a grant". */
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
  /** A place stands for its people only as the target of force or protest: "airstrikes on Idlib", not "met in Idlib". */
  /**
   * Demands, rejections and protests with no named target are aimed at the source's own country ("Algerian
   * landowners began a hunger strike", "the vice-president declined to resign"), as PLOVER's coders code them.
   */
  private static final Set<String> DOMESTIC_ROOTS = Set.of("10", "12", "14");
  /**
   * Administrative restrictions and their easing (curfews, states of emergency, bans on parties: 172x, 081x)
   * fall on the source's own people when no other target is named: "imposed a curfew in the town of Cizre".
   */
  private static final Set<String> DOMESTIC_CODES = Set.of("081", "172");
  private static final Set<String> PLACE_TARGET_ROOTS = Set.of("14", "17", "18", "19", "20");

  private final VerbDictionary verbs;
  private final Complements complements;
  private final Discards discards;
  private final boolean literal;

  public EventStage(VerbDictionary verbs, Complements complements) {
    this(verbs, complements, Discards.NONE, false);
  }

  /**
   * {@code literal}: code exactly what the verb patterns say, without Dyad's CAMEO-specific rewrites (intent,
   * complements, "must" demands), as PETRARCH-format dictionaries expect.
   */
  public EventStage(VerbDictionary verbs, Complements complements, Discards discards, boolean literal) {
    this.verbs = verbs;
    this.complements = complements;
    this.discards = discards;
    this.literal = literal;
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
    List<Event> found = new ArrayList<>();
    Map<Integer, VerbPattern> raw = new LinkedHashMap<>();
    for (Token t : s.tokens()) {
      // A noun that only modifies another ("an aid agency", "a strike force") names no event of its own.
      boolean modifier = t.isNoun() && g.head(t.index(), "compound") >= 0;
      List<VerbPattern> cands = t.isVerb() ? verbs.verb(t.lemma()) : t.isNoun() && !modifier ? verbs.noun(t.lemma()) : List.of();
      VerbPattern p = cands.isEmpty() ? null : choose(cands, frame(g, s, t.index()));
      // A "---" pattern is a dictionary's way of saying "this use of the verb is no event".
      if (p != null && !p.code().equals("---")) raw.put(t.index(), p);
    }
    Set<Integer> consumed = new java.util.HashSet<>();
    for (var entry : raw.entrySet()) {
      Token t = s.token(entry.getKey());
      VerbPattern p = entry.getValue();
      boolean noun = t.isNoun();
      if (embedded(g, s, t.index()) || !literal && background(g, s, t.index())) continue;
      String code = p.code();
      String rule = p.id();
      if (negated(g, s, t.index())) {
        // "will not end their strike", "would not release them": refusing to yield is an event of its own (12x);
        // any other negated event did not happen.
        String refused = literal || !refusal(g, s, t.index()) ? null : complements.refine("12", code);
        if (refused == null) continue;
        code = refused;
        rule = rule + "+refused";
      }
      if (!literal && complements.refines(code)) {
        // "urged Uganda to extradite…", "demanded the release of…": what is asked for refines the code, and
        // the thing asked for did not happen.
        for (int c : complementsOf(g, t.index())) {
          VerbPattern cp = raw.get(c);
          String refined = cp == null ? null : complements.refine(code, cp.code());
          if (refined != null) {
            code = refined;
            rule = rule + "+about:" + cp.id();
            consumed.add(c);
            break;
          }
          // "began a hunger strike to demand the return of property": the demand is what the protest is for.
          if (cp != null && code.startsWith("14") && cp.code().startsWith("10")) consumed.add(c);
        }
      }
      if (!literal && ASKING_ROOTS.contains(p.code().substring(0, 2))) {
        // "demanded that its partners refuse to recognize…": nothing in what is asked for has happened.
        for (int c : clausesBelow(g, t.index())) if (raw.containsKey(c)) consumed.add(c);
      }
      int speaker = noun || literal ? -1 : obligationSpeaker(g, s, t.index());
      List<Mention> sources;
      List<Mention> targets;
      if (speaker >= 0) {
        // "Russia said Sudan must return the helicopter": the speaker demands of the subject what it must do.
        String refined = complements.refine("100", code);
        code = refined != null ? refined : "100";
        rule = "demand.must+about:" + rule;
        sources = verbSources(g, s, speaker, mentions);
        targets = verbSources(g, s, t.index(), mentions);
      } else {
        String intent = intentHead(g, s, t.index());
        if (intent != null && !literal) {
          String modal = Modality.intended(code);
          if (!modal.equals(code)) {
            code = modal;
            rule = rule + "+intent:" + intent;
          }
          // "will withdraw its force from Chad unless the president holds elections": an act announced on a
          // condition the other side must meet is a threat, whatever the act.
          if (code.startsWith("03") && !noun && hasUnless(g, t.index())) {
            code = "130";
            rule = rule + "+unless";
          }
        }
        sources = noun ? nounSources(g, s, t.index(), mentions) : verbSources(g, s, t.index(), mentions);
        targets = noun ? nounTargets(g, t.index(), p, mentions) : verbTargets(g, t.index(), p, code, mentions);
        int purposeOf = noun ? -1 : purposeHead(g, s, t.index());
        if (targets.isEmpty() && purposeOf >= 0) {
          // "sent personnel to Bosnia to investigate…": the purpose is carried out where the act went.
          for (DepGraph.Arc a : g.children(purposeOf)) if (isOblique(a.rel(), DESTINATION_PREPS)) targets.addAll(at(g, a.dep(), mentions));
        }
      }
      boolean threatInComplement = g.children(t.index(), "xcomp").stream().anyMatch(a -> raw.containsKey(a.dep()));
      if (code.startsWith("13") && targets.isEmpty() && !literal && !threatInComplement) {
        // "threatened to launch an offensive unless Baghdad accepted its conditions": the threat is aimed at whoever
        // the condition is put to (the threatened act, when coded, carries it).
        for (int c : conditionsOf(g, t.index())) {
          for (DepGraph.Arc b : g.children(c)) if (b.rel().startsWith("nsubj")) targets.addAll(at(g, b.dep(), mentions));
        }
      }
      if (code.startsWith("15") && !targets.isEmpty()) {
        // "Britain mobilized army reservists for a possible war against Iraq": the forces a country mobilizes or
        // deploys are its own instrument; the target is whom they are readied against.
        Set<String> own = new java.util.HashSet<>();
        for (Mention m : sources) if (m.hasCountry()) own.add(m.country());
        targets.removeIf(m -> own.contains(m.country()));
        if (targets.isEmpty()) {
          for (DepGraph.Arc a : g.children(t.index(), "obl")) {
            for (DepGraph.Arc b : g.children(a.dep())) if (isOblique(b.rel(), HOSTILE_PREPS)) targets.addAll(at(g, b.dep(), mentions));
          }
        }
      }
      double base = Math.min(0.95, (noun ? 0.75 : 0.8) + 0.05 * Math.min(3, p.specificity()));
      boolean violent = PLACE_TARGET_ROOTS.contains(code.substring(0, 2));
      if (targets.isEmpty() && !noun && !literal && !code.startsWith("01")) {
        // "agreed to an extension of the mandate for the peacekeeping force in Lebanon": what the act is about
        // lies in Lebanon.
        targets.addAll(deepTargets(g, t.index(), mentions, sources, violent));
      }
      if (targets.isEmpty() && code.startsWith("14")) {
        // A protest with no named target is aimed at where it happens: "rioted at a jail in northern Israel".
        for (DepGraph.Arc a : g.children(t.index())) if (isOblique(a.rel(), PROTEST_PLACE_PREPS)) targets.addAll(at(g, a.dep(), mentions));
      }
      if (literal && targets.isEmpty()) targets = lowerActors(g, t.index(), mentions, sources);
      boolean domesticKind = !literal && (DOMESTIC_ROOTS.contains(code.substring(0, 2))
          || DOMESTIC_CODES.stream().anyMatch(code::startsWith) || DOMESTIC_CODES.stream().anyMatch(p.code()::startsWith));
      boolean domestic = domesticKind && targets.isEmpty();
      // A role word whose country stayed unknown ("journalists appealed…") is still a source, coded "---MED" as
      // CAMEO does: measured on the codebook examples and PLOVER records, keeping it finds more events than it
      // misplaces (see docs/decisions.md). A place is never a source.
      sources.removeIf(m -> m.origin() == Origin.PLACE);
      targets.removeIf(m -> m.origin() == Origin.PLACE && !violent);
      // "Jordan and Britain agreed", "Putin and Erdogan meet": with no target, each side acts towards the other.
      boolean reciprocal = targets.isEmpty() && sources.stream().map(Mention::country).distinct().count() > 1;
      for (Mention src : sources) {
        List<Mention> tgts = reciprocal ? sources : domestic && src.hasCountry() ? List.of(src.withCode(src.country(), Origin.COREFERENCE))
            : targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (Mention tgt : tgts) {
          // "threatened to institute a curfew in Algiers" (ALGGOV): a restriction the government places on its own
          // capital falls on its people.
          if (tgt != null && domesticKind && !domestic && tgt.code().equals(src.code()) && src.hasCountry() && tgt.start() != src.start()
              && !src.code().equals(src.country())) {
            tgt = tgt.withCode(src.country(), Origin.COREFERENCE);
          }
          if (tgt != null && !domestic && (tgt.code().equals(src.code()) || tgt.start() == src.start())) continue;
          if (reciprocal && tgt.country().equals(src.country())) continue;
          // An actor of unknown country ("---GOV") tells less than a placed one, whichever side it is on.
          double unplaced = (src.hasCountry() ? 1 : 0.8) * (tgt == null || tgt.hasCountry() ? 1 : 0.8);
          double conf = Math.round(base * src.origin().weight() * (tgt == null ? 0.9 : tgt.origin().weight()) * unplaced * 1000) / 1000.0;
          // "FRO/BIL/SAM": a dictionary phrase that stands for several actors codes one event for each.
          for (ActorRef sr : split(ActorRef.of(src))) {
            for (ActorRef tr : tgt == null ? java.util.Collections.<ActorRef>singletonList(null) : split(ActorRef.of(tgt))) {
              found.add(new Event(docId, s.index(), code, sr, tr, rule, conf, t.index(), t.word(), t.begin(), t.end()));
              if (tr != null && p.targetCode() != null && code.equals(p.code())) {
                // A paired code: the target's side of the same event ("arrived in Gondor": Gondor hosts the visit).
                found.add(new Event(docId, s.index(), p.targetCode(), tr, sr, rule + ":target", conf, t.index(), t.word(), t.begin(), t.end()));
              }
            }
          }
        }
      }
    }
    if (!literal) found.addAll(obligations(docId, s, g, mentions, raw.keySet()));
    found.removeIf(e -> consumed.contains(e.trigger()));
    // "opened fire to disperse demonstrators": an act with no target is told by its purpose, which has one.
    List<Event> aimed = List.copyOf(found);
    // Likewise "called on Arabs to unite and mobilize against Sharon": the call is told by what it calls for.
    found.removeIf(e -> e.target() == null && aimed.stream().anyMatch(o -> o.target() != null && o.source().code().equals(e.source().code())
        && (purposeHead(g, s, o.trigger()) == e.trigger() || complementOf(g, o.trigger()) == e.trigger())));
    return keepBest(dropNominalObjects(found, g));
  }

  private static final Set<String> DESTINATION_PREPS = Set.of("to", "into");
  private static final Set<String> HOSTILE_PREPS = Set.of("against", "toward", "towards");

  /** Links by which a noun phrase says what it concerns: "extension of the mandate for the force in Lebanon". */
  private static final Set<String> CONCERNING = Set.of("nmod:of", "nmod:for", "nmod:in", "nmod:to");

  /**
   * Actors named down the chain of the act's object (or its to/for oblique), three links deep at most; places only
   * for force. Used only when no argument names a target.
   */
  private static List<Mention> deepTargets(DepGraph g, int t, List<Mention> ms, List<Mention> sources, boolean violent) {
    List<Integer> level = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().equals("obj") || a.rel().equals("obl:to") || a.rel().equals("obl:for")) level.add(a.dep());
    }
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int n : level) {
        for (DepGraph.Arc a : g.children(n)) {
          if (!CONCERNING.contains(a.rel())) continue;
          List<Mention> found = new ArrayList<>(covering(a.dep(), ms));
          found.removeIf(m -> sources.contains(m) || m.origin() == Origin.PLACE && !violent);
          if (!found.isEmpty()) return dedupe(found);
          next.add(a.dep());
        }
      }
      level = next;
    }
    return new ArrayList<>();
  }

  /** The verb whose complement this verb is, directly or as a conjunct ("to unite and mobilize"), or -1. */
  static int complementOf(DepGraph g, int t) {
    int up = g.head(t, "xcomp");
    if (up >= 0) return up;
    int first = g.head(t, "conj");
    return first >= 0 ? g.head(first, "xcomp") : -1;
  }

  /** The verb whose purpose this to-clause states ("sent personnel to Bosnia to investigate"), or -1. */
  static int purposeHead(DepGraph g, Sentence s, int t) {
    return hasMark(g, s, t, "to") ? g.head(t, "advcl") : -1;
  }

  /** Appeals and demands: what they ask for has not happened. */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "10");

  /** The that-clauses a verb governs, with their complements and conjuncts, three levels down. */
  private static List<Integer> clausesBelow(DepGraph g, int t) {
    List<Integer> out = new ArrayList<>();
    java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
    todo.add(new int[] {t, 0});
    while (!todo.isEmpty()) {
      int[] n = todo.poll();
      if (n[1] >= 3) continue;
      for (DepGraph.Arc a : g.children(n[0])) {
        String r = a.rel();
        if ((r.equals("ccomp") || r.equals("xcomp") || r.startsWith("conj")) && !out.contains(a.dep()) && a.dep() != t) {
          // The verb's own conjuncts are events of their own; "called on Arabs to mobilize against…" (an object
          // and its complement) is the caller's own rallying, as CAMEO codes it: only a that-clause is consumed.
          if (n[0] == t && !r.equals("ccomp")) continue;
          out.add(a.dep());
          todo.add(new int[] {a.dep(), n[1] + 1});
        }
      }
    }
    return out;
  }

  /** The if/unless clauses of a verb, of its complements and of the verb it complements. */
  private static List<Integer> conditionsOf(DepGraph g, int t) {
    List<Integer> nodes = new ArrayList<>(List.of(t));
    for (DepGraph.Arc a : g.children(t, "xcomp")) nodes.add(a.dep());
    if (g.head(t, "xcomp") >= 0) nodes.add(g.head(t, "xcomp"));
    List<Integer> out = new ArrayList<>();
    for (int n : nodes) {
      for (DepGraph.Arc a : g.children(n)) if (a.rel().equals("advcl:if") || a.rel().equals("advcl:unless")) out.add(a.dep());
    }
    return out;
  }

  /** An "unless" condition on the verb or on the verb it complements ("threatened to boycott … unless"). */
  private static boolean hasUnless(DepGraph g, int t) {
    int node = t;
    for (int depth = 0; depth < 3 && node >= 0; depth++) {
      if (!g.children(node, "advcl:unless").isEmpty()) return true;
      node = g.head(node, "xcomp") >= 0 ? g.head(node, "xcomp") : g.head(node, "ccomp");
    }
    return false;
  }

  /** Verbs of saying whose that-clause, when it says what someone must do, is a demand. */
  private static final Set<String> SAYING = Set.of("say", "state", "insist", "declare", "tell", "announce", "stress", "add",
      "warn", "argue", "conclude", "reiterate");

  /**
   * "The Red Cross said US and British forces must ensure security": whatever the clause asks, saying that
   * someone must do it is a demand of them (100), even when no pattern names what is asked. Clauses whose verb
   * a pattern names are coded through {@link #obligationSpeaker} instead.
   */
  private List<Event> obligations(String docId, Sentence s, DepGraph g, List<Mention> ms, Set<Integer> triggers) {
    List<Event> out = new ArrayList<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb() || !SAYING.contains(v.lemma().toLowerCase(java.util.Locale.ROOT)) || embedded(g, s, v.index())) continue;
      for (DepGraph.Arc c : g.children(v.index(), "ccomp")) {
        if (triggers.contains(c.dep()) || obligationSpeaker(g, s, c.dep()) != v.index() || negated(g, s, v.index())) continue;
        List<Mention> sources = verbSources(g, s, v.index(), ms);
        sources.removeIf(m -> m.origin() == Origin.PLACE);
        for (Mention src : sources) {
          for (Mention tgt : verbSources(g, s, c.dep(), ms)) {
            if (tgt.origin() == Origin.PLACE || tgt.code().equals(src.code()) || tgt.start() == src.start()) continue;
            double conf = Math.round(0.8 * src.origin().weight() * tgt.origin().weight() * 1000) / 1000.0;
            out.add(new Event(docId, s.index(), "100", ActorRef.of(src), ActorRef.of(tgt), "demand.must", conf, v.index(), v.word(),
                v.begin(), v.end()));
          }
        }
      }
    }
    return out;
  }

  /** The saying verb above a "must/should" clause ("X said Y must Z"), or -1. */
  static int obligationSpeaker(DepGraph g, Sentence s, int t) {
    boolean obliged = false;
    for (DepGraph.Arc a : g.children(t)) {
      String w = s.token(a.dep()).lower();
      if (a.rel().equals("aux") && (w.equals("must") || w.equals("should"))) obliged = true;
    }
    if (!obliged) return -1;
    int h = g.head(t, "ccomp");
    return h >= 0 && SAYING.contains(s.token(h).lemma().toLowerCase(java.util.Locale.ROOT)) ? h : -1;
  }

  /** What an appeal, demand or rejection is about: its complement clause, or the noun it asks for. */
  private static List<Integer> complementsOf(DepGraph g, int t) {
    List<Integer> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t)) {
      String rel = a.rel();
      if (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") || rel.equals("obl:for") || rel.equals("nmod:for")
          || rel.equals("acl") || rel.equals("acl:to") || rel.equals("advcl:to") || rel.equals("advcl")) {
        out.add(a.dep());
      }
    }
    // "staged demonstrations to demand reforms": the purpose of the light verb is what the nominal protest is about.
    int light = g.head(t, "obj");
    if (light >= 0) for (DepGraph.Arc a : g.children(light, "advcl:to")) out.add(a.dep());
    for (DepGraph.Arc a : g.children(t, "obj")) {
      for (DepGraph.Arc b : g.children(a.dep())) {
        if (b.rel().equals("nmod:for") || b.rel().equals("acl") || b.rel().equals("acl:to")) out.add(b.dep());
      }
    }
    // One step further: "help finance…" (the help is transparent), "delivery of aid" (the thing delivered).
    for (int c : List.copyOf(out)) {
      for (DepGraph.Arc b : g.children(c)) if (b.rel().equals("xcomp") || b.rel().equals("nmod:of")) out.add(b.dep());
    }
    return out;
  }

  /** "lifted a blockade", "condemned the attack": the noun is what the verb acts on, not a second event. */
  static List<Event> dropNominalObjects(List<Event> found, DepGraph g) {
    java.util.Set<Integer> verbTriggers = new java.util.HashSet<>();
    // "announced a suspension of air links": what a statement announces is the event, not a thing it acts on.
    for (Event e : found) if (!e.code().startsWith("01")) verbTriggers.add(e.trigger());
    List<Event> out = new ArrayList<>();
    for (Event e : found) {
      int v = g.head(e.trigger(), "obj");
      if (v < 0) v = g.head(e.trigger(), "obl");
      if (v >= 0 && verbTriggers.contains(v) && v != e.trigger()) continue;
      out.add(e);
    }
    return out;
  }

  /** One event per (source, target, root): the most specific code, then the most confident. Bare statements yield to any other event. */
  static List<Event> keepBest(List<Event> found) {
    boolean other = found.stream().anyMatch(e -> !e.code().startsWith("01"));
    Map<String, Event> best = new LinkedHashMap<>();
    for (Event e : found) {
      if (other && e.code().equals("010")) continue;
      String key = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + e.code().substring(0, 2);
      Event prev = best.get(key);
      if (prev == null || better(e, prev)) best.put(key, e);
    }
    List<Event> out = new ArrayList<>(best.values());
    // A targetless event is dropped when the same source has the same root with a target.
    out.removeIf(e -> e.target() == null && out.stream().anyMatch(o -> o.target() != null && o.source().code().equals(e.source().code())
        && o.code().substring(0, 2).equals(e.code().substring(0, 2))));
    out.sort((a, b) -> a.trigger() - b.trigger());
    return out;
  }

  private static boolean better(Event a, Event b) {
    int sa = specificity(a.code());
    int sb = specificity(b.code());
    if (sa != sb) return sa > sb;
    return a.confidence() > b.confidence();
  }

  private static int specificity(String code) {
    return code.length() * 2 + (code.endsWith("0") ? 0 : 1);
  }

  /**
   * The best matching pattern: every constraint word present, most constraints first; a pattern whose target
   * preposition is present beats one without, and one whose preposition is missing ranks below the bare verb.
   */
  static VerbPattern choose(List<VerbPattern> cands, Set<String> frame) {
    VerbPattern best = null;
    int bestRank = Integer.MIN_VALUE;
    for (VerbPattern c : cands) {
      if (!matches(c, frame)) continue;
      int rank = c.specificity() * 2;
      // A coordinated subject stands for a "with" partner in a specific joint activity ("X and Y held war games"),
      // not for a bare "agree with".
      boolean together = frame.contains(TOGETHER) && c.specificity() > 0 && c.targetPreps().contains("with");
      if (!c.targetPreps().isEmpty()) rank += together || c.targetPreps().stream().anyMatch(frame::contains) ? 1 : -1;
      if (rank > bestRank) {
        best = c;
        bestRank = rank;
      }
    }
    return best;
  }

  /** Frame marker of a coordinated subject; not a word, so no pattern constraint can ask for it. */
  private static final String TOGETHER = " together";

  static boolean matches(VerbPattern p, Set<String> frame) {
    for (Set<String> alts : p.constraints()) {
      boolean any = false;
      for (String a : alts) {
        if (frame.contains(a)) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }

  /** Words around the trigger that patterns may ask for: dependents' lemmas, prepositions, complements' words. */
  static Set<String> frame(DepGraph g, Sentence s, int t) {
    Set<String> f = new java.util.HashSet<>();
    for (DepGraph.Arc a : g.children(t)) {
      String rel = a.rel();
      // "French and Egyptian warships launched war games": a coordinated subject acts together (see choose).
      if (rel.equals("nsubj") && coordinated(g, a.dep())) f.add(TOGETHER);
      if (rel.startsWith("nsubj") || rel.equals("punct") || rel.startsWith("conj") || rel.equals("cc")) continue;
      Token d = s.token(a.dep());
      addForms(f, d);
      int colon = rel.indexOf(':');
      if (colon > 0) {
        for (String w : rel.substring(colon + 1).split("_")) f.add(w);
      }
      if (rel.equals("xcomp") || rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advcl")) {
        for (DepGraph.Arc b : g.children(a.dep())) {
          String r2 = b.rel();
          // "provided 25,000 tons of food aid": the measure's contents count as the object.
          boolean contents = rel.equals("obj") && r2.equals("nmod:of");
          if (r2.startsWith("obj") || r2.startsWith("compound") || r2.equals("case") || r2.equals("amod") || r2.equals("mark") || contents) {
            addForms(f, s.token(b.dep()));
          }
          // "launched 10 days of war games": the contents' own compound ("war") qualifies them.
          if (contents) for (DepGraph.Arc c : g.children(b.dep(), "compound")) addForms(f, s.token(c.dep()));
        }
      }
    }
    return f;
  }

  /** "Jordan and Britain", "French and Egyptian warships": a subject with a conjunct of its own or of a modifier. */
  private static boolean coordinated(DepGraph g, int n) {
    if (!g.children(n, "conj").isEmpty()) return true;
    for (DepGraph.Arc a : g.children(n)) {
      if ((a.rel().equals("amod") || a.rel().equals("compound")) && !g.children(a.dep(), "conj").isEmpty()) return true;
    }
    return false;
  }

  /** A dependent's lemma and word, and a singular for plurals CoreNLP leaves alone ("troops"). */
  private static void addForms(Set<String> f, Token d) {
    String lemma = d.lemma().toLowerCase(java.util.Locale.ROOT);
    f.add(lemma);
    f.add(d.lower());
    if (d.pos().equals("NNS") || d.pos().equals("NNPS")) {
      if (lemma.endsWith("ies")) f.add(lemma.substring(0, lemma.length() - 3) + "y");
      else if (lemma.endsWith("s") && !lemma.endsWith("ss")) f.add(lemma.substring(0, lemma.length() - 1));
    }
  }

  /**
   * Triggers inside a relative clause or a noun's modifier describe the noun, not an event being reported:
   * "a resolution that aims to tighten sanctions", "Macedonia, which is preparing an offensive".
   */
  /** Nouns of statements whose participle says what they say: "a declaration demanding…", "a letter urging…". */
  private static final Set<String> STATEMENTS = Set.of("declaration", "statement", "letter", "resolution", "petition", "communique",
      "message", "appeal", "note", "report", "motion");

  private static final Set<String> FINITE = Set.of("VBD", "VBP", "VBZ");
  /** Nouns of taking action: "took steps to enhance…", "adopted measures to ease…" report the act they are for. */
  private static final Set<String> STEPS = Set.of("step", "measure", "action", "move");

  /** A to-clause on a noun of taking action that is the object of a verb ("has taken several steps to enhance…"). */
  private static boolean lightStep(DepGraph g, Sentence s, int t) {
    int noun = g.head(t, "acl");
    return noun >= 0 && hasMark(g, s, t, "to") && STEPS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))
        && g.head(noun, "obj") >= 0;
  }
  /** Clauses that state a condition rather than an event. */
  private static final Set<String> CONDITIONS = Set.of("advcl:if", "advcl:unless");
  /** Prepositions of circumstance: a nominal event under them is background, not the news. */
  private static final Set<String> BACKGROUND_PREPS = Set.of("during", "following", "amid", "since");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "whose");

  /**
   * The noun a finite verb hangs from when the parser has made the main verb a modifier of its own subject, as
   * it does before a trailing attribution ("Irish guerrillas wounded two soldiers…, police said"): a reduced
   * relative clause is never finite, so the noun before it is its subject. -1 when that is not the case.
   */
  static int misattachedFinite(DepGraph g, Sentence s, int t) {
    boolean finite = finite(g, s, t);
    // "Five hundred Ugandan rebels surrendered last week…, a local official said": a past form read as a
    // participle leaves the attribution with the rebels as the speaker's subject; it is the main verb. So is one
    // with a direct object ("a group of deputies held talks with…"), which a reduced passive relative cannot have.
    boolean participle = s.token(t).pos().equals("VBN") && g.children(t, "aux").isEmpty() && g.children(t, "aux:pass").isEmpty();
    for (DepGraph.Arc a : g.heads(t)) {
      if ((a.rel().equals("acl") || a.rel().equals("dep")) && a.head() < t && s.token(a.head()).isNoun()
          && (finite || participle && (subjectOfLaterSaying(g, s, a.head(), t) || !g.children(t, "obj").isEmpty()))) {
        return a.head();
      }
    }
    return -1;
  }

  private static boolean subjectOfLaterSaying(DepGraph g, Sentence s, int noun, int after) {
    for (DepGraph.Arc a : g.heads(noun)) {
      if (a.rel().equals("nsubj") && a.head() > after && SAYING.contains(s.token(a.head()).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }

  private static boolean hasMark(DepGraph g, Sentence s, int t, String word) {
    for (DepGraph.Arc a : g.children(t, "mark")) if (s.token(a.dep()).lower().equals(word)) return true;
    return false;
  }

  /**
   * A nominal event under "during", "following", "amid", "since" is the circumstance of the news, not the news
   * ("talks during a G8 summit", "following a government offensive"). A clause under "after" stays coded: it
   * reports what happened ("after Turkey bought the S-400 from Russia"). (Not in PETRARCH-dictionary mode.)
   */
  static boolean background(DepGraph g, Sentence s, int t) {
    if (!s.token(t).isNoun()) return false;
    for (DepGraph.Arc a : g.heads(t)) if (isOblique(a.rel(), BACKGROUND_PREPS)) return true;
    return false;
  }

  /** One step up from an event to the clause it belongs to: complement, conjunct, object noun, clausal subject. */
  private static int climb(DepGraph g, Sentence s, int node) {
    int up = g.head(node, "xcomp");
    if (up < 0) up = g.head(node, "conj");
    // A nominal event inside a clause is as embedded as its verb: "Macedonia, which is preparing an offensive".
    if (up < 0 && s.token(node).isNoun()) up = g.head(node, "obj");
    // "before allowing U.N. aid convoys…": a clausal subject sits in its verb's clause.
    if (up < 0) up = g.head(node, "csubj");
    return up;
  }

  static boolean embedded(DepGraph g, Sentence s, int t) {
    int node = t;
    for (int depth = 0; depth < 5 && node >= 0; depth++) {
      int noun = g.head(node, "acl");
      boolean statement = noun >= 0 && STATEMENTS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT));
      // "a declaration demanding…" says what the declaration says; "an appeal for deploying troops" does not deploy;
      // "took steps to enhance political freedoms" does what the steps are for.
      if (noun >= 0 && !(depth == 0 && statement && g.children(node, "mark").isEmpty()) && !(depth == 0 && lightStep(g, s, node))
          && misattachedFinite(g, s, node) < 0) {
        return true;
      }
      for (DepGraph.Arc a : g.heads(node)) {
        // "unless Baghdad accepted its conditions", "if he gave them a veto": a condition has not happened.
        if (CONDITIONS.contains(a.rel())) return true;
        // "an admission that Soviet forces murdered…": the content of a noun is a claim, not a reported event.
        if (s.token(a.head()).isNoun() && hasMark(g, s, node, "that")) return true;
      }
      if (depth == 0 && inCommaRelative(g, s, node)) return true;
      node = climb(g, s, node);
    }
    return false;
  }

  /**
   * ", whom they had taken hostage two weeks ago,": a verb between a comma plus relative pronoun and the next
   * comma is in a non-restrictive relative clause, however the parser attached it.
   */
  static boolean inCommaRelative(DepGraph g, Sentence s, int t) {
    if (g.heads(t).isEmpty()) return false;
    for (int k = t - 1; k >= 1; k--) {
      String w = s.token(k).lower();
      if (w.equals(",") || w.equals(";") || w.equals("--")) return false;
      if (RELATIVE_PRONOUNS.contains(w) && s.token(k - 1).lower().equals(",")) return true;
    }
    return false;
  }

  static boolean negated(DepGraph g, Sentence s, int t) {
    int node = t;
    // "failed to reach agreement": a nominal event is negated with the verb that has it as object.
    if (s.token(t).isNoun() && g.head(t, "obj") >= 0) node = g.head(t, "obj");
    for (int depth = 0; depth < 3 && node >= 0; depth++) {
      for (DepGraph.Arc a : g.children(node)) {
        if ((a.rel().equals("advmod") || a.rel().equals("neg") || a.rel().equals("det")) && NEGATORS.contains(s.token(a.dep()).lower())) {
          return true;
        }
      }
      int up = g.head(node, "xcomp");
      if (up < 0) up = g.head(node, "ccomp");
      if (up < 0) return false;
      if (DENIALS.contains(s.token(up).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
      node = up;
    }
    return false;
  }

  /** A negation with will/would ("will not end", "won't release"): a refusal, not a report of something undone. */
  static boolean refusal(DepGraph g, Sentence s, int t) {
    boolean future = false;
    boolean not = false;
    for (DepGraph.Arc a : g.children(t)) {
      String w = s.token(a.dep()).lower();
      if (a.rel().equals("aux") && (w.equals("will") || w.equals("would") || w.equals("wo"))) future = true;
      if (a.rel().equals("advmod") && NEGATORS.contains(w)) not = true;
    }
    return future && not;
  }

  static String intentHead(DepGraph g, Sentence s, int t) {
    // A nominal event takes the modality of the verb it is the object of: "promised to continue military aid".
    int v = s.token(t).isNoun() ? g.head(t, "obj") : -1;
    if (v >= 0) t = v;
    // "will visit Mauritania to mediate…": the purpose of an intended act is intended too.
    int purposeOf = purposeHead(g, s, t);
    if (purposeOf >= 0) {
      for (DepGraph.Arc a : g.children(purposeOf, "aux")) if (FUTURE.contains(s.token(a.dep()).lower())) return s.token(a.dep()).lower();
    }
    boolean conditional = !g.children(t, "advcl:if").isEmpty() || !g.children(t, "advcl:unless").isEmpty();
    for (DepGraph.Arc a : g.children(t)) {
      String w = s.token(a.dep()).lower();
      if (a.rel().equals("aux") && FUTURE.contains(w)) return w;
      // "may halt mediation if cooperation founders": a conditional is a threat even with a weaker modal.
      if (a.rel().equals("aux") && conditional && CONDITIONAL_MODALS.contains(w)) return w;
    }
    int node = t;
    for (int depth = 0; depth < 2; depth++) {
      int up = g.head(node, "xcomp");
      if (up < 0) up = g.head(node, "acl");
      if (up < 0) return null;
      String lemma = s.token(up).lemma().toLowerCase(java.util.Locale.ROOT);
      if (INTENTS.contains(lemma)) return lemma;
      node = up;
    }
    return null;
  }

  private List<Mention> verbSources(DepGraph g, Sentence s, int t, List<Mention> ms) {
    boolean passive = isPassive(g, t);
    List<Mention> out = new ArrayList<>();
    if (passive) {
      for (DepGraph.Arc a : g.children(t)) {
        if (a.rel().equals("obl:agent") || a.rel().equals("obl:by")) out.addAll(at(g, a.dep(), ms));
      }
      return out;
    }
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().startsWith("nsubj") && !a.rel().equals("nsubj:pass")) out.addAll(at(g, a.dep(), ms));
    }
    if (out.isEmpty() && finite(g, s, t)) {
      // "Ivory Coast rebels on Friday again rejected…": an adverbial between subject and verb leaves the parser
      // with an unlabelled dependent before a finite verb; that noun is the subject.
      for (DepGraph.Arc a : g.children(t, "dep")) if (a.dep() < t && s.token(a.dep()).isNoun()) out.addAll(at(g, a.dep(), ms));
    }
    if (out.isEmpty()) {
      // "X agreed to cooperate" without an enhanced controlled subject: borrow the head verb's subject; likewise
      // the purpose of an action ("sent personnel to Yugoslavia to investigate") and what a statement says ("issued
      // a declaration demanding…": the declaration's issuer demands).
      int subject = misattachedFinite(g, s, t);
      if (subject >= 0) return dedupe(at(g, subject, ms));
      int up = g.head(t, "xcomp");
      if (up < 0 && hasMark(g, s, t, "to")) up = g.head(t, "advcl");
      int noun = g.head(t, "acl");
      if (up < 0 && noun >= 0 && STATEMENTS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))) up = g.head(noun, "obj");
      if (up < 0 && lightStep(g, s, t)) up = g.head(noun, "obj");
      if (up >= 0 && !isPassive(g, up)) {
        for (DepGraph.Arc a : g.children(up)) {
          if (a.rel().startsWith("nsubj") && !a.rel().equals("nsubj:pass")) out.addAll(at(g, a.dep(), ms));
        }
      }
      if (out.isEmpty() && up < 0 && g.children(t, "nsubj").isEmpty() && misattachedFinite(g, s, t) < 0) {
        // "Around 1,800 of 2,200 Serbian teachers will not end…": the parser reads a quantified subject as an
        // oblique before the verb; the people it counts are the subject.
        for (DepGraph.Arc a : g.children(t)) {
          if (a.dep() < t && a.rel().startsWith("obl") && finite(g, s, t)) {
            out.addAll(at(g, a.dep(), ms));
            for (DepGraph.Arc b : g.children(a.dep(), "nmod:of")) out.addAll(at(g, b.dep(), ms));
          }
        }
      }
    }
    return dedupe(out);
  }

  private static boolean finite(DepGraph g, Sentence s, int t) {
    if (FINITE.contains(s.token(t).pos())) return true;
    for (DepGraph.Arc a : g.children(t, "aux")) if (s.token(a.dep()).pos().equals("MD")) return true;
    return false;
  }

  private List<Mention> verbTargets(DepGraph g, int t, VerbPattern p, String code, List<Mention> ms) {
    boolean passive = isPassive(g, t);
    List<Mention> out = new ArrayList<>();
    String prep = p.targetPrep();
    if (prep != null && !prep.isEmpty()) {
      for (String pr : p.targetPreps()) {
        collectOblique(g, t, pr, ms, out);
        for (DepGraph.Arc a : g.children(t, "obj")) collectOblique(g, a.dep(), pr, ms, out);
      }
      if (out.isEmpty()) for (DepGraph.Arc a : g.children(t, "iobj")) out.addAll(at(g, a.dep(), ms));
      return dedupe(out);
    }
    for (DepGraph.Arc a : g.children(t)) {
      if (passive ? a.rel().equals("nsubj:pass") : a.rel().equals("obj")) out.addAll(at(g, a.dep(), ms));
    }
    if (!out.isEmpty()) return dedupe(out);
    for (DepGraph.Arc a : g.children(t, "iobj")) out.addAll(at(g, a.dep(), ms));
    if (!out.isEmpty() || prep != null) return dedupe(out);
    for (DepGraph.Arc a : g.children(t)) {
      if (isOblique(a.rel(), DEFAULT_TARGET_PREPS)) out.addAll(at(g, a.dep(), ms));
    }
    if (!out.isEmpty()) return dedupe(out);
    // "threatened further action against Russia", "rejected calls by Belarus's rulers": the object's own target.
    for (DepGraph.Arc a : g.children(t, "obj")) {
      for (DepGraph.Arc b : g.children(a.dep())) if (isOblique(b.rel(), OBJECT_TARGET_PREPS)) out.addAll(at(g, b.dep(), ms));
    }
    if (!out.isEmpty()) return dedupe(out);
    // "threatened to break relations with Russia", "refused to deploy peacekeepers in Iraq": the complement's target.
    for (DepGraph.Arc x : g.children(t, "xcomp")) {
      for (DepGraph.Arc b : g.children(x.dep())) {
        if (b.rel().equals("obj") || isOblique(b.rel(), COMPLEMENT_TARGET_PREPS)) out.addAll(at(g, b.dep(), ms));
      }
    }
    if (!out.isEmpty() || !CLAUSE_TARGET_ROOTS.contains(code.substring(0, 2))) return dedupe(out);
    // "demanded that the US cancel its plans": a demand or appeal is addressed to the subject of its clause.
    for (DepGraph.Arc c : g.children(t, "ccomp")) {
      for (DepGraph.Arc b : g.children(c.dep())) if (b.rel().startsWith("nsubj")) out.addAll(at(g, b.dep(), ms));
    }
    return dedupe(out);
  }

  private static boolean isOblique(String rel, Set<String> preps) {
    int colon = rel.indexOf(':');
    return colon > 0 && (rel.startsWith("obl:") || rel.startsWith("nmod:")) && preps.contains(rel.substring(colon + 1));
  }

  private void collectOblique(DepGraph g, int node, String prep, List<Mention> ms, List<Mention> out) {
    for (DepGraph.Arc a : g.children(node)) {
      if (a.rel().equals("obl:" + prep) || a.rel().equals("nmod:" + prep)) out.addAll(at(g, a.dep(), ms));
    }
  }

  private List<Mention> nounSources(DepGraph g, Sentence s, int t, List<Mention> ms) {
    List<Mention> own = covering(t, ms);
    if (!own.isEmpty()) return own;
    List<Mention> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(t)) {
      if (NOUN_SOURCE_RELS.contains(a.rel())) out.addAll(at(g, a.dep(), ms));
    }
    if (out.isEmpty()) {
      // "Turkey launched airstrikes", "held talks": the subject of the light verb owns the nominal event; so does
      // the subject of a predicate of involvement ("is responsible for mass killings", "were engaged in ethnic
      // cleansing"). When that verb is an event itself ("condemned the attack"), dropNominalObjects drops this one.
      int v = g.head(t, "obj");
      if (v < 0) v = g.head(t, "obl");
      if (v >= 0) out.addAll(verbSources(g, s, v, ms));
      if (out.isEmpty() && v >= 0 && isPassive(g, v)) {
        for (DepGraph.Arc a : g.children(v, "nsubj:pass")) out.addAll(at(g, a.dep(), ms));
      }
    }
    return dedupe(out);
  }

  private List<Mention> nounTargets(DepGraph g, int t, VerbPattern p, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    String prep = p.targetPrep();
    if (prep != null && !prep.isEmpty()) {
      for (String pr : p.targetPreps()) collectOblique(g, t, pr, ms, out);
    } else {
      for (DepGraph.Arc a : g.children(t)) {
        String rel = a.rel();
        if (rel.startsWith("nmod:") && NOUN_TARGET_PREPS.contains(rel.substring(5))) out.addAll(at(g, a.dep(), ms));
      }
    }
    if (out.isEmpty()) {
      // "Syrian airstrikes targeted Idlib": the nominal event is the subject; the verb's object is its target.
      int v = g.head(t, "nsubj");
      if (v >= 0) for (DepGraph.Arc a : g.children(v, "obj")) out.addAll(at(g, a.dep(), ms));
      int lv = g.head(t, "obj");
      if (lv >= 0 && out.isEmpty()) {
        for (DepGraph.Arc a : g.children(lv)) {
          String rel = a.rel();
          if (rel.startsWith("obl:") && DEFAULT_TARGET_PREPS.contains(rel.substring(4))) out.addAll(at(g, a.dep(), ms));
        }
      }
    }
    List<Mention> own = covering(t, ms);
    out.removeAll(own);
    return dedupe(out);
  }

  private static boolean isPassive(DepGraph g, int t) {
    for (DepGraph.Arc a : g.children(t)) {
      if (a.rel().equals("aux:pass") || a.rel().equals("nsubj:pass")) return true;
    }
    return false;
  }

  /** Modifiers through which a noun's owner or nationality speaks for it ("Turkish and Greek sides", "Haiti's efforts"). */
  private static final Set<String> MODIFIER_RELS = Set.of("amod", "compound", "nmod:poss", "appos", "nmod:of", "nmod:in", "nmod:for");

  /** The mentions an argument token stands for: those covering it, else those of its modifiers (and their conjuncts). */
  private static List<ActorRef> split(ActorRef a) {
    if (a.code().indexOf('/') < 0) return List.of(a);
    List<ActorRef> out = new ArrayList<>();
    for (String c : a.code().split("/")) if (!c.isEmpty()) out.add(new ActorRef(c, a.text(), a.start(), a.end(), a.origin()));
    return out;
  }

  /** Relations that open a new clause: actors below them belong to another verb. */
  private static final Set<String> CLAUSE_RELS = Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "xcomp");

  /**
   * PETRARCH's target when no argument names one: the first actor after the verb within its own clause ("restore
   * ties with Gondor", "arrived on a visit to Gondor"), with the actors conjoined to it.
   */
  private static List<Mention> lowerActors(DepGraph g, int t, List<Mention> ms, List<Mention> sources) {
    Set<Integer> phrase = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(t));
    while (!todo.isEmpty()) {
      int n = todo.poll();
      if (!phrase.add(n)) continue;
      for (DepGraph.Arc a : g.children(n)) {
        String r = a.rel();
        if (r.startsWith("nsubj") || r.startsWith("conj") || CLAUSE_RELS.contains(r) || CLAUSE_RELS.contains(r.split(":")[0])) continue;
        todo.add(a.dep());
      }
    }
    Mention first = null;
    for (Mention m : ms) {
      if (m.start() <= t || sources.contains(m) || !phrase.contains(m.head())) continue;
      if (first == null || m.start() < first.start()) first = m;
    }
    List<Mention> out = new ArrayList<>();
    if (first == null) return out;
    out.add(first);
    for (DepGraph.Arc c : g.children(first.head(), "conj")) out.addAll(covering(c.dep(), ms));
    return dedupe(out);
  }

  private static List<Mention> at(DepGraph g, int token, List<Mention> ms) {
    List<Mention> r = covering(token, ms);
    if (!r.isEmpty()) {
      // "U.S. and Russian negotiators": the actor covers "Russian negotiators"; the modifier conjoined with its
      // country word names a second actor of the same kind.
      for (DepGraph.Arc a : g.children(token)) {
        if (!(a.rel().equals("amod") || a.rel().equals("compound")) || covering(a.dep(), r).size() > 0) continue;
        boolean conjoined = false;
        for (DepGraph.Arc c : g.children(a.dep(), "conj")) conjoined |= !covering(c.dep(), r).isEmpty();
        if (conjoined) r.addAll(covering(a.dep(), ms));
      }
      return dedupe(r);
    }
    List<Mention> out = new ArrayList<>();
    for (DepGraph.Arc a : g.children(token)) {
      if (!MODIFIER_RELS.contains(a.rel())) continue;
      List<Mention> mod = covering(a.dep(), ms);
      // "U.N. mediator Diego Cordovez": a title names the organisation one compound further down.
      if (mod.isEmpty() && a.rel().equals("compound")) for (DepGraph.Arc b : g.children(a.dep(), "compound")) mod.addAll(covering(b.dep(), ms));
      out.addAll(mod);
      for (DepGraph.Arc c : g.children(a.dep(), "conj")) out.addAll(covering(c.dep(), ms));
    }
    return dedupe(out);
  }

  private static List<Mention> covering(int token, List<Mention> ms) {
    List<Mention> r = new ArrayList<>();
    for (Mention m : ms) if (m.covers(token)) r.add(m);
    return r;
  }

  private static List<Mention> dedupe(List<Mention> in) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : in) if (!out.contains(m)) out.add(m);
    return out;
  }
}
