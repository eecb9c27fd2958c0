package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fast mode's parser: dependency arcs guessed from POS tags, no model. Noun phrases are chunked (their last
 * noun is the head); each main verb takes the nearest phrase before it as subject (passive subject after a form
 * of "be" + participle), the phrase right after it as object, a phrase after a preposition as {@code obl:PREP}
 * ({@code obl:agent} for a passive "by"), auxiliaries and "not" as {@code aux} and {@code advmod}, and "to" +
 * verb as {@code xcomp}, with the controlling subject copied (as enhanced++ does). "of" phrases hang from the noun
 * before them. It reads the sentence the way TABARI's shallow patterns did: a stated loss of accuracy (dyad eval
 * --fast), for parsing at no cost.
 */
public final class ShallowParser {
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am");
  private static final Set<String> CLAUSE_BREAK = Set.of(";", ":", "--", "-LRB-", "-RRB-", "``", "''", "\"");

  private ShallowParser() {}

  public static DepGraph parse(Sentence s) {
    int n = s.size();
    List<DepGraph.Arc> arcs = new ArrayList<>();
    int[] phraseHead = new int[n]; // for each token inside a noun phrase, its head; -1 elsewhere
    java.util.Arrays.fill(phraseHead, -1);
    List<int[]> phrases = new ArrayList<>(); // [start, end, head]
    for (int i = 0; i < n; ) {
      if (!nominal(s.token(i)) && !modifier(s.token(i))) {
        i++;
        continue;
      }
      int j = i;
      int head = -1;
      while (j < n && (nominal(s.token(j)) || modifier(s.token(j)))) {
        if (nominal(s.token(j))) head = j;
        j++;
      }
      if (head >= 0) {
        for (int k = i; k < j; k++) {
          phraseHead[k] = head;
          if (k == head) continue;
          Token t = s.token(k);
          String rel = t.pos().startsWith("JJ") ? "amod" : t.pos().equals("DT") || t.pos().equals("PDT") ? "det"
              : t.pos().equals("POS") ? "case" : t.pos().equals("PRP$") ? "nmod:poss" : "compound";
          if (k < head) arcs.add(new DepGraph.Arc(head, k, rel));
        }
        phrases.add(new int[] {i, j, head});
      }
      i = j;
    }
    // "of" phrases hang from the noun before them.
    for (int i = 1; i + 1 < n; i++) {
      if (s.token(i).lower().equals("of") && phraseHead[i - 1] >= 0 && phraseHead[i + 1] >= 0) {
        int dep = phraseHead[i + 1];
        arcs.add(new DepGraph.Arc(phraseHead[i - 1], dep, "nmod:of"));
        arcs.add(new DepGraph.Arc(dep, i, "case"));
      }
    }
    List<Integer> verbs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Token t = s.token(i);
      if (!t.pos().startsWith("VB")) continue;
      // The main verb of a group is its last verb: "has been attacked", "will not meet".
      int next = i + 1;
      while (next < n && (s.token(next).pos().equals("RB") || s.token(next).pos().equals("MD"))) next++;
      if (next < n && s.token(next).pos().startsWith("VB") && auxiliary(t)) continue;
      verbs.add(i);
    }
    for (int v : verbs) {
      int groupStart = v;
      boolean passive = false;
      while (groupStart > 0) {
        Token t = s.token(groupStart - 1);
        if (t.pos().equals("MD") || (t.pos().startsWith("VB") && auxiliary(t))) {
          boolean beAux = BE.contains(t.lower()) || t.lemma().equals("be") || t.lemma().equals("get");
          if (beAux && s.token(v).pos().equals("VBN")) passive = true;
          arcs.add(new DepGraph.Arc(v, groupStart - 1, passive && beAux ? "aux:pass" : "aux"));
        } else if (t.lower().equals("not") || t.lower().equals("n't") || t.lower().equals("never")) {
          arcs.add(new DepGraph.Arc(v, groupStart - 1, "advmod"));
        } else if (!t.pos().equals("RB")) {
          break;
        }
        groupStart--;
      }
      boolean infinitive = groupStart > 0 && s.token(groupStart - 1).lower().equals("to");
      int subject = infinitive ? -1 : phraseBefore(s, phraseHead, groupStart);
      if (subject >= 0) arcs.add(new DepGraph.Arc(v, subject, passive ? "nsubj:pass" : "nsubj"));
      // After the verb: an object, then prepositional phrases, until the next verb or clause break.
      int k = v + 1;
      boolean objectTaken = false;
      while (k < n && !breaks(s.token(k))) {
        Token t = s.token(k);
        if (t.pos().startsWith("VB") || t.pos().equals("MD")) break;
        if (phraseHead[k] >= 0) {
          int head = phraseHead[k];
          if (!objectTaken && !passive) arcs.add(new DepGraph.Arc(v, head, "obj"));
          objectTaken = true;
          k = endOf(phraseHead, head) + 1;
          continue;
        }
        if ((t.pos().equals("IN") || t.pos().equals("TO")) && k + 1 < n) {
          int j = k + 1;
          while (j < n && phraseHead[j] < 0 && (s.token(j).pos().equals("RB") || s.token(j).pos().equals("IN"))) j++;
          if (j < n && phraseHead[j] >= 0 && !t.lower().equals("of")) {
            int head = phraseHead[j];
            String prep = t.lower().equals("by") && passive ? "agent" : t.lower();
            arcs.add(new DepGraph.Arc(v, head, "obl:" + prep));
            arcs.add(new DepGraph.Arc(head, k, "case"));
            objectTaken = true;
            k = endOf(phraseHead, head) + 1;
            continue;
          }
          if (t.lower().equals("to") && j < n && s.token(j).pos().startsWith("VB")) break; // xcomp below
        }
        k++;
      }
    }
    // "vowed to retaliate", "urged X to stop": the infinitive is the verb's xcomp, its subject the object (if
    // any) else the subject of the governing verb.
    for (int i = 0; i + 1 < n; i++) {
      if (!s.token(i).lower().equals("to") || !verbs.contains(i + 1)) continue;
      int gov = -1;
      for (int k = i - 1; k >= 0 && gov < 0; k--) {
        if (breaks(s.token(k))) break;
        if (verbs.contains(k)) gov = k;
      }
      if (gov < 0) continue;
      arcs.add(new DepGraph.Arc(gov, i + 1, "xcomp"));
      arcs.add(new DepGraph.Arc(i + 1, i, "mark"));
      int controller = -1;
      for (DepGraph.Arc a : arcs) {
        if (a.head() == gov && a.rel().equals("obj")) controller = a.dep();
      }
      if (controller < 0) {
        for (DepGraph.Arc a : arcs) {
          if (a.head() == gov && a.rel().startsWith("nsubj")) controller = a.dep();
        }
      }
      if (controller >= 0) arcs.add(new DepGraph.Arc(i + 1, controller, "nsubj:xsubj"));
    }
    return new DepGraph(n, arcs);
  }

  private static int phraseBefore(Sentence s, int[] phraseHead, int from) {
    for (int k = from - 1; k >= 0; k--) {
      Token t = s.token(k);
      if (breaks(t) || t.pos().startsWith("VB") || t.pos().equals("MD")) return -1;
      if (phraseHead[k] >= 0) {
        // Skip back over "of" and other prepositional phrases attached to the subject: "the head of the army said".
        int head = phraseHead[k];
        int start = startOf(phraseHead, head);
        if (start >= 2 && s.token(start - 1).pos().equals("IN") && phraseHead[start - 2] >= 0) {
          k = start - 1;
          continue;
        }
        return head;
      }
      if (t.pos().equals(",") && k > 0 && phraseHead[k - 1] >= 0) {
        // "Putin, the Russian leader, said": skip the apposition, take the first phrase.
        continue;
      }
    }
    return -1;
  }

  private static int startOf(int[] phraseHead, int head) {
    int k = head;
    while (k > 0 && phraseHead[k - 1] == head) k--;
    return k;
  }

  private static int endOf(int[] phraseHead, int head) {
    int k = head;
    while (k + 1 < phraseHead.length && phraseHead[k + 1] == head) k++;
    return k;
  }

  private static boolean nominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
  }

  private static boolean modifier(Token t) {
    String p = t.pos();
    return p.startsWith("JJ") || p.equals("DT") || p.equals("PDT") || p.equals("PRP$") || p.equals("POS") || p.equals("HYPH");
  }

  private static boolean auxiliary(Token t) {
    String l = t.lemma().toLowerCase(Locale.ROOT);
    return l.equals("be") || l.equals("have") || l.equals("do") || l.equals("get") || t.pos().equals("MD");
  }

  private static boolean breaks(Token t) {
    return CLAUSE_BREAK.contains(t.word()) || t.lower().equals("that") || t.lower().equals("which") || t.lower().equals("who");
  }
}
