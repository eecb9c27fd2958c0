package org.dyad.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.Entry;
import org.dyad.events.VerbDictionary;
import org.dyad.petrarch.PetrarchDictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: one dictionary entry can be added without copying a whole file. A file {@code NAME.additions.tsv} in
 * the {@code --dictionaries} folder adds its rows to {@code NAME.tsv} (built-in or replaced); a phrase it names
 * overrides the other files' readings of that phrase; its bad lines are reported by its own file and line.
 */
class DictionaryAdditionsTest {
  private static List<String> codes(ActorDictionary d, String phrase) {
    List<String> words = List.of(phrase.split(" "));
    return d.matchesAt(words, 0).stream().filter(e -> e.length() == words.size()).map(Entry::code).toList();
  }

  @Test
  void anAdditionsFileAddsOneEntryAndKeepsEveryBuiltInOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organisations.additions.tsv"), "# one armed group the built-in file lacks\nSYRREB\tZorvath Brigade|Zorvath\n");
    Codebook cb = Codebook.builtIn();
    ActorDictionary builtIn = ActorDictionary.builtIn(cb);
    ActorDictionary added = ActorDictionary.load(dir, cb);
    assertEquals(List.of(), codes(builtIn, "Zorvath Brigade"));
    assertEquals(List.of("SYRREB"), codes(added, "Zorvath Brigade"));
    assertEquals(List.of("SYRREB"), codes(added, "Zorvath"));
    for (String kept : List.of("Hezbollah", "United Nations", "Turkey")) assertEquals(codes(builtIn, kept), codes(added, kept), kept);
  }

  @Test
  void anAddedPhraseOverridesTheBuiltInReadingOfIt(@TempDir Path dir) throws Exception {
    Codebook cb = Codebook.builtIn();
    assertEquals(List.of("PSEREB"), codes(ActorDictionary.builtIn(cb), "Hamas"));
    Files.writeString(dir.resolve("organisations.additions.tsv"), "PSEGOV\tHamas\n");
    ActorDictionary d = ActorDictionary.load(dir, cb);
    assertEquals(List.of("PSEGOV"), codes(d, "Hamas"));
    assertEquals(List.of("PSEREB"), codes(d, "Islamic Resistance Movement"), "the row's other names keep their code");
  }

  @Test
  void badLinesOfAnAdditionsFileAreReportedByThatFileAndLine(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("organisations.additions.tsv"), "SYRREB\tZorvath Brigade\nsyrreb\tBad Code\nSYRREB\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.load(dir, Codebook.builtIn()));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains(f + ":2: actor code must be groups of three capitals: syrreb"), all);
    assertTrue(all.contains(f + ":3: expected 2-4 tab-separated columns, found 1"), all);
    assertEquals(2, e.problems().size(), all);
  }

  @Test
  void verbAdditionsAreDyadsFormatNotPetrarchs(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("verbs.additions.txt"), "042\tconsult.zorvath-parley\tV\tparley with TARGET\n");
    assertFalse(PetrarchDictionaries.isPetrarch(dir), "a folder with verbs.additions.txt is read as Dyad's format");
    Codebook cb = Codebook.builtIn();
    int builtIn = VerbDictionary.load(null, cb).size();
    assertEquals(builtIn + 1, VerbDictionary.load(dir, cb).size());
    assertTrue(VerbDictionary.load(dir, cb).verb("parley").stream().anyMatch(p -> p.id().equals("consult.zorvath-parley")));
  }

  @Test
  void anAdditionsFileThatAddsToNoDataFileIsAUsageErrorNotIgnored(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organisations.additions.tsv"), "SYRREB\tZorvath Brigade\n");
    assertNull(DictionaryFolder.problem(dir));
    Path typo = Files.writeString(dir.resolve("organizations.additions.tsv"), "SYRREB\tZorvath Brigade\n");
    assertEquals(typo + " adds to no dictionary file: Dyad has no organizations.tsv (the names are in docs/dictionaries.md)",
        DictionaryFolder.problem(dir));
  }

  @Test
  void theAdditionsFileOfAFileIsNamedBeforeItsExtension() {
    assertEquals("organisations.additions.tsv", TsvFile.additionsName("organisations.tsv"));
    assertEquals("verbs.additions.txt", TsvFile.additionsName("verbs.txt"));
  }
}
