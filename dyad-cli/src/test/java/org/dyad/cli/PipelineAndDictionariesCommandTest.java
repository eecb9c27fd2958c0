package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad pipeline} and {@code dyad dictionaries check}. */
class PipelineAndDictionariesCommandTest {
  private static CodeCommandIT.Run run(String... args) {
    return CodeCommandIT.run(new byte[0], args);
  }

  @Test
  void pipelineListsEveryStageInOrderEachNeedingOnlyWhatEarlierOnesProvide() {
    CodeCommandIT.Run r = run("pipeline");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().strip().lines().toList();
    assertTrue(lines.get(0).matches("stage\\s+requires\\s+provides"), lines.get(0));
    List<String> stages = new ArrayList<>();
    Set<String> provided = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.trim().split("\\s+", 2);
      stages.add(parts[0]);
      String rest = parts[1];
      // the table's columns: name padded to 10, requires padded to 36, then provides
      String requires = rest.substring(0, Math.min(rest.length(), 36)).strip();
      String provides = rest.length() > 37 ? rest.substring(37).strip() : "";
      if (!requires.equals("-")) {
        for (String k : requires.split(",\\s*")) assertTrue(provided.contains(k), parts[0] + " requires " + k + " before it is provided: " + r.out());
      }
      for (String k : provides.split(",\\s*")) provided.add(k);
    }
    assertEquals(List.of("clean", "nlp", "actors", "parse", "events", "timex", "time", "toponyms", "geo"), stages, r.out());
  }

  @Test
  void dictionariesCheckListsBadLinesByFileAndLineAndExits2(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("line-rules.tsv"), "# rules\nonly-one-column\n");
    CodeCommandIT.Run bad = run("dictionaries", "check", dir.toString());
    assertEquals(DyadCommand.USAGE, bad.exit(), bad.out() + bad.err());
    assertTrue(bad.out().contains("line-rules.tsv:2: "), bad.out());
    assertTrue(bad.out().strip().endsWith(dir + ": 1 error(s)"), bad.out());
  }

  @Test
  void dictionariesCheckPassesTheBuiltInFiles(@TempDir Path dir) throws IOException {
    for (String f : List.of("events/verbs.txt", "events/factuality.tsv", "clean/line-rules.tsv", "actors/countries.tsv")) {
      try (InputStream in = org.dyad.Coder.class.getResourceAsStream("/org/dyad/" + f)) {
        Files.copy(in, dir.resolve(Path.of(f).getFileName()));
      }
    }
    CodeCommandIT.Run ok = run("dictionaries", "check", dir.toString());
    assertEquals(0, ok.exit(), ok.out() + ok.err());
    assertTrue(ok.out().strip().endsWith(dir + ": usable"), ok.out());
  }

  @Test
  void dictionariesCheckOfAFolderThatIsNotThereIsAnError(@TempDir Path dir) {
    CodeCommandIT.Run r = run("dictionaries", "check", dir.resolve("none").toString());
    assertEquals(DyadCommand.USAGE, r.exit());
    assertTrue(r.err().startsWith("dyad: no such folder"), r.err());
  }
}
