package org.dyad.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.actors.ActorDictionary;
import org.dyad.clean.LineCleaner;
import org.dyad.events.VerbDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesTest {
  @Test
  void builtInCodebookHasEveryRootAndValidValues() {
    Codebook cb = Codebook.builtIn();
    for (int root = 1; root <= 20; root++) assertTrue(cb.hasEvent(String.format("%02d0", root)), "root " + root);
    assertEquals(4, cb.event("195").quadClass());
    assertEquals(-10.0, cb.event("195").goldstein());
    assertEquals("CONSULT", cb.event("042").plover());
    assertTrue(cb.hasRole("GOV") && cb.hasRole("REB") && cb.hasRole("IGO"));
    assertTrue(cb.events().size() > 280, "all CAMEO codes, not a sample: " + cb.events().size());
  }

  @Test
  void everyShippedDictionaryLoadsWithoutErrors() {
    Codebook cb = Codebook.builtIn();
    ActorDictionary.builtIn(cb);
    VerbDictionary verbs = VerbDictionary.load(null, cb);
    assertTrue(verbs.size() > 300, "verb patterns: " + verbs.size());
    LineCleaner.load(null);
    org.dyad.events.Complements c = org.dyad.events.Complements.load(null, cb);
    assertEquals("0213", c.refine("020", "063"), "an appeal for judicial cooperation");
    assertEquals("1056", c.refine("100", "0871"), "a demand for a ceasefire is a demand to de-escalate");
    assertEquals(null, c.refine("190", "063"), "only appeals, demands and rejections are refined");
    assertEquals("053", c.refine("020", "051"), "urging others to support someone rallies support on their behalf");
    // "074:0861" and "subj:": a paired code for the target's side, and words the subject must have.
    var arrive = VerbDictionary.load(null, cb).verb("arrive").stream().filter(p -> p.id().equals("aid.peacekeepers-arrive-in")).findFirst().orElseThrow();
    assertEquals("074", arrive.code());
    assertEquals("0861", arrive.targetCode());
    assertTrue(arrive.constraints().get(0).contains("subj:peacekeeper") && arrive.constraints().get(0).contains("subj:peacekeeping"),
        arrive.constraints().toString());
  }

  @Test
  void badVerbFileReportsFileAndLineOfEveryProblem(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("verbs.txt"), "# test\n042\tconsult.visit\tV\tvisit\n999\tbad.code\tV\tfoo\n042\tconsult.visit\tX\tvisit\n"
        + "074:999\taid.bad-pair\tV\tarrive subj:peacekeeper in TARGET\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> VerbDictionary.load(dir, Codebook.builtIn()));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains("verbs.txt:3: event code 999 is not in the codebook"), all);
    assertTrue(all.contains("verbs.txt:4: duplicate rule id consult.visit"), all);
    assertTrue(all.contains("verbs.txt:4: POS must be V or N"), all);
    assertTrue(all.contains("verbs.txt:5: target's event code 999 is not in the codebook"), all);
  }

  @Test
  void leaderTermEndingBeforeItStartsIsRejected(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("leaders.tsv"), "RUSGOV\tVladimir Putin|Putin\t2008-05-07\t2000-05-07\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.load(dir, Codebook.builtIn()));
    assertTrue(e.getMessage().contains("leaders.tsv:1: term ends"), e.getMessage());
  }

  @Test
  void cleaningRuleThatMatchesEverythingIsRejected(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("line-rules.tsv"), "all\tdrop-line\t.*\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> LineCleaner.load(dir));
    assertTrue(e.getMessage().contains("line-rules.tsv:1: pattern matches the empty line"), e.getMessage());
  }
}
