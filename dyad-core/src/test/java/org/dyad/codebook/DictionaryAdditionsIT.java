package org.dyad.codebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.SharedCoder;
import org.dyad.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: one actor entry in {@code organisations.additions.tsv} changes how a sentence is coded, through the whole pipeline. */
class DictionaryAdditionsIT {
  private static final String TEXT = "The Zorvath Brigade attacked government troops near Aleppo on Monday.";

  private static List<CodedEvent> code(Coder coder) {
    return coder.code(Article.of("zorvath", LocalDate.of(2024, 3, 12), TEXT)).events();
  }

  private static boolean brigadeAsSyrianRebels(List<CodedEvent> events) {
    return events.stream().anyMatch(e -> e.source().code().equals("SYRREB") && e.source().text().contains("Zorvath")
        && e.event().root().equals("19"));
  }

  @Test
  void oneAddedActorEntryChangesTheCodingOfASentence(@TempDir Path dir) throws Exception {
    List<CodedEvent> builtIn = code(SharedCoder.get());
    assertFalse(brigadeAsSyrianRebels(builtIn), "the built-in dictionaries do not know the brigade: " + builtIn);
    Files.writeString(dir.resolve("organisations.additions.tsv"), "SYRREB\tZorvath Brigade\n");
    List<CodedEvent> added = code(Coder.create(CoderOptions.defaults().withDictionaries(dir)));
    assertTrue(brigadeAsSyrianRebels(added), "with the one added entry the brigade is SYRREB, the source of an attack: " + added);
  }
}
