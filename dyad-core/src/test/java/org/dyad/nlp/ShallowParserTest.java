package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fast mode's arcs on hand-tagged sentences: the relations the events stage reads. */
class ShallowParserTest {
  private static Sentence sentence(String... tokens) {
    return HandTagged.sentence(tokens);
  }

  /** The dependent of {@code head} by exactly {@code rel}, or -1. */
  private static int dep(DepGraph g, int head, String rel) {
    return g.children(head).stream().filter(a -> a.rel().equals(rel)).mapToInt(DepGraph.Arc::dep).findFirst().orElse(-1);
  }

  @Test
  void activeClauseGetsSubjectObjectAndPrepositionalPhrases() {
    Sentence s = sentence("Syrian/JJ/syrian", "warplanes/NNS/warplane", "bombed/VBD/bomb", "the/DT/the", "rebel/NN/rebel",
        "town/NN/town", "in/IN/in", "Idlib/NNP/Idlib", "on/IN/on", "Tuesday/NNP/Tuesday", "./././");
    DepGraph g = ShallowParser.parse(s);
    assertEquals(1, dep(g, 2, "nsubj"));
    assertEquals(5, dep(g, 2, "obj"));
    assertEquals(7, dep(g, 2, "obl:in"));
    assertEquals(9, dep(g, 2, "obl:on"));
    assertEquals(4, dep(g, 5, "compound"));
  }

  @Test
  void passiveTakesTheByPhraseAsAgent() {
    Sentence s = sentence("Protesters/NNS/protester", "were/VBD/be", "not/RB/not", "attacked/VBN/attack", "by/IN/by",
        "police/NNS/police", "./././");
    DepGraph g = ShallowParser.parse(s);
    assertEquals(0, dep(g, 3, "nsubj:pass"));
    assertEquals(5, dep(g, 3, "obl:agent"));
    assertEquals(1, dep(g, 3, "aux:pass"));
    assertEquals(2, dep(g, 3, "advmod"));
    assertEquals(-1, dep(g, 3, "obj"));
  }

  @Test
  void infinitiveIsXcompControlledByObjectElseSubject() {
    Sentence vowed = sentence("Iran/NNP/Iran", "vowed/VBD/vow", "to/TO/to", "retaliate/VB/retaliate", "./././");
    DepGraph g = ShallowParser.parse(vowed);
    assertEquals(3, dep(g, 1, "xcomp"));
    assertEquals(0, dep(g, 3, "nsubj:xsubj"));

    Sentence urged = sentence("The/DT/the", "UN/NNP/UN", "urged/VBD/urge", "Israel/NNP/Israel", "to/TO/to", "halt/VB/halt",
        "strikes/NNS/strike");
    DepGraph u = ShallowParser.parse(urged);
    assertEquals(5, dep(u, 2, "xcomp"));
    assertEquals(3, dep(u, 5, "nsubj:xsubj"));
    assertEquals(6, dep(u, 5, "obj"));
  }

  @Test
  void subjectSkipsAnOfPhraseAndNoArcCrossesAClauseBreak() {
    Sentence s = sentence("The/DT/the", "head/NN/head", "of/IN/of", "the/DT/the", "army/NN/army", "met/VBD/meet",
        "rebels/NNS/rebel", ";/:/;", "talks/NNS/talk", "ended/VBD/end");
    DepGraph g = ShallowParser.parse(s);
    assertEquals(1, dep(g, 5, "nsubj"));
    assertEquals(4, dep(g, 1, "nmod:of"));
    assertEquals(8, dep(g, 9, "nsubj"));
    assertTrue(g.children(9).stream().noneMatch(a -> a.dep() == 6));
  }
}
