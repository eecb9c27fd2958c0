package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.codebook.Codebook;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

/** The actor matcher on hand-tagged tokens ("word/POS/NER"): composition rules without CoreNLP. */
class ActorMatcherTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn(Codebook.builtIn()));
  private static final LocalDate DAY = LocalDate.of(2019, 8, 28);

  private static List<String> codes(LocalDate date, String... tokens) {
    List<Token> ts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int pos = 0;
    for (int i = 0; i < tokens.length; i++) {
      String[] p = tokens[i].split("/");
      ts.add(new Token(i, p[0], p[0], p[1], p.length > 2 ? p[2] : "O", pos, pos + p[0].length()));
      text.append(p[0]).append(' ');
      pos += p[0].length() + 1;
    }
    Sentence s = new Sentence(0, 0, pos - 1, text.toString().strip(), ts);
    List<String> out = new ArrayList<>();
    for (Mention m : MATCHER.match(s, date)) out.add(m.code() + "=" + m.text());
    return out;
  }

  @Test
  void titleNationalityAndNameMakeOneDatedActor() {
    assertEquals(List.of("RUSGOV=Russian President Vladimir Putin"),
        codes(DAY, "Russian/JJ/NATIONALITY", "President/NNP/TITLE", "Vladimir/NNP/PERSON", "Putin/NNP/PERSON", "met/VBD"));
  }

  @Test
  void leaderOutOfOfficeIsAnElite() {
    assertEquals(List.of("USAELI=Barack Obama"), codes(DAY, "Barack/NNP/PERSON", "Obama/NNP/PERSON", "spoke/VBD"));
  }

  @Test
  void nationalityAndRoleWordCompose() {
    assertEquals(List.of("TURMIL=Turkish Defence Ministry"), codes(DAY, "Turkish/JJ/NATIONALITY", "Defence/NNP", "Ministry/NNP", "said/VBD"));
    assertEquals(List.of("TURGOV=president of Turkey"), codes(DAY, "the/DT", "president/NN/TITLE", "of/IN", "Turkey/NNP/COUNTRY"));
  }

  @Test
  void twoNationalitiesShareOneRoleWord() {
    assertEquals(List.of("HUNGOV=Hungarian and Romanian officials", "ROUGOV=Romanian officials"),
        codes(DAY, "Hungarian/JJ", "and/CC", "Romanian/JJ", "officials/NNS", "agreed/VBD"));
  }

  @Test
  void heldPlaceBelongsToTheHolder() {
    assertEquals(List.of("SYRREB=rebel - held province of Idlib"),
        codes(DAY, "the/DT", "rebel/NN", "-/HYPH", "held/VBN", "province/NN", "of/IN", "Idlib/NNP/CITY"));
  }

  @Test
  void sponsorIsNotTheActor() {
    assertEquals(List.of("SYRMIL=Syrian Kurdish forces"),
        codes(DAY, "US/NNP/COUNTRY", "-/HYPH", "backed/VBN", "Syrian/JJ/NATIONALITY", "Kurdish/JJ", "forces/NNS"));
  }

  @Test
  void capitalStandsForTheGovernmentAndBareAdjectiveForItsNoun() {
    assertEquals(List.of("TURGOV=Ankara"), codes(DAY, "Ankara/NNP/CITY", "said/VBD"));
    assertEquals(List.of("IND=Indian"), codes(DAY, "an/DT", "Indian/JJ/NATIONALITY", "proposal/NN"));
    assertEquals(List.of("---CVL=Albanian villagers"), codes(DAY, "ethnic/JJ", "Albanian/JJ/NATIONALITY", "villagers/NNS"));
  }

  @Test
  void shortAbbreviationsMatchOnlyAsWritten() {
    assertEquals(List.of(), codes(DAY, "let/VB", "us/PRP", "go/VB"));
    assertEquals(List.of("USA=US"), codes(DAY, "the/DT", "US/NNP/COUNTRY", "said/VBD"));
  }
}
