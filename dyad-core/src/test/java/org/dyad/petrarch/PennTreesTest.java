package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.trees.Tree;
import org.junit.jupiter.api.Test;

/** Reading PETRARCH's {@code <Parse>} trees and finding their words in the text. */
class PennTreesTest {
  @Test
  void readsAMultiLineTreeAsPetrarchRecordsWriteIt() {
    Tree t = PennTrees.read("\n(ROOT (S  \n  (NP (NNP Arnor)\n  )  \n  (VP (VBD met) (NP (NNP Gondor))) (. .)\n) )\n");
    assertEquals("[Arnor, met, Gondor, .]", t.yieldWords().toString());
    assertEquals("NP", t.firstChild().firstChild().value());
  }

  @Test
  void anUnbalancedTreeIsRefused() {
    // CoreNLP's own reader would close the brackets itself; PETRARCH refuses such a record (its ERROR-02).
    assertNull(PennTrees.read("(ROOT (S (NP (NNP Arnor)) (VBD met) (NP (NNP Gondor)))) (. .)))"));
    assertNull(PennTrees.read("(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)))"));
    assertNull(PennTrees.read("not a tree"));
  }

  @Test
  void leavesAreFoundInTheTextThroughTreebankEscapes() {
    String text = "Gondor (the kingdom) didn't meet \"Arnor\".";
    Tree t = PennTrees.read("(ROOT (S (NP (NNP Gondor) (PRN (-LRB- -LRB-) (NP (DT the) (NN kingdom)) (-RRB- -RRB-)))"
        + " (VP (VBD did) (RB n't) (VP (VB meet) (`` ``) (NP (NNP Arnor)) ('' ''))) (. .)))");
    int[][] at = PennTrees.offsets(t.getLeaves(), text);
    assertArrayEquals(new int[] {7, 8}, at[1], "(");
    assertArrayEquals(new int[] {19, 20}, at[4], ")");
    assertEquals("n't", text.substring(at[6][0], at[6][1]));
    assertEquals("Arnor", text.substring(at[9][0], at[9][1]));
    assertEquals(".", text.substring(at[11][0], at[11][1]));
  }
}
