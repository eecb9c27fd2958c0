package org.dyad.petrarch;

import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.Tree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.Entry;

/**
 * Codes one sentence's constituency tree the way PETRARCH does: every verb phrase whose verb has patterns is matched
 * against the words around the verb in order; the source is the subject noun phrase of its clause (a pronoun's is
 * the clause above it), the target the pattern's {@code +} or else the first noun phrase after the verb that names
 * an actor; compound noun phrases give one event per member; agents join their actor's code. Comma-delimited
 * asides of a few words are removed first, as PETRARCH's comma options say.
 */
final class TreeCoder {
  /** PETRARCH's options as its unit records and default configuration set them. */
  record Options(boolean requireDyad, int commaMin, int commaMax, int commaBMin, int commaBMax, int commaEMin, int commaEMax) {
    static final Options DEFAULT = new Options(true, 2, 8, 0, 0, 2, 8);

    /** These options changed by PETRARCH's {@code <Config>} settings; options the tree coder has no use for are ignored. */
    Options with(Map<String, String> config) {
      Options o = this;
      for (Map.Entry<String, String> e : config.entrySet()) {
        String v = e.getValue().strip();
        try {
          o = switch (e.getKey().strip().toLowerCase(Locale.ROOT)) {
            case "require_dyad" -> new Options(Boolean.parseBoolean(v.toLowerCase(Locale.ROOT)), o.commaMin, o.commaMax, o.commaBMin, o.commaBMax, o.commaEMin, o.commaEMax);
            case "comma_min" -> new Options(o.requireDyad, Integer.parseInt(v), o.commaMax, o.commaBMin, o.commaBMax, o.commaEMin, o.commaEMax);
            case "comma_max" -> new Options(o.requireDyad, o.commaMin, Integer.parseInt(v), o.commaBMin, o.commaBMax, o.commaEMin, o.commaEMax);
            case "comma_bmin" -> new Options(o.requireDyad, o.commaMin, o.commaMax, Integer.parseInt(v), o.commaBMax, o.commaEMin, o.commaEMax);
            case "comma_bmax" -> new Options(o.requireDyad, o.commaMin, o.commaMax, o.commaBMin, Integer.parseInt(v), o.commaEMin, o.commaEMax);
            case "comma_emin" -> new Options(o.requireDyad, o.commaMin, o.commaMax, o.commaBMin, o.commaBMax, Integer.parseInt(v), o.commaEMax);
            case "comma_emax" -> new Options(o.requireDyad, o.commaMin, o.commaMax, o.commaBMin, o.commaBMax, o.commaEMin, Integer.parseInt(v));
            default -> o;
          };
        } catch (NumberFormatException ignored) {
          // a value that is not a number leaves the option as it was
        }
      }
      return o;
    }
  }

  /** An actor found in the tree: its code and the leaves [from, to) that named it. */
  record Actor(String code, int from, int to) {}

  /** One event: source, target (null: none), code, the verb file's line, and the verb's leaf index. */
  record Coded(Actor source, Actor target, String code, String rule, int verb) {}

  /** Children of a noun phrase whose words are its own (not those of a clause or prepositional phrase in it). */
  private static final Set<String> OWN = Set.of("NP", "NML", "NX", "QP", "ADJP", "UCP", "NAC", "WHNP", "JJP");
  /** Prepositions through which an agent takes its actor: "Lawmakers in Fornost", "the ambassadors of Arnor". */
  private static final Set<String> AGENT_PREPS = Set.of("OF", "IN", "FROM", "AT", "FOR");
  private static final Set<String> BE = Set.of("be", "get");
  /** Matching steps one pattern may take on one verb (a real match takes a few dozen). */
  private static final int STEP_BUDGET = 50_000;

  private final Lexicon lex;

  TreeCoder(Lexicon lex) {
    this.lex = lex;
  }

  List<Coded> code(Tree root, LocalDate date, Options options) {
    return new Run(root, date, options).code();
  }

  /** Words of a tree as PETRARCH compares them: upper case. */
  static String word(Tree leaf) {
    return leaf.value().toUpperCase(Locale.ROOT);
  }

  /** The coding of one tree. */
  private final class Run {
    final Tree root;
    final LocalDate date;
    final Options opt;
    final List<Tree> leaves;
    final List<String> words = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final Map<Tree, Integer> leafIndex = new IdentityHashMap<>();
    final Map<Tree, Tree> parent = new IdentityHashMap<>();
    final Map<Tree, int[]> span = new IdentityHashMap<>();
    final Map<Tree, List<Actor>> npCodes = new IdentityHashMap<>();
    final boolean[] deleted;
    final Morphology morphology = new Morphology();

    Run(Tree root, LocalDate date, Options opt) {
      this.root = root;
      this.date = date;
      this.opt = opt;
      this.leaves = root.getLeaves();
      for (int i = 0; i < leaves.size(); i++) {
        Tree l = leaves.get(i);
        leafIndex.put(l, i);
        words.add(word(l));
      }
      index(root, null);
      for (Tree l : leaves) {
        Tree p = parent.get(l);
        tags.add(p == null ? "" : p.value());
      }
      deleted = new boolean[leaves.size()];
      removeCommaClauses();
    }

    private void index(Tree t, Tree p) {
      if (p != null) parent.put(t, p);
      if (t.isLeaf()) {
        int i = leafIndex.get(t);
        span.put(t, new int[] {i, i + 1});
        return;
      }
      int from = Integer.MAX_VALUE;
      int to = -1;
      for (Tree c : t.children()) {
        index(c, t);
        int[] s = span.get(c);
        from = Math.min(from, s[0]);
        to = Math.max(to, s[1]);
      }
      span.put(t, new int[] {from, to});
    }

    boolean isWord(int i) {
      String tag = tags.get(i);
      return !tag.isEmpty() && Character.isLetter(tag.charAt(0));
    }

    int wordsBetween(int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) if (isWord(i)) n++;
      return n;
    }

    /** PETRARCH drops short comma-delimited asides (and a short closing "…, an official said") before coding. */
    private void removeCommaClauses() {
      List<Integer> commas = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) if (words.get(i).equals(",") && !inList(i)) commas.add(i);
      if (commas.isEmpty()) return;
      int n = words.size();
      int first = commas.get(0);
      int last = commas.get(commas.size() - 1);
      boolean[] drop = new boolean[n];
      if (opt.commaBMax() > 0 && within(wordsBetween(0, first), opt.commaBMin(), opt.commaBMax())) mark(drop, 0, first + 1);
      if (opt.commaMax() > 0) {
        for (int k = 0; k + 1 < commas.size(); k++) {
          int a = commas.get(k);
          int b = commas.get(k + 1);
          if (within(wordsBetween(a + 1, b), opt.commaMin(), opt.commaMax())) mark(drop, a, b);
        }
      }
      if (opt.commaEMax() > 0 && within(wordsBetween(last + 1, n), opt.commaEMin(), opt.commaEMax())) mark(drop, last, n);
      System.arraycopy(drop, 0, deleted, 0, n);
    }

    /**
     * A comma of a list of noun phrases ("Mordor, Rohan, Fornost and Bree") delimits no aside, nor one between the
     * words of a noun phrase ("complete, full diplomatic ties").
     */
    private boolean inList(int comma) {
      Tree pre = parent.get(leaves.get(comma));
      Tree p = parent.get(pre);
      if (p == null || !isNounPhrase(p)) return false;
      Tree[] kids = p.children();
      for (int k = 0; k < kids.length; k++) if (kids[k] == pre && k > 0 && kids[k - 1].isPreTerminal()) return true;
      for (Tree c : kids) if (label(c).equals("CC") || label(c).equals("CONJP")) return true;
      return false;
    }

    private boolean within(int x, int min, int max) {
      return x >= min && x <= max;
    }

    private void mark(boolean[] drop, int from, int to) {
      for (int i = from; i < to; i++) drop[i] = true;
    }

    String label(Tree t) {
      String v = t.value();
      if (v == null) return "";
      if (v.startsWith("-")) return v;
      int cut = v.indexOf('-');
      return cut > 0 ? v.substring(0, cut) : v;
    }

    boolean live(Tree t) {
      int[] s = span.get(t);
      for (int i = s[0]; i < s[1]; i++) if (!deleted[i]) return true;
      return false;
    }

    List<Coded> code() {
      List<Coded> out = new ArrayList<>();
      List<String> lower = new ArrayList<>();
      for (String w : words) lower.add(w.toLowerCase(Locale.ROOT));
      if (lex.discards.inSentence(lower) != null || lex.discards.inStory(lower) != null) return out;
      // A verb phrase inside one that coded an event is part of that event ("is said to be about to restore" is
      // one statement), so it is not coded again.
      List<Tree> coded = new ArrayList<>();
      for (Tree t : root.preOrderNodeList()) {
        if (!label(t).equals("VP") || insideAny(t, coded)) continue;
        int before = out.size();
        codeVerbPhrase(t, out);
        if (out.size() > before) coded.add(t);
      }
      return out;
    }

    private boolean insideAny(Tree t, List<Tree> phrases) {
      for (Tree p = parent.get(t); p != null; p = parent.get(p)) if (phrases.contains(p)) return true;
      return false;
    }

    // ---- noun phrases

    /** The actors a noun phrase names (several for a compound), or none. */
    List<Actor> codeNP(Tree np) {
      List<Actor> cached = npCodes.get(np);
      if (cached != null) return cached;
      List<Actor> out = computeNP(np);
      npCodes.put(np, out);
      return out;
    }

    private List<Actor> computeNP(Tree np) {
      if (!live(np)) return List.of();
      if (isCompound(np)) {
        List<Actor> all = new ArrayList<>();
        for (Tree c : np.children()) if (isNounPhrase(c)) all.addAll(codeNP(c));
        if (!all.isEmpty()) return List.copyOf(all);
      }
      // The noun phrase's own words, split where a conjunction or comma joins noun phrases (not adjectives).
      List<Integer> ownWords = new ArrayList<>();
      own(np, ownWords);
      List<List<Integer>> groups = new ArrayList<>();
      groups.add(new ArrayList<>());
      for (int i : ownWords) {
        Tree pre = parent.get(leaves.get(i));
        if ((tags.get(i).equals("CC") || words.get(i).equals(",")) && parent.get(pre) != null && isNounPhrase(parent.get(pre))) {
          groups.add(new ArrayList<>());
        } else {
          groups.get(groups.size() - 1).add(i);
        }
      }
      List<Actor> found = new ArrayList<>();
      List<List<Agent>> bare = new ArrayList<>();
      List<int[]> bareSpans = new ArrayList<>();
      String base = null;
      for (List<Integer> g : groups) {
        if (g.isEmpty()) continue;
        Named n = name(g, span.get(np)[1]);
        if (n.actor != null) {
          // Parts that name no actor share this one and its modifiers: "Danish Islamist media and government".
          if (base == null) base = join(Lexicon.code(n.actor, date), n.agents.subList(0, Math.max(0, n.agents.size() - 1)));
          for (String code : Lexicon.code(n.actor, date).split("/")) found.add(new Actor(join(code, n.agents), n.from, n.to));
        } else if (!n.agents.isEmpty()) {
          bare.add(n.agents);
          bareSpans.add(new int[] {n.from, n.to});
        }
      }
      if (!found.isEmpty() && bare.isEmpty()) return List.copyOf(found);
      if (!found.isEmpty()) {
        // "Danish media and government": the actor of one part serves the parts that name none.
        for (int k = 0; k < bare.size(); k++) found.add(new Actor(join(base, bare.get(k)), bareSpans.get(k)[0], bareSpans.get(k)[1]));
        return List.copyOf(found);
      }
      // No actor of its own: "Lawmakers in Fornost", "the ambassadors of Arnor": the actor of a phrase after it.
      for (Tree c : np.children()) {
        if (!label(c).equals("PP") || !live(c)) continue;
        Tree prep = c.firstChild();
        if (prep == null || !prep.isPreTerminal() || !AGENT_PREPS.contains(word(prep.firstChild()))) continue;
        for (Tree inner : c.children()) {
          if (!isNounPhrase(inner)) continue;
          List<Actor> in = codeNP(inner);
          if (in.isEmpty()) continue;
          if (bare.isEmpty()) return in;
          List<Actor> out = new ArrayList<>();
          for (List<Agent> ag : bare) for (Actor x : in) out.add(new Actor(join(x.code(), ag), x.from(), x.to()));
          return List.copyOf(out);
        }
      }
      if (!bare.isEmpty()) {
        // An agent with no actor at all is PETRARCH's anonymous "---GOV".
        List<Actor> out = new ArrayList<>();
        for (int k = 0; k < bare.size(); k++) out.add(new Actor(join("---", bare.get(k)), bareSpans.get(k)[0], bareSpans.get(k)[1]));
        return List.copyOf(out);
      }
      return List.of();
    }

    boolean isNounPhrase(Tree t) {
      String l = label(t);
      return l.equals("NP") || l.equals("NML") || l.equals("NX");
    }

    /** Two or more noun phrases joined by a conjunction: "Arnor, Osgiliath and Gondor". */
    boolean isCompound(Tree np) {
      int nps = 0;
      boolean cc = false;
      for (Tree c : np.children()) {
        if (isNounPhrase(c)) nps++;
        else if (label(c).equals("CC") || label(c).equals("CONJP")) cc = true;
        else if (!c.isPreTerminal() || Character.isLetter(label(c).charAt(0)) && !label(c).equals("DT")) return false;
      }
      return cc && nps >= 2;
    }

    /** The leaves of a noun phrase's own words, in order, skipping clauses and prepositional phrases inside it. */
    void own(Tree t, List<Integer> out) {
      if (t.isLeaf()) {
        int i = leafIndex.get(t);
        if (!deleted[i]) out.add(i);
        return;
      }
      if (t.isPreTerminal()) {
        own(t.firstChild(), out);
        return;
      }
      if (!OWN.contains(label(t))) return;
      for (Tree c : t.children()) own(c, out);
    }

    /** What a run of own words names: its first actor, and the agents around it in order. */
    private final class Named {
      Entry actor;
      final List<Agent> agents = new ArrayList<>();
      int from = Integer.MAX_VALUE;
      int to = -1;
    }

    /**
     * Names in a group of own words. An actor or agent phrase may run on past the own words into the rest of the
     * noun phrase ("the Prince of Dol Amroth" is one actor though "of Dol Amroth" is a prepositional phrase).
     */
    private Named name(List<Integer> g, int npEnd) {
      Named n = new Named();
      List<String> w = new ArrayList<>();
      for (int i : g) w.add(words.get(i));
      int k = 0;
      while (k < w.size()) {
        int at = g.get(k);
        List<String> rest = new ArrayList<>();
        for (int i = at; i < npEnd; i++) if (!deleted[i]) rest.add(words.get(i));
        Entry e = lex.actors.longestAt(rest, 0);
        if (e != null && Lexicon.code(e, date) != null) {
          int len = lex.actors.length(e);
          int end = at;
          for (int seen = 0; end < npEnd && seen < len; end++) if (!deleted[end]) seen++;
          if (n.actor == null) {
            n.actor = e;
            n.from = Math.min(n.from, at);
            n.to = Math.max(n.to, end);
          }
          while (k < w.size() && g.get(k) < end) k++;
          continue;
        }
        Agent a = lex.agents.longestAt(rest, 0);
        if (a != null) {
          int len = lex.agents.length(a);
          int end = at;
          for (int seen = 0; end < npEnd && seen < len; end++) if (!deleted[end]) seen++;
          n.agents.add(a);
          n.from = Math.min(n.from, at);
          n.to = Math.max(n.to, end);
          while (k < w.size() && g.get(k) < end) k++;
          continue;
        }
        k++;
      }
      return n;
    }

    private String join(String actor, List<Agent> agents) {
      StringBuilder pre = new StringBuilder();
      StringBuilder post = new StringBuilder();
      for (Agent a : agents) {
        if (actor.endsWith(a.code()) || actor.startsWith(a.code()) && a.before()) continue;
        (a.before() ? pre : post).append(a.code());
      }
      return pre + actor + post;
    }

    boolean isPronoun(Tree np) {
      List<Integer> own = new ArrayList<>();
      own(np, own);
      for (int i : own) if (tags.get(i).startsWith("PRP")) return true;
      return false;
    }

    // ---- verb phrases

    private void codeVerbPhrase(Tree vp, List<Coded> out) {
      Tree verb = null;
      for (Tree c : vp.children()) {
        if (label(c).equals("VP")) return; // an auxiliary: its verb phrase below is coded on its own
        if (verb == null && c.isPreTerminal() && label(c).startsWith("VB")) verb = c;
      }
      if (verb == null) return;
      int v = leafIndex.get(verb.firstChild());
      if (deleted[v]) return;
      String w = verb.firstChild().value();
      String lemma = morphology.lemma(w, verb.value());
      List<WordPattern> patterns = lex.patterns(lemma, w);
      if (patterns.isEmpty()) return;
      int[] vs = span.get(vp);
      List<Integer> upper = new ArrayList<>();
      for (int i = v + 1; i < vs[1]; i++) if (!deleted[i] && isWord(i)) upper.add(i);
      List<Integer> lower = new ArrayList<>();
      for (int i = v - 1; i >= 0; i--) if (!deleted[i] && isWord(i)) lower.add(i);
      WordPattern best = null;
      Match bestMatch = null;
      for (WordPattern p : patterns) {
        if (best != null && p.weight() <= best.weight()) continue;
        Match m = new Match();
        if (seq(p.lower(), 0, lower, 0, false, m, vs) && seq(p.upper(), 0, upper, 0, true, m, vs)) {
          best = p;
          bestMatch = m;
        }
      }
      if (best == null || best.code().equals("---")) return;
      Tree subject = subjectOf(vp);
      if (subject != null && bestMatch.targetNode == subject) {
        // "noted that Cirith Ungol regretted": the pattern made the subject the target; the source is the
        // subject of the clause above.
        subject = subjectOf(subject);
      }
      List<Actor> subj = subject == null ? List.of() : codeNP(subject);
      List<Actor> sources = bestMatch.source != null ? bestMatch.source : subj;
      List<Actor> targets = bestMatch.target;
      if (bestMatch.compound != null && bestMatch.compoundBefore) {
        // "% HAVE * [191]": the members of a compound subject act on one another (as most unit records expect).
        for (Actor a : bestMatch.compound) {
          for (Actor b : bestMatch.compound) if (!a.code().equals(b.code())) out.add(new Coded(a, b, best.code(), best.rule(), v));
        }
        return;
      }
      if (targets == null && bestMatch.compound != null) targets = bestMatch.compound;
      if (bestMatch.source == null && targets == null) {
        Tree by = passiveAgent(vp, verb);
        if (by != null && !codeNP(by).isEmpty()) {
          sources = codeNP(by);
          targets = subj;
        }
      }
      if (targets == null) targets = firstActorAfter(vp, v, subject);
      if (sources.isEmpty()) return;
      for (Actor s : sources) {
        if (targets.isEmpty()) {
          if (!opt.requireDyad()) out.add(new Coded(s, null, best.code(), best.rule(), v));
          continue;
        }
        for (Actor t : targets) {
          if (s.code().equals(t.code())) continue;
          out.add(new Coded(s, t, best.code(), best.rule(), v));
          if (best.back() != null) out.add(new Coded(t, s, best.back(), best.rule(), v));
        }
      }
    }

    /** The subject of the clause a verb phrase heads; a pronoun's, or a missing one's, from the clause above. */
    Tree subjectOf(Tree vp) {
      Tree cur = vp;
      while (true) {
        Tree p = parent.get(cur);
        if (p == null) return null;
        String l = label(p);
        // "efforts to stop an anti-Gondor parade": a clause that modifies a noun has no subject to inherit.
        if (isNounPhrase(p) && !label(cur).equals("VP")) return null;
        if (l.startsWith("S") || l.equals("NP")) {
          Tree np = null;
          for (Tree c : p.children()) {
            if (c == cur) break;
            if (isNounPhrase(c) && live(c)) np = l.equals("NP") && np != null ? np : c;
          }
          if (np != null && !(codeNP(np).isEmpty() && isPronoun(np))) return np;
        }
        cur = p;
      }
    }

    /** "was opposed by Osgiliath": the noun phrase after "by" of a passive verb, or null. */
    Tree passiveAgent(Tree vp, Tree verb) {
      if (!verb.value().equals("VBN")) return null;
      boolean be = false;
      for (Tree p = parent.get(vp); p != null && label(p).equals("VP"); p = parent.get(p)) {
        for (Tree c : p.children()) {
          if (c.isPreTerminal() && label(c).startsWith("VB") && BE.contains(morphology.lemma(c.firstChild().value(), c.value()).toLowerCase(Locale.ROOT))) {
            be = true;
          }
        }
      }
      return be ? byPhrase(vp) : null;
    }

    /** The noun phrase of a "by" phrase of the verb's own ("opposed earlier by Osgiliath"), not of a clause in it. */
    private Tree byPhrase(Tree t) {
      for (Tree c : t.children()) {
        String l = label(c);
        if (l.equals("PP") && live(c)) {
          Tree prep = c.firstChild();
          if (prep.isPreTerminal() && word(prep.firstChild()).equals("BY")) {
            for (Tree inner : c.children()) if (isNounPhrase(inner)) return inner;
          }
        } else if (l.equals("ADVP")) {
          Tree inner = byPhrase(c);
          if (inner != null) return inner;
        }
      }
      return null;
    }

    /** The first noun phrase after the verb, inside its phrase, that names an actor (PETRARCH's default target). */
    List<Actor> firstActorAfter(Tree vp, int v, Tree subject) {
      List<Actor> found = new ArrayList<>();
      first(vp, v, subject, found);
      return found;
    }

    private boolean first(Tree t, int v, Tree subject, List<Actor> found) {
      int[] sp = span.get(t);
      if (sp[1] <= v + 1) return false;
      if (isNounPhrase(t) && t != subject && sp[0] > v) {
        List<Actor> c = codeNP(t);
        if (!c.isEmpty()) {
          found.addAll(c);
          return true;
        }
      }
      for (Tree c : t.children()) if (first(c, v, subject, found)) return true;
      return false;
    }

    // ---- pattern matching

    /** What a pattern's {@code +}, {@code $} and {@code %} matched. */
    private static final class Match {
      List<Actor> source;
      List<Actor> target;
      Tree targetNode;
      List<Actor> compound;
      int steps;
      boolean compoundBefore;
    }

    /**
     * Matches elements from {@code ei} on against the words of {@code stream} (leaf indexes, nearest the verb first)
     * from position {@code pos}: an element may skip words unless "_" joins it to the one before.
     */
    private boolean seq(List<WordPattern.Element> els, int ei, List<Integer> stream, int pos, boolean forward, Match m, int[] vp) {
      if (ei == els.size()) return true;
      // Words may be skipped, so a long sentence could try very many ways: past the budget, no match.
      if (++m.steps > STEP_BUDGET) return false;
      WordPattern.Element e = els.get(ei);
      int last = e.adjacent() ? pos : stream.size() - 1;
      for (int s = pos; s <= last && s < stream.size(); s++) {
        List<Actor> saved = e.kind() == WordPattern.Kind.TARGET ? m.target : e.kind() == WordPattern.Kind.SOURCE ? m.source : m.compound;
        Tree savedNode = m.targetNode;
        int next = consume(e, stream, s, forward, m, vp);
        if (next >= 0 && seq(els, ei + 1, stream, next, forward, m, vp)) return true;
        switch (e.kind()) {
          case TARGET -> {
            m.target = saved;
            m.targetNode = savedNode;
          }
          case SOURCE -> m.source = saved;
          case COMPOUND -> m.compound = saved;
          default -> { }
        }
      }
      return false;
    }

    private int consume(WordPattern.Element e, List<Integer> stream, int s, boolean forward, Match m, int[] vp) {
      switch (e.kind()) {
        case WORD, SET -> {
          for (List<String> phrase : e.phrases()) {
            if (s + phrase.size() > stream.size()) continue;
            boolean ok = true;
            for (int k = 0; k < phrase.size() && ok; k++) {
              String want = forward ? phrase.get(k) : phrase.get(phrase.size() - 1 - k);
              ok = words.get(stream.get(s + k)).equals(want);
            }
            if (ok) return s + phrase.size();
          }
          return -1;
        }
        case SKIP -> {
          // "^": any one noun phrase, the smallest that starts (or, before the verb, ends) here; else one word.
          Tree np = smallestAt(stream.get(s), forward, vp);
          return np == null ? s + 1 : after(np, stream, s, forward);
        }
        default -> {
          Tree np = phraseAt(stream.get(s), forward, vp);
          if (np == null) return -1;
          List<Actor> codes = codeNP(np);
          // "%" asks for a compound: one actor is no match.
          if (e.kind() == WordPattern.Kind.COMPOUND && codes.size() < 2) return -1;
          switch (e.kind()) {
            case TARGET -> {
              m.target = codes;
              m.targetNode = np;
            }
            case SOURCE -> m.source = codes;
            default -> {
              m.compound = codes;
              m.compoundBefore = !forward;
            }
          }
          return after(np, stream, s, forward);
        }
      }
    }

    /** The stream position just past a noun phrase that starts at position {@code s}. */
    private int after(Tree np, List<Integer> stream, int s, boolean forward) {
      int[] sp = span.get(np);
      int k = s;
      while (k < stream.size() && (forward ? stream.get(k) < sp[1] : stream.get(k) >= sp[0])) k++;
      return k;
    }

    private Tree smallestAt(int leaf, boolean forward, int[] vp) {
      for (Tree t = parent.get(leaves.get(leaf)); t != null; t = parent.get(t)) {
        int[] sp = span.get(t);
        if (forward ? sp[0] != leaf || sp[1] > vp[1] : sp[1] != leaf + 1) return null;
        if (isNounPhrase(t)) return t;
      }
      return null;
    }

    /** The largest noun phrase naming an actor that begins (after the verb) or ends (before it) at a leaf. */
    private Tree phraseAt(int leaf, boolean forward, int[] vp) {
      Tree best = null;
      for (Tree t = parent.get(leaves.get(leaf)); t != null; t = parent.get(t)) {
        int[] sp = span.get(t);
        if (forward ? sp[0] != leaf || sp[1] > vp[1] : sp[1] != leaf + 1) break;
        if (isNounPhrase(t) && !codeNP(t).isEmpty()) best = t;
      }
      return best;
    }
  }
}
