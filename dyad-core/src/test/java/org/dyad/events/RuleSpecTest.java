package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorStage;
import org.dyad.codebook.Codebook;
import org.dyad.doc.Article;
import org.dyad.doc.Document;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.Sentences;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule specifications: sentences written for a construction, stored with their CoreNLP parse in CoNLL-U under
 * {@code src/test/resources/org/dyad/events/specs}, each with the events it must yield ({@code # expect = SOURCE
 * TARGET CODE [FACTUALITY]}, {@code -} for no target, {@code # expect = none} for nothing). They run the actor and
 * event stages on the stored parse, so a rule change is checked in seconds without CoreNLP; {@code RuleSpecParsesIT}
 * checks that CoreNLP still gives those parses and writes the parse of a new spec.
 */
class RuleSpecTest {
  static final Path SPECS = Path.of("src/test/resources/org/dyad/events/specs");
  private static final Codebook CODEBOOK = Codebook.load(null);
  private static final ActorStage ACTORS = new ActorStage(ActorDictionary.load(null, CODEBOOK));
  private static final EventStage EVENTS = new EventStage(VerbDictionary.load(null, CODEBOOK), Complements.load(null, CODEBOOK));

  @TestFactory
  Stream<DynamicTest> specs() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(SPECS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList()) {
        for (Conllu.Block b : Conllu.read(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8))) {
          String name = f.getFileName() + ":" + b.line() + " " + b.comment("text");
          tests.add(DynamicTest.dynamicTest(name, () -> check(f, b)));
        }
      }
    }
    return tests.stream();
  }

  private static void check(Path file, Conllu.Block b) {
    assertNotNull(b.sentence(), file + ":" + b.line() + ": no parse stored; run RuleSpecParsesIT with -Ddyad.specs.write=true");
    assertEquals(expected(b), produced(b), b.comment("text").get(0) + "  (" + b.comment("why") + ")");
  }

  /** The block's expectations as sorted "SOURCE TARGET CODE FACTUALITY" lines. */
  static List<String> expected(Conllu.Block b) {
    List<String> out = new ArrayList<>();
    for (String e : b.comment("expect")) {
      if (e.equals("none")) continue;
      String[] w = e.trim().split("\\s+");
      if (w.length < 3 || w.length > 4) throw new IllegalArgumentException("expect reads 'SOURCE TARGET CODE [FACTUALITY]': " + e);
      out.add(w[0] + " " + w[1] + " " + w[2] + " " + (w.length == 4 ? w[3] : "asserted"));
    }
    return out.stream().sorted().toList();
  }

  static List<String> produced(Conllu.Block b) {
    LocalDate date = LocalDate.parse(b.comment("date").isEmpty() ? "2024-03-01" : b.comment("date").get(0));
    Document doc = new Document(Article.of("spec", date, b.sentence().text()));
    doc.put(NlpStage.SENTENCES, new Sentences(List.of(b.sentence())));
    ACTORS.process(doc);
    List<Event> events = EVENTS.codeSentence("spec", b.sentence(), b.graph(), doc.get(ActorStage.MENTIONS).inSentence(0));
    return events.stream().map(e -> e.source().code() + " " + (e.target() == null ? "-" : e.target().code()) + " " + e.code() + " "
        + e.factuality().label()).sorted().toList();
  }
}
