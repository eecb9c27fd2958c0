package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.SharedCoder;
import org.dyad.doc.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actor names in the JSON lines of a real coding run (CoreNLP and the built-in dictionaries) of invented
 * sentences: a leader carries the name of the dictionary row in office on the article's date, qualified by
 * the code's country and role; a country with a role word is named by both.
 */
class ActorNamesJsonlIT {
  private static final String TEXT = "Syrian President Bashar al-Assad accused Turkey of arming the rebels on Monday.\n\n"
      + "Syrian rebels attacked a government checkpoint near Homs on Tuesday.\n\n"
      + "Assad later thanked the Iranian government for its support.";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<JsonNode> lines;

  @BeforeAll
  static void code() throws Exception {
    CodedArticle a = SharedCoder.get().code(new Article("names-test", LocalDate.of(2016, 5, 11), TEXT, null, null, null));
    StringWriter out = new StringWriter();
    try (EventWriter w = EventWriter.of(OutputFormat.JSONL, out)) {
      for (CodedEvent e : a.events()) w.write(e);
    }
    lines = new ArrayList<>();
    for (String l : out.toString().split("\n")) if (!l.isBlank()) lines.add(JSON.readTree(l));
    assertTrue(lines.size() >= 2, "the sentences code into events: " + out);
  }

  private static JsonNode withSource(String code, String trigger) {
    for (JsonNode l : lines) {
      if (l.path("source").path("code").asText().equals(code) && l.path("trigger").path("text").asText().equals(trigger)) return l;
    }
    throw new AssertionError("no event from " + code + " on '" + trigger + "' in " + lines);
  }

  @Test
  void aLeaderIsNamedAfterTheDictionaryRowInOffice() {
    JsonNode accused = withSource("SYRGOV", "accused");
    assertEquals("Bashar al-Assad (Syria, government)", accused.path("source").path("name").asText(), accused.toString());
    assertEquals("Turkey", accused.path("target").path("name").asText(), accused.toString());
    // "Assad" alone stands for the father too; the article's date (2016) picks the son.
    JsonNode thanked = withSource("SYRGOV", "thanked");
    assertEquals("Bashar al-Assad (Syria, government)", thanked.path("source").path("name").asText(), thanked.toString());
    assertEquals("Iran — government", thanked.path("target").path("name").asText(), thanked.toString());
  }

  @Test
  void aCountryWithARoleWordIsNamedByBoth() {
    JsonNode attacked = withSource("SYRREB", "attacked");
    assertEquals("Syria — rebels", attacked.path("source").path("name").asText(), attacked.toString());
  }
}
