package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarAmountsTest {
  /** Tokens are space-separated; the expected labels are one per token, O where no label is given. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The army shelled the town on Wednesday|O O O O O O DATE",
      "Talks resumed in May 1987 after a pause|O O O DATE DATE O O O",
      "Officials may meet in May|O O O O DATE",
      "May the talks succeed|O O O O",
      "Prices rose 5 percent last week|O O PERCENT PERCENT DATE DATE",
      "The bank lent $ 40 million|O O O MONEY MONEY MONEY",
      "It paid 300 dollars in 1990|O O MONEY MONEY O DATE",
      "Fighting stopped at 2100 GMT|O O O TIME TIME",
      "The 1,200 soldiers left yesterday|O O O O DATE",
      "March 5 was quiet|DATE DATE O O",
  })
  void labelsCalendarWordsAndAmountsTheModelsLeaveUnlabelled(String sentence, String expected) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.setNER("O");
      tokens.add(l);
    }
    CalendarAmounts.label(tokens);
    assertEquals(expected, tokens.stream().map(CoreLabel::ner).collect(Collectors.joining(" ")));
  }
}
