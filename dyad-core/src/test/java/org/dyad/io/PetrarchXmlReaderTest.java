package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.doc.Article;
import org.junit.jupiter.api.Test;

/** PETRARCH XML input keeps each sentence's own parse tree and the {@code <Config>} options in force for it. */
class PetrarchXmlReaderTest {
  @Test
  void parseTreesAndConfigOptionsFollowTheSentences() {
    String xml = """
        <Sentences>
        <Sentence date="19950101" id="A-1">
        <Text>Arnor met Gondor.</Text>
        <Parse>
        (ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))
        </Parse>
        </Sentence>
        <!-- <Config option="comma_max" value="9"></Config> is a comment, not a setting -->
        <Config option="require_dyad" value="false"></Config>
        <Sentence date="19950102" id="A-2">
        <Text>Gondor &amp; Arnor met.</Text>
        </Sentence>
        </Sentences>
        """;
    List<Input> got = new ArrayList<>();
    new ArticleReader(InputFormat.PETRARCH_XML, LocalDate.of(2000, 1, 1), 10_000)
        .open("-", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).forEachRemaining(got::add);
    assertEquals(2, got.size());
    Article a = got.get(0).article();
    assertTrue(a.parse().startsWith("(ROOT (S (NP (NNP Arnor))"), a.parse());
    assertEquals(Map.of(), a.options());
    Article b = got.get(1).article();
    assertNull(b.parse());
    assertEquals(Map.of("require_dyad", "false"), b.options());
    assertEquals("Gondor & Arnor met.", b.text());
  }
}
