package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.SharedCoder;
import org.dyad.doc.Article;
import org.dyad.doc.Document;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.NlpStage;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * The stored parses of the rule specifications are what CoreNLP gives today: a model or tokenizer upgrade that changes
 * them fails here, not silently in {@link RuleSpecTest}. With {@code -Ddyad.specs.write=true} it (re)writes every
 * spec's parse instead, keeping its comments: how a new spec (comments only) gets its parse.
 */
class RuleSpecParsesIT {
  private static final List<String> ORDER = List.of("text", "date", "why", "expect");

  @Test
  void storedParsesAreCoreNlps() throws IOException {
    boolean write = Boolean.getBoolean("dyad.specs.write");
    List<String> changed = new ArrayList<>();
    try (Stream<Path> files = Files.list(RuleSpecTest.SPECS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList()) {
        StringBuilder out = new StringBuilder();
        for (Conllu.Block b : Conllu.read(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8))) {
          String fresh = parse(b);
          String stored = b.sentence() == null ? null : Conllu.write(comments(b), b.sentence(), b.graph());
          if (!fresh.equals(stored)) changed.add(f.getFileName() + ":" + b.line() + " " + b.comment("text"));
          out.append(fresh);
        }
        if (write) Files.writeString(f, out.toString(), StandardCharsets.UTF_8);
      }
    }
    if (!write) assertEquals(List.of(), changed, "CoreNLP now parses these spec sentences differently; rerun with -Ddyad.specs.write=true and review");
  }

  private static String parse(Conllu.Block b) {
    String text = b.comment("text").get(0);
    LocalDate date = LocalDate.parse(b.comment("date").isEmpty() ? "2024-03-01" : b.comment("date").get(0));
    Document doc = SharedCoder.get().analyse(Article.of("spec", date, text));
    List<Sentence> sentences = doc.get(NlpStage.SENTENCES).list();
    if (sentences.size() != 1) throw new IllegalStateException("a spec is one sentence; CoreNLP splits this into " + sentences.size() + ": " + text);
    DepGraph g = doc.get(ParseStage.PARSES).get(0);
    if (g == null) throw new IllegalStateException("no parse (no actor or no trigger word): " + text);
    return Conllu.write(comments(b), sentences.get(0), g);
  }

  private static Map<String, List<String>> comments(Conllu.Block b) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String k : ORDER) if (!b.comment(k).isEmpty()) m.put(k, b.comment(k));
    b.comments().forEach((k, v) -> m.putIfAbsent(k, v));
    return m;
  }
}
