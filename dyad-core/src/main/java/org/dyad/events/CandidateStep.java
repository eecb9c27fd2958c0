package org.dyad.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.WordClasses;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The first step of the event cascade: which words of a sentence name an event, and by which pattern. Every verb
 * and every noun the dictionary knows is matched against the words around it (its frame); the best matching pattern
 * wins. The pattern's id starts the event's rule.
 */
final class CandidateStep {
  /** Verbs that name something when they have a predicative complement ("called it a blatant case"). */
  private static final Set<String> NAMING = Set.of("call", "label", "brand", "term", "dub");
  /** Frame marker of a coordinated subject; not a word, so no pattern constraint can ask for it. */
  private static final String TOGETHER = " together";
  /**
   * Prefix of a preposition that hangs from the trigger's object or from an oblique ("a warning to Lesotho"): it may
   * stand for the pattern's target preposition, never for a particle or another word the pattern asks for ("given
   * support in principle" does not "give in").
   */
  static final String OBJECT_PREPOSITION = "obj-prep:";
  /** Subtypes of nmod that name no preposition: an owner, a bare measure of time or amount. */
  private static final Set<String> NOT_PREPOSITIONS = Set.of("poss", "tmod", "npmod", "agent");
  /** Prefix of subject words in a pattern and in the frame. */
  static final String SUBJECT = "subj:";
  /** Word class a pattern may ask of the trigger's object: a person, named or not ("release @person"). */
  static final String PERSON_OBJECT = "@person";
  /** Word class of an object that names people or a body of them, a person or a group ("reinforce @actor"). */
  static final String ACTOR_OBJECT = "@actor";
  private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "he", "she", "they");

  private final VerbDictionary verbs;
  private final WordClasses wordClasses;

  CandidateStep(VerbDictionary verbs, WordClasses wordClasses) {
    this.verbs = verbs;
    this.wordClasses = wordClasses;
  }

  /** Trigger token to its pattern, in sentence order; "---" patterns (no event) are left out. */
  Map<Integer, VerbPattern> find(Sentence s, DepGraph g) {
    Map<Integer, VerbPattern> raw = new LinkedHashMap<>();
    for (Token t : s.tokens()) {
      // A noun that only modifies another ("an aid agency", "a strike force") names no event of its own.
      boolean modifier = t.isNoun() && g.head(t.index(), "compound") >= 0;
      // A noun the tagger reads as a date names a time, not an act: "published in March 2019" holds no march.
      boolean time = t.isNoun() && (t.ner().equals("DATE") || t.ner().equals("TIME"));
      List<VerbPattern> cands = t.isVerb() ? verbs.verb(t.lemma()) : t.isNoun() && !modifier && !time ? nounPatterns(s, t) : List.of();
      VerbPattern p = cands.isEmpty() ? null : choose(cands, withObjectKinds(frame(g, s, t.index()), g, s, t.index()));
      // A "---" pattern is a dictionary's way of saying "this use of the verb is no event".
      // "called the EU move deeply disappointing": a verb of naming with a predicative complement names, it does not act.
      // ("called on Arabs to unite" has a to-clause, a verb: still a call.)
      if (p != null && NAMING.contains(t.lemma().toLowerCase(Locale.ROOT))
          && g.children(t.index(), "xcomp").stream().anyMatch(a -> !s.token(a.dep()).isVerb())) {
        p = null;
      }
      if (p != null && !p.code().equals("---")) raw.put(t.index(), p);
    }
    return Collections.unmodifiableMap(raw);
  }

  /** A noun's patterns, those of its hyphen-joined form first ("a cease-fire with" is "a ceasefire with"). */
  private List<VerbPattern> nounPatterns(Sentence s, Token t) {
    String joined = joined(s, t);
    List<VerbPattern> cands = joined == null ? List.of() : verbs.noun(joined);
    return cands.isEmpty() ? verbs.noun(t.lemma()) : cands;
  }

  /**
   * "cease-fire", "peace-keepers", "pull-out": the tokenizer splits these at the hyphen, dictionaries spell them as
   * one word; the word before the hyphen joined to this one's lemma, or null where no hyphen comes before.
   */
  private static String joined(Sentence s, Token d) {
    int i = d.index();
    if (i < 2 || !s.token(i - 1).pos().equals("HYPH") || s.token(i - 1).begin() != s.token(i - 2).end()
        || s.token(i - 1).end() != d.begin()) {
      return null;
    }
    return s.token(i - 2).lower() + d.lemma().toLowerCase(Locale.ROOT);
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
      // A word of content tells more than a required preposition: "fire shell into TARGET" beats "fire into! TARGET".
      int rank = 0;
      for (Set<String> alts : c.constraints()) rank += alts.stream().allMatch(VerbDictionary.PREPOSITIONS::contains) ? 1 : 2;
      // A coordinated subject stands for a "with" partner in a specific joint activity ("X and Y held war games"),
      // not for a bare "agree with".
      boolean together = frame.contains(TOGETHER) && c.specificity() > 0 && c.targetPreps().contains("with");
      if (!c.targetPreps().isEmpty()) rank += together || c.targetPreps().stream().anyMatch(p -> hasPreposition(frame, p, c)) ? 1 : -1;
      if (rank > bestRank) {
        best = c;
        bestRank = rank;
      }
    }
    return best;
  }

  static boolean matches(VerbPattern p, Set<String> frame) {
    Set<String> targetPreps = Set.copyOf(p.targetPreps());
    for (Set<String> alts : p.constraints()) {
      // A required target preposition ("fire on! TARGET") may hang from the object; other words must be the verb's.
      boolean target = alts.equals(targetPreps);
      boolean any = false;
      for (String a : alts) {
        if (target ? hasPreposition(frame, a, p) : frame.contains(a)) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }

  private static boolean hasPreposition(Set<String> frame, String prep, VerbPattern p) {
    if (frame.contains(prep) || frame.contains(OBJECT_PREPOSITION + prep)) return true;
    for (Set<String> words : p.constraints()) for (String w : words) if (frame.contains(OBJECT_PREPOSITION + prep + ":" + w)) return true;
    return false;
  }

  /** Words around the trigger that patterns may ask for: dependents' lemmas, prepositions, complements' words. */
  static Set<String> frame(DepGraph g, Sentence s, int t) {
    Set<String> f = new HashSet<>();
    for (DepGraph.Arc a : g.children(t)) {
      String rel = a.rel();
      // "French and Egyptian warships launched war games": a coordinated subject acts together (see choose).
      if (rel.equals("nsubj") && coordinated(g, a.dep())) f.add(TOGETHER);
      // "The first deployment of NATO peacekeeping troops have arrived": patterns may ask what the subject is (subj:).
      if (rel.equals("nsubj")) {
        // A pronoun subject of what is said stands for the speaker: "Radical French farmers said they would…".
        int speaker = Clauses.reportedSpeaker(g, s, a.dep());
        addSubjectForms(f, g, s, speaker >= 0 ? speaker : a.dep());
      }
      // "training pilots to fly F-16s": the trigger's own "to" marks an infinitive, it is no preposition.
      if (rel.startsWith("nsubj") || rel.equals("punct") || rel.startsWith("conj") || rel.equals("cc") || rel.equals("mark")) continue;
      Token d = s.token(a.dep());
      addForms(f, s, d);
      int colon = rel.indexOf(':');
      // "fired the army chief on Monday": a preposition of time says when, not what the verb does.
      boolean when = rel.startsWith("obl") && (d.ner().equals("DATE") || d.ner().equals("TIME") || Clauses.TIME_WORDS.contains(d.lower()));
      if (colon > 0 && !when) {
        for (String w : rel.substring(colon + 1).split("_")) f.add(w);
      }
      if (rel.equals("xcomp") || rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl")) {
        addArgumentWords(f, g, s, rel, a.dep(), when);
      }
      if (rel.equals("obj") || rel.startsWith("obl") && !when) addObjectPrepositions(f, g, s, a.dep(), rel.equals("obj"));
    }
    return f;
  }

  /** The words under an argument that patterns may ask for: its objects, compounds, case and modifiers. */
  private static void addArgumentWords(Set<String> f, DepGraph g, Sentence s, String rel, int arg, boolean when) {
    for (DepGraph.Arc b : g.children(arg)) {
      String r2 = b.rel();
      // "provided 25,000 tons of food aid": the measure's contents count as the object.
      boolean contents = rel.equals("obj") && r2.equals("nmod:of");
      if (r2.startsWith("obj") || r2.startsWith("compound") || r2.equals("case") && !when || r2.equals("amod") || r2.equals("mark") || contents) {
        addForms(f, s, s.token(b.dep()));
      }
      // "launched 10 days of war games": the contents' own compound ("war") qualifies them.
      if (contents) for (DepGraph.Arc c : g.children(b.dep(), "compound")) addForms(f, s, s.token(c.dep()));
    }
  }

  /**
   * "launched an investigation into Kempinski", "issued a warning to Lesotho", "called for sanctions against Myanmar":
   * the preposition that names the target often hangs from the act's own noun rather than from the verb; it counts
   * as the verb's, so that the pattern with that target preposition wins. Prepositions of time do not.
   */
  private static void addObjectPrepositions(Set<String> f, DepGraph g, Sentence s, int arg, boolean object) {
    Token host = s.token(arg);
    for (DepGraph.Arc b : g.children(arg)) {
      Token d = s.token(b.dep());
      boolean when = d.ner().equals("DATE") || d.ner().equals("TIME") || Clauses.TIME_WORDS.contains(d.lower());
      String prep = b.rel().startsWith("nmod:") ? b.rel().substring(5) : "";
      if (prep.isEmpty() || when || NOT_PREPOSITIONS.contains(prep)) continue;
      for (String w : prep.split("_")) {
        // Under an oblique it counts only where the oblique is the pattern's own word ("call for sanctions against"):
        // "mobilized the army for an assault against Gaza" does not mobilise against Gaza.
        if (object) f.add(OBJECT_PREPOSITION + w);
        else {
          f.add(OBJECT_PREPOSITION + w + ":" + host.lemma().toLowerCase(Locale.ROOT));
          f.add(OBJECT_PREPOSITION + w + ":" + host.lower());
        }
      }
    }
  }

  /**
   * "released the Colombian Sergeant", "released 19 Christians": the object (or what it is a number of) names a
   * person or people, whatever the word, by its name, its pronoun or WordNet's class of the noun; "reinforced its
   * troops": it names a body of people (@actor), which a commitment or a sentiment does not.
   */
  private Set<String> withObjectKinds(Set<String> frame, DepGraph g, Sentence s, int t) {
    boolean passive = Arguments.isPassive(g, t);
    for (DepGraph.Arc a : g.children(t)) {
      if (!(passive ? a.rel().equals("nsubj:pass") : a.rel().equals("obj"))) continue;
      List<Integer> heads = new ArrayList<>(List.of(a.dep()));
      for (DepGraph.Arc b : g.children(a.dep(), "nmod:of")) heads.add(b.dep());
      for (int h : heads) {
        Token d = s.token(h);
        boolean person = d.ner().equals("PERSON") || PERSON_PRONOUNS.contains(d.lower())
            || d.isNoun() && !d.pos().startsWith("NNP") && personNoun(d.lemma()) || peopleName(d);
        if (person) frame.add(PERSON_OBJECT);
        if (person || d.isNoun() && !d.pos().startsWith("NNP") && wordClasses.actor(d.lemma())) frame.add(ACTOR_OBJECT);
      }
    }
    return frame;
  }

  /**
   * "released 19 Christians", "freed three Russians": a capitalised plural of a people or a faith is tagged a proper
   * noun, but its singular is a person in WordNet. A single proper noun stays out ("Ford", "Morgan" are persons there),
   * and so does a plural the tagger calls an organisation ("the Rangers").
   */
  private boolean peopleName(Token d) {
    String w = d.lower();
    return d.pos().equals("NNPS") && !d.ner().equals("ORGANIZATION") && w.endsWith("s") && personNoun(w.substring(0, w.length() - 1));
  }

  private boolean personNoun(String lemma) {
    List<String> c = wordClasses.of(lemma);
    return !c.isEmpty() && c.get(0).equals("person");
  }

  /** The subject's head, its modifiers and what it is a measure of ("deployment of … troops"), marked "subj:". */
  private static void addSubjectForms(Set<String> f, DepGraph g, Sentence s, int n) {
    Set<String> words = new HashSet<>();
    List<Integer> nodes = new ArrayList<>(List.of(n));
    for (DepGraph.Arc a : g.children(n, "nmod:of")) nodes.add(a.dep());
    for (int node : nodes) {
      addForms(words, s, s.token(node));
      for (DepGraph.Arc a : g.children(node)) if (a.rel().equals("compound") || a.rel().equals("amod")) addForms(words, s, s.token(a.dep()));
    }
    for (String w : words) f.add(SUBJECT + w);
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
  private static void addForms(Set<String> f, Sentence s, Token d) {
    String lemma = d.lemma().toLowerCase(Locale.ROOT);
    f.add(lemma);
    String joined = joined(s, d);
    if (joined != null) f.add(joined);
    f.add(d.lower());
    if (d.pos().equals("NNS") || d.pos().equals("NNPS")) {
      if (lemma.endsWith("ies")) f.add(lemma.substring(0, lemma.length() - 3) + "y");
      else if (lemma.endsWith("s") && !lemma.endsWith("ss")) f.add(lemma.substring(0, lemma.length() - 1));
    }
  }
}
