package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CoreNLP's fine-grained labels from its own gazetteers, by FineNer's rules, on hand-tagged tokens. */
class FineNerTest {
  /** Tokens as "word/POS/NER". */
  private static List<CoreLabel> tokens(String... specs) {
    List<CoreLabel> out = new ArrayList<>();
    for (String spec : specs) {
      String[] p = spec.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(p[0]);
      l.setValue(p[0]);
      l.setTag(p[1]);
      l.setNER(p[2]);
      out.add(l);
    }
    return out;
  }

  private static List<String> labels(List<CoreLabel> ts) {
    return ts.stream().map(CoreLabel::ner).toList();
  }

  @Test
  void refinesLocationsAndTitlesAsCoreNlpsFineGrainedPassDoes() {
    List<CoreLabel> ts = tokens("Defense/NNP/O", "Secretary/NNP/O", "Caspar/NNP/PERSON", "Weinberger/NNP/PERSON", "visited/VBD/O",
        "Paris/NNP/LOCATION", "and/CC/O", "New/NNP/LOCATION", "York/NNP/LOCATION", ",/,/O");
    FineNer.shared().label(ts);
    assertEquals(List.of("TITLE", "TITLE", "PERSON", "PERSON", "O", "CITY", "O", "STATE_OR_PROVINCE", "STATE_OR_PROVINCE", "O"),
        labels(ts));
  }

  @Test
  void cityEntriesDoNotRelabelUntaggedWordsAndMatchesDoNotCutEntities() {
    // "Paris" untagged stays O: CITY entries overwrite only the labels their line lists (CoreNLP's noDefaultOverwrite).
    List<CoreLabel> untagged = tokens("Paris/NNP/O", "said/VBD/O");
    FineNer.shared().label(untagged);
    assertEquals(List.of("O", "O"), labels(untagged));
    // "Paris" inside the organisation "Paris Club" is not a city of its own.
    List<CoreLabel> org = tokens("the/DT/O", "Paris/NNP/ORGANIZATION", "Club/NNP/ORGANIZATION", "met/VBD/O");
    FineNer.shared().label(org);
    assertEquals(List.of("O", "ORGANIZATION", "ORGANIZATION", "O"), labels(org));
  }

  @Test
  void needsANounOrAdjective() {
    List<CoreLabel> verb = tokens("they/PRP/O", "president/VB/O");
    FineNer.shared().label(verb);
    assertEquals(List.of("O", "O"), labels(verb));
    List<CoreLabel> noun = tokens("the/DT/O", "president/NN/O");
    FineNer.shared().label(noun);
    assertEquals(List.of("O", "TITLE"), labels(noun));
  }
}
