package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.NeedsShared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tree coder on hand-written Penn Treebank trees with the PETRARCH validation suite's own dictionaries: who is
 * source and target, how agents and compounds combine, patterns in word order, options.
 */
@ExtendWith(NeedsShared.class)
class TreeCoderTest {
  private static final LocalDate DAY = LocalDate.of(1995, 1, 2);
  private static TreeCoder coder;

  @BeforeAll
  static void load() {
    Path dir = org.dyad.SharedCoder.shared().resolve("eval/events/petrarch-unit");
    coder = new TreeCoder(PetrarchDictionaries.load(dir).lexicon());
  }

  private static List<String> code(String tree, LocalDate date, TreeCoder.Options options) {
    return coder.code(PennTrees.read(tree), date, options).stream()
        .map(c -> c.source().code() + " " + (c.target() == null ? "---" : c.target().code()) + " " + c.code()).toList();
  }

  private static List<String> code(String tree) {
    return code(tree, DAY, TreeCoder.Options.DEFAULT);
  }

  @Test
  void anAgentTakesTheActorOfItsPrepositionalPhraseAndTheTargetIsTheFirstActorAfterTheVerb() {
    String t = "(ROOT (S (NP (NP (NNS Lawmakers)) (PP (IN in) (NP (NNP Fornost)))) (VP (VBD welcomed) (NP (NP (DT a) (NN resumption))"
        + " (PP (IN of) (NP (NP (JJ formal) (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Eriador))))))) (. .)))";
    assertEquals(List.of("FORLEG ERI 041"), code(t));
    TreeCoder.Coded c = coder.code(PennTrees.read(t), DAY, TreeCoder.Options.DEFAULT).get(0);
    assertTrue(c.rule().startsWith("PETR.Validate.verbs.txt:"), c.rule());
    assertEquals(3, c.verb(), "the verb's leaf");
  }

  @Test
  void anAgentMarkedBeforePrecedesItsActorsCode() {
    // "MSF {} [NGO~]": NGO goes before the actor's code; "official [~GOV]" after it.
    assertEquals(List.of("NGOARNGOV GON 122"),
        code("(ROOT (S (NP (NNP MSF) (NNP Arnor) (NNS officials)) (VP (VBD condemned) (NP (NNP Gondor))) (. .)))"));
  }

  @Test
  void aCompoundSubjectCodesOneEventPerMember() {
    assertEquals(List.of("ARN ITH 122", "OSG ITH 122", "GON ITH 122"), code("(ROOT (S (NP (NP (NNP Arnor)) (, ,) (NP (NNP Osgiliath))"
        + " (CC and) (NP (NNP Gondor))) (VP (VBD condemned) (NP (NNP Ithilen))) (. .)))"));
  }

  @Test
  void thePassiveByPhraseIsTheSource() {
    assertEquals(List.of("OSG ERI 122"), code("(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN condemned) (PP (IN by)"
        + " (NP (NNP Osgiliath))))) (. .)))"));
  }

  @Test
  void patternsMatchWordsInOrderAndAPairedCodeCodesBothWays() {
    // RENEW [---] codes nothing by itself; "- * DIPLOMATIC [064:064]" codes both sides.
    assertEquals(List.of(), code("(ROOT (S (NP (NNP Arnor)) (VP (VBD renewed) (NP (NNP Gondor))) (. .)))"));
    assertEquals(List.of("ARN GON 064", "GON ARN 064"), code("(ROOT (S (NP (NNP Arnor)) (VP (VBD renewed) (NP (JJ diplomatic)"
        + " (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"));
  }

  @Test
  void aPronounSubjectTakesTheSourceOfTheClauseAbove() {
    // "announce" has no pattern, so the clause below it is coded with the subject "it" stands for.
    assertEquals(List.of("ETH LBY 122"), code("(ROOT (S (NP (NNP Ethiopia)) (VP (VBD announced) (SBAR (IN that) (S (NP (PRP it))"
        + " (VP (VBD condemned) (NP (NNP Libya)))))) (. .)))"));
    assertEquals(List.of(), code("(ROOT (S (NP (PRP It)) (VP (VBD condemned) (NP (NNP Libya))) (. .)))"), "no antecedent, no source");
  }

  @Test
  void datedActorCodesFollowTheSentenceDate() {
    String t = "(ROOT (S (NP (NNP Gollum)) (VP (VBD condemned) (NP (NNP Gondor))) (. .)))";
    assertEquals(List.of("HOB GON 122"), code(t, LocalDate.of(1992, 1, 2), TreeCoder.Options.DEFAULT));
    assertEquals(List.of("HOBGOV GON 122"), code(t, LocalDate.of(1996, 1, 2), TreeCoder.Options.DEFAULT));
  }

  @Test
  void aShortClosingCommaClauseIsDroppedUnlessTheOptionsSayOtherwise() {
    String t = "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD condemned) (NP (NNP Gondor)))) (, ,) (NP (DT a) (JJ senior) (NN official))"
        + " (VP (VBD said) (PP (IN on) (NP (NNP Saturday)))) (. .)))";
    assertEquals(List.of("ARN GON 122"), code(t));
    TreeCoder.Options keep = TreeCoder.Options.DEFAULT.with(Map.of("require_dyad", "False", "comma_emax", "0"));
    assertEquals(List.of("ARN GON 122", "---GOV --- 023"), code(t, DAY, keep));
  }
}
