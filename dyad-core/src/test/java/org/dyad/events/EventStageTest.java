package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.Origin;
import org.dyad.codebook.Codebook;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.HandTagged;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The events stage on hand-built sentences and parses: no CoreNLP, only the stage's own logic and dictionaries. */
class EventStageTest {
  private static final Codebook CODEBOOK = Codebook.builtIn();
  private static final EventStage STAGE = new EventStage(VerbDictionary.load(null, CODEBOOK), Complements.load(null, CODEBOOK));

  private static Sentence sentence(String... tokens) {
    return HandTagged.sentence(tokens);
  }

  private static Mention actor(Sentence s, int token, String code) {
    Token t = s.token(token);
    return new Mention(0, token, token + 1, token, t.begin(), t.end(), t.word(), code, Origin.DICTIONARY, false);
  }

  private static DepGraph.Arc arc(int head, int dep, String rel) {
    return new DepGraph.Arc(head, dep, rel);
  }

  private static List<String> triples(List<Event> es) {
    return es.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "---" : e.target().code()) + ":" + e.code()).toList();
  }

  @Test
  void attackIsCodedAndItsNegationIsNot() {
    Sentence s = sentence("Russia/NNP/Russia", "attacked/VBD/attack", "Ukraine/NNP/Ukraine");
    List<Mention> ms = List.of(actor(s, 0, "RUS"), actor(s, 2, "UKR"));
    DepGraph g = new DepGraph(3, List.of(arc(1, 0, "nsubj"), arc(1, 2, "obj")));
    assertEquals(List.of("RUS>UKR:190"), triples(STAGE.codeSentence("d", s, g, ms)));

    Sentence n = sentence("Russia/NNP/Russia", "did/VBD/do", "not/RB/not", "attack/VB/attack", "Ukraine/NNP/Ukraine");
    List<Mention> nm = List.of(actor(n, 0, "RUS"), actor(n, 4, "UKR"));
    DepGraph ng = new DepGraph(5, List.of(arc(3, 0, "nsubj"), arc(3, 1, "aux"), arc(3, 2, "advmod"), arc(3, 4, "obj")));
    // The negated attack is kept, marked, for --factuality all; the coder reports asserted events only by default.
    List<Event> negated = STAGE.codeSentence("d", n, ng, nm);
    assertEquals(List.of("RUS>UKR:190"), triples(negated));
    assertEquals(Factuality.NEGATED, negated.get(0).factuality());
  }

  @Test
  void compoundSubjectWithoutTargetIsReciprocal() {
    Sentence s = sentence("Jordan/NNP/Jordan", "and/CC/and", "Britain/NNP/Britain", "met/VBD/meet");
    List<Mention> ms = List.of(actor(s, 0, "JOR"), actor(s, 2, "GBR"));
    DepGraph g = new DepGraph(4, List.of(arc(3, 0, "nsubj"), arc(3, 2, "nsubj"), arc(0, 2, "conj"), arc(2, 1, "cc")));
    List<String> got = triples(STAGE.codeSentence("d", s, g, ms));
    assertTrue(got.contains("JOR>GBR:040") && got.contains("GBR>JOR:040"), got.toString());
  }

  @Test
  void passiveTakesTheByAgentAsSource() {
    Sentence s = sentence("Kabul/NNP/Kabul", "was/VBD/be", "attacked/VBN/attack", "by/IN/by", "insurgents/NNS/insurgent");
    List<Mention> ms = List.of(actor(s, 0, "AFGGOV"), actor(s, 4, "AFGINS"));
    DepGraph g = new DepGraph(5, List.of(arc(2, 0, "nsubj:pass"), arc(2, 1, "aux:pass"), arc(2, 4, "obl:agent"), arc(4, 3, "case")));
    assertEquals(List.of("AFGINS>AFGGOV:190"), triples(STAGE.codeSentence("d", s, g, ms)));
  }

  @Test
  void readinessToSendTroopsIsAThreat() {
    Sentence s = sentence("Turkey/NNP/Turkey", "is/VBZ/be", "ready/JJ/ready", "to/TO/to", "send/VB/send", "troops/NNS/troops",
        "to/TO/to", "Syria/NNP/Syria");
    List<Mention> ms = List.of(actor(s, 0, "TUR"), actor(s, 7, "SYR"));
    DepGraph g = new DepGraph(8, List.of(arc(2, 0, "nsubj"), arc(2, 1, "cop"), arc(2, 4, "xcomp"), arc(4, 0, "nsubj:xsubj"),
        arc(4, 3, "mark"), arc(4, 5, "obj"), arc(4, 7, "obl:to"), arc(7, 6, "case")));
    List<Event> es = STAGE.codeSentence("d", s, g, ms);
    assertEquals(List.of("TUR>SYR:138"), triples(es));
    assertTrue(es.get(0).rule().endsWith("+intent:ready"), es.get(0).rule());
  }

  @Test
  void whatMustBeDoneIsADemandOfTheSpeaker() {
    Sentence s = sentence("Russia/NNP/Russia", "said/VBD/say", "Sudan/NNP/Sudan", "must/MD/must", "release/VB/release",
        "the/DT/the", "prisoners/NNS/prisoner");
    List<Mention> ms = List.of(actor(s, 0, "RUS"), actor(s, 2, "SDN"));
    DepGraph g = new DepGraph(7, List.of(arc(1, 0, "nsubj"), arc(1, 4, "ccomp"), arc(4, 2, "nsubj"), arc(4, 3, "aux"),
        arc(4, 6, "obj"), arc(6, 5, "det")));
    assertEquals(List.of("RUS>SDN:1053"), triples(STAGE.codeSentence("d", s, g, ms)), "a demand to release persons");
  }
  @Test
  @Tag("issue-3")
  void issue3_alternativePrepositionsBeforeTargetNameTheOblique() {
    // "fire shell|mortar|artillery at|on|into|towards TARGET": the target is the oblique, not the object.
    Sentence s = sentence("Israel/NNP/Israel", "fired/VBD/fire", "shells/NNS/shell", "into/IN/into", "Lebanon/NNP/Lebanon");
    List<Mention> ms = List.of(actor(s, 0, "ISR"), actor(s, 4, "LBN"));
    DepGraph g = new DepGraph(5, List.of(arc(1, 0, "nsubj"), arc(1, 2, "obj"), arc(1, 4, "obl:into"), arc(4, 3, "case")));
    assertEquals(List.of("ISR>LBN:194"), triples(STAGE.codeSentence("d", s, g, ms)));
  }

  @Test
  @Tag("issue-3")
  void issue3_conditionIsNoEventAndAimsTheThreat() {
    // "Russia will halt talks unless Ukraine withdraws": the withdrawal has not happened; the threat is aimed at Ukraine.
    Sentence s = sentence("Russia/NNP/Russia", "will/MD/will", "halt/VB/halt", "talks/NNS/talk", "unless/IN/unless",
        "Ukraine/NNP/Ukraine", "withdraws/VBZ/withdraw");
    List<Mention> ms = List.of(actor(s, 0, "RUS"), actor(s, 5, "UKR"));
    DepGraph g = new DepGraph(7, List.of(arc(2, 0, "nsubj"), arc(2, 1, "aux"), arc(2, 3, "obj"), arc(2, 6, "advcl:unless"),
        arc(6, 4, "mark"), arc(6, 5, "nsubj")));
    assertEquals(List.of("RUS>UKR:134"), triples(STAGE.codeSentence("d", s, g, ms)));
  }
}
