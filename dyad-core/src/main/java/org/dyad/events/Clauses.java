package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * What the clause structure around a trigger says about it, from the dependency parse alone: whether it is
 * reported as happening (not in a relative clause, a condition, a negation, a circumstance), intended, demanded,
 * and which verb's clause it belongs to. Used by {@link EventStage}.
 */
public final class Clauses {
  private Clauses() {}

  static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  /** Heads that make the event below them not happen: "refused to meet", "denied attacking". */
  static final Set<String> DENIALS = Set.of("refuse", "deny", "decline", "fail", "reject", "rule", "avoid");

  /** Heads that make the event below them an intention or a threat: "ready to send troops", "vowed to retaliate". */
  static final Set<String> INTENTS = Set.of("ready", "prepared", "willing", "plan", "intend", "vow", "pledge", "promise",
      "threaten", "offer", "prepare", "determined", "poised", "set", "want", "seek", "threat", "aim", "consider", "mull", "weigh",
      "agree", "committed", "commit", "expect", "hope", "intention", "swear");

  static final Set<String> CONDITIONAL_MODALS = Set.of("may", "might", "could", "can");

  /** Auxiliaries that make an event a statement of intent: "Finland will give Tanzania a grant". */
  static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");

  /** Verbs of saying whose that-clause, when it says what someone must do, is a demand. */
  static final Set<String> SAYING = Set.of("say", "state", "insist", "declare", "tell", "announce", "stress", "add",
      "warn", "argue", "conclude", "reiterate");

  /**
   * Nouns of statements whose participle says what they say: "a declaration demanding…", "a letter urging…", "a lawsuit
   * accusing the cartel of…" (a court filing states its charge).
   */
  static final Set<String> STATEMENTS = Set.of("declaration", "statement", "letter", "resolution", "petition", "communique",
      "message", "appeal", "note", "report", "motion", "lawsuit", "complaint", "indictment");

  static final Set<String> FINITE = Set.of("VBD", "VBP", "VBZ");

  /** Words of time the parser takes for subjects ("the government today ordered…"). */
  static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  /** Nouns of taking action: "took steps to enhance…", "adopted measures to ease…" report the act they are for. */
  static final Set<String> STEPS = Set.of("step", "measure", "action", "move");

  /** A to-clause on a noun of taking action that is the object of a verb ("has taken several steps to enhance…"). */
  static boolean lightStep(DepGraph g, Sentence s, int t) {
    int noun = g.head(t, "acl");
    return noun >= 0 && hasMark(g, s, t, "to") && STEPS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))
        && g.head(noun, "obj") >= 0;
  }

  /** Clauses that state a condition rather than an event. */
  static final Set<String> CONDITIONS = Set.of("advcl:if", "advcl:unless");

  /** Prepositions of circumstance: a nominal event under them is background, not the news. */
  static final Set<String> BACKGROUND_PREPS = Set.of("during", "following", "amid", "since");

  static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "whose");

  /** The saying verb above a "must/should" clause ("X said Y must Z"), or -1. */
  static int obligationSpeaker(DepGraph g, Sentence s, int t) {
    boolean obliged = false;
    for (DepGraph.Arc a : g.children(t)) {
      String w = s.token(a.dep()).lower();
      if (a.rel().equals("aux") && (w.equals("must") || w.equals("should"))) obliged = true;
    }
    if (!obliged) return -1;
    int h = g.head(t, "ccomp");
    return h >= 0 && saying(s, h) ? h : -1;
  }

  /** The that-clauses a verb governs, with their complements and conjuncts, three levels down. */
  static List<Integer> clausesBelow(DepGraph g, int t) {
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

  /** The if/unless/until clauses of a verb, of its complements and of the verb it complements. */
  static List<Integer> conditionsOf(DepGraph g, int t) {
    List<Integer> nodes = new ArrayList<>(List.of(t));
    for (DepGraph.Arc a : g.children(t, "xcomp")) nodes.add(a.dep());
    if (g.head(t, "xcomp") >= 0) nodes.add(g.head(t, "xcomp"));
    List<Integer> out = new ArrayList<>();
    for (int n : nodes) {
      for (DepGraph.Arc a : g.children(n)) if (a.rel().equals("advcl:if") || a.rel().equals("advcl:unless") || a.rel().equals("advcl:until")) out.add(a.dep());
    }
    return out;
  }

  /** An "unless" condition on the verb or on the verb it complements ("threatened to boycott … unless"). */
  static boolean hasUnless(DepGraph g, int t) {
    int node = t;
    for (int depth = 0; depth < 3 && node >= 0; depth++) {
      if (!g.children(node, "advcl:unless").isEmpty()) return true;
      node = g.head(node, "xcomp") >= 0 ? g.head(node, "xcomp") : g.head(node, "ccomp");
    }
    return false;
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
      // "Nicaragua's Sandinista government today ordered…": "today" read as the subject of a relative clause on the
      // government; a finite relative clause has a relative word or a subject of its own.
      boolean timeSubject = a.rel().equals("acl:relcl") && finite && g.children(t, "ref").isEmpty()
          && g.children(t, "nsubj").stream().allMatch(b -> TIME_WORDS.contains(s.token(b.dep()).lower()));
      if ((a.rel().equals("acl") || a.rel().equals("dep") || timeSubject) && a.head() < t && s.token(a.head()).isNoun()
          && (finite || participle && (subjectOfLaterSaying(g, s, a.head(), t) || !g.children(t, "obj").isEmpty()))) {
        return a.head();
      }
    }
    return -1;
  }

  static boolean subjectOfLaterSaying(DepGraph g, Sentence s, int noun, int after) {
    for (DepGraph.Arc a : g.heads(noun)) {
      if (a.rel().equals("nsubj") && a.head() > after && saying(s, a.head())) return true;
    }
    return false;
  }

  /** Whether the token is a verb of saying ("said", "announced"). */
  public static boolean saying(Sentence s, int t) {
    return SAYING.contains(s.token(t).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Radical French farmers said they would blockade Paris": the subject of the speaker when {@code pronoun} is the
   * subject of what a verb of saying reports, else -1.
   */
  static int reportedSpeaker(DepGraph g, Sentence s, int pronoun) {
    if (!s.token(pronoun).pos().equals("PRP")) return -1;
    for (DepGraph.Arc a : g.heads(pronoun)) {
      int v = a.rel().equals("nsubj") ? g.head(a.head(), "ccomp") : -1;
      if (v < 0 || !saying(s, v)) continue;
      for (DepGraph.Arc b : g.children(v, "nsubj")) return b.dep();
    }
    return -1;
  }

  static boolean hasMark(DepGraph g, Sentence s, int t, String word) {
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
  static int climb(DepGraph g, Sentence s, int node) {
    int up = g.head(node, "xcomp");
    if (up < 0) up = g.head(node, "conj");
    // A nominal event inside a clause is as embedded as its verb: "Macedonia, which is preparing an offensive".
    if (up < 0 && s.token(node).isNoun()) up = g.head(node, "obj");
    // "before allowing U.N. aid convoys…": a clausal subject sits in its verb's clause.
    if (up < 0) up = g.head(node, "csubj");
    return up;
  }

  /**
   * Triggers inside a relative clause or a noun's modifier describe the noun, not an event being reported:
   * "a resolution that aims to tighten sanctions", "Macedonia, which is preparing an offensive".
   */
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
        // "have sworn to fight until they gain control of villages": what a pledge or threat lasts until has not happened.
        if (a.rel().equals("advcl:until") && (INTENTS.contains(s.token(a.head()).lemma().toLowerCase(java.util.Locale.ROOT))
            || intentHead(g, s, a.head()) != null)) {
          return true;
        }
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
    return negator(g, s, t) != null;
  }

  /** The word that negates the event at {@code t} ("not", "never", "refuse"), or null when nothing does. */
  static String negator(DepGraph g, Sentence s, int t) {
    int node = t;
    // "failed to reach agreement": a nominal event is negated with the verb that has it as object.
    if (s.token(t).isNoun() && g.head(t, "obj") >= 0) node = g.head(t, "obj");
    for (int depth = 0; depth < 3 && node >= 0; depth++) {
      for (DepGraph.Arc a : g.children(node)) {
        String w = s.token(a.dep()).lower();
        if ((a.rel().equals("advmod") || a.rel().equals("neg") || a.rel().equals("det")) && NEGATORS.contains(w)) return w;
      }
      int up = g.head(node, "xcomp");
      if (up < 0) up = g.head(node, "ccomp");
      if (up < 0) return null;
      String lemma = s.token(up).lemma().toLowerCase(java.util.Locale.ROOT);
      if (DENIALS.contains(lemma)) return lemma;
      node = up;
    }
    return null;
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
      // "Vietnam is committed to opening up the economy": the parser hangs the to-clause of an adjective as an adverbial.
      if (up < 0 && hasMark(g, s, node, "to") && g.head(node, "advcl") >= 0) up = g.head(node, "advcl");
      if (up < 0) return null;
      String lemma = s.token(up).lemma().toLowerCase(java.util.Locale.ROOT);
      if (INTENTS.contains(lemma)) return lemma;
      node = up;
    }
    return null;
  }

  /**
   * "The Macedonian army prepared to resume shelling…": forces readying an act of force, a posture shown (CAMEO's own
   * example of 150), unlike "is prepared to", which states a willingness.
   */
  static boolean readying(DepGraph g, Sentence s, int t) {
    int node = t;
    for (int depth = 0; depth < 2; depth++) {
      int up = g.head(node, "xcomp");
      if (up < 0) return false;
      Token v = s.token(up);
      if (v.lemma().equalsIgnoreCase("prepare") && (FINITE.contains(v.pos()) || v.pos().equals("VBG"))
          && g.children(up, "aux:pass").isEmpty() && g.children(up, "cop").isEmpty()) {
        return true;
      }
      node = up;
    }
    return false;
  }

  static boolean finite(DepGraph g, Sentence s, int t) {
    if (FINITE.contains(s.token(t).pos())) return true;
    for (DepGraph.Arc a : g.children(t, "aux")) if (s.token(a.dep()).pos().equals("MD")) return true;
    return false;
  }

  static boolean isOblique(String rel, Set<String> preps) {
    int colon = rel.indexOf(':');
    return colon > 0 && (rel.startsWith("obl:") || rel.startsWith("nmod:")) && preps.contains(rel.substring(colon + 1));
  }
}
