package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Entry;
import org.dyad.codebook.DictionaryException;
import org.dyad.events.VerbPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading PETRARCH-format dictionaries: the validation suite's own files, Phoenix's, and faulty ones. */
class PetrarchDictionariesTest {
  /** The shared data folder; asked for by the tests that need it, so that only they are skipped without it. */
  private static Path shared() {
    return org.dyad.SharedCoder.shared();
  }

  @Test
  void validationSuiteDictionariesLoadCompletely() {
    Path dir = shared().resolve("eval/events/petrarch-unit");
    assertTrue(PetrarchDictionaries.isPetrarch(dir));
    PetrarchDictionaries d = PetrarchDictionaries.load(dir);
    assertEquals(List.of(), d.skipped(), "the suite's dictionaries have no unusable line");
    assertTrue(d.actorEntries() > 200, "actors and agents: " + d.actorEntries());
    assertTrue(d.verbPatterns() > 500, "verb patterns: " + d.verbPatterns());
    // "GONDOR [GON]" with synonyms "+MINAS_TIRITH": both name Gondor.
    Entry minas = d.actors().matchesAt(List.of("Minas", "Tirith", "said"), 0).get(0);
    assertEquals("GON", minas.code());
    // Agents: "!MINST!_OF_SILLY_WALKS" is expanded from its substitution set.
    assertEquals("GOV", d.actors().matchesAt(List.of("ministry", "of", "silly", "walks"), 0).get(0).code());
    assertTrue(d.discards().inStory(List.of("the", "Manchester", "United", "match")) != null, "story discard");
  }

  @Test
  void datedCodesFollowTheArticleDate() {
    PetrarchDictionaries d = PetrarchDictionaries.load(shared().resolve("eval/events/petrarch-unit"));
    Entry sam = d.actors().matchesAt(List.of("Sam", "Gamgee"), 0).get(0);
    assertEquals(Entry.Kind.PERSON, sam.kind());
    // [ORCHOB 20100109-20100112] comes before [HOBMIL 20080120-20121109] and wins inside its range.
    assertEquals("ORCHOB", codeAt(sam, LocalDate.of(2010, 1, 10)));
    assertEquals("HOBMIL", codeAt(sam, LocalDate.of(2011, 6, 1)));
    assertEquals("HOBCIV", codeAt(sam, LocalDate.of(2001, 1, 1)));
    assertEquals("HOBELI", codeAt(sam, LocalDate.of(2014, 1, 1)));
    // Two-digit years: [HOB < 950601] is before 1 June 1995; the undated [...] line is the default otherwise.
    Entry gollum = d.actors().matchesAt(List.of("Gollum"), 0).get(0);
    assertEquals("HOB", codeAt(gollum, LocalDate.of(1995, 5, 31)));
    assertEquals("HOBGOV", codeAt(gollum, LocalDate.of(1997, 1, 1)));
    assertEquals("HOBREB", codeAt(gollum, LocalDate.of(2005, 1, 1)));
  }

  private static String codeAt(Entry e, LocalDate d) {
    return e.terms().stream().filter(t -> t.covers(d)).findFirst().map(t -> t.code()).orElse(null);
  }

  @Test
  void phoenixDictionariesLoadWithTheirFaultsReportedByLine() {
    PetrarchDictionaries d = PetrarchDictionaries.load(shared().resolve("dictionaries/phoenix"));
    assertTrue(d.actorEntries() > 40_000, "Phoenix actors: " + d.actorEntries());
    assertTrue(d.verbPatterns() > 10_000, "Phoenix verb patterns: " + d.verbPatterns());
    // Known faults of the 2015 files, such as "[ARMUNR 9008223-911221]", are skipped and named by file and line.
    assertTrue(d.skipped().stream().anyMatch(s -> s.startsWith("Phoenix.Countries.actors.txt:2039: ")), d.skipped().toString());
    assertTrue(d.skipped().size() < 100, "only faulty lines are skipped: " + d.skipped().size());
    List<VerbPattern> accuse = d.verbs().verb("accuse");
    assertFalse(accuse.isEmpty());
    assertTrue(accuse.stream().anyMatch(p -> p.code().equals("112") && p.constraints().isEmpty()), "ACCUSE [112] codes the bare verb");
  }

  @Test
  void verbFileSyntax(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("test.actors.txt"), "ARNOR [ARN]\nGONDOR_  [GON]\n+MINAS_TIRITH\n");
    Files.writeString(dir.resolve("test.verbs.txt"), String.join("\n",
        "&TIES", "+DIPLOMATIC_RELATIONS", "+TIES", "",
        "--- VISIT [042:043] ---", "VISIT {VISITS VISITED}", "+PAY_VISIT", "- * SITE [---]", "",
        "--- RESTORE [---] ---", "RESTORE", "- * &TIES WITH + [064]  # comment", "- * + [0A]", ""));
    PetrarchDictionaries d = PetrarchDictionaries.load(dir);
    assertEquals(List.of(), d.skipped());
    VerbPattern visit = d.verbs().verb("visit").get(0);
    assertEquals("042", visit.code());
    assertEquals("043", visit.targetCode(), "the host's side of a paired code");
    assertTrue(d.verbs().verb("visit").stream().anyMatch(p -> p.code().equals("---") && p.constraints().equals(List.of(Set.of("site")))));
    VerbPattern pay = d.verbs().verb("pay").get(0);
    assertEquals(List.of(Set.of("visit")), pay.constraints(), "the particle of a multi-word verb must be there");
    List<VerbPattern> restore = d.verbs().verb("restore");
    assertEquals(2, restore.size(), "a class coded [---] has no bare pattern");
    VerbPattern ties = restore.get(0);
    assertEquals("064", ties.code());
    assertEquals("with", ties.targetPrep());
    assertEquals(List.of(Set.of("relations", "ties")), ties.constraints(), "a synonym set is one constraint, by head words");
    assertEquals("", restore.get(1).targetPrep(), "'+' right after the verb is its object");
    assertTrue(ties.id().startsWith("test.verbs.txt:12"), "rule ids name file and line: " + ties.id());
  }

  @Test
  void faultyLinesAreSkippedAndNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.actors.txt"), "ARNOR [ARN]\nGONDOR\n\t[GON 990101-980101]\nROHAN [ROH\n+\n");
    Files.writeString(dir.resolve("a.verbs.txt"), "--- MEET [040] ---\nMEET\n- WITH + [042]\n- * &NOSUCH [043]\n");
    PetrarchDictionaries d = PetrarchDictionaries.load(dir);
    List<String> s = d.skipped();
    assertTrue(s.contains("a.actors.txt:3: date range ends before it starts: [GON 990101-980101]"), s.toString());
    assertTrue(s.contains("a.verbs.txt:3: pattern without the verb's place '*'"), s.toString());
    assertTrue(s.contains("a.verbs.txt:4: unknown synonym set &NOSUCH"), s.toString());
    assertNull(d.actors().matchesAt(List.of("Gondor"), 0).stream().findFirst().orElse(null), "an actor with no usable code is left out");
  }

  @Test
  void dyadsOwnOverrideFolderIsNotMistakenForPetrarch(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("verbs.txt"), "042\tconsult.visit\tV\tvisit TARGET\n");
    Files.writeString(dir.resolve("leaders.tsv"), "");
    assertFalse(PetrarchDictionaries.isPetrarch(dir));
  }

  @Test
  void aFolderWithoutVerbsIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.actors.txt"), "ARNOR [ARN]\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> PetrarchDictionaries.load(dir));
    assertTrue(e.getMessage().contains("no PETRARCH verb file"), e.getMessage());
  }
}
