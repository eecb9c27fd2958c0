package org.dyad.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dyad.SharedCoder;
import org.junit.jupiter.api.Test;

/** docs/glossary.md's role table says what the role glossary (codebook/roles.tsv) says, row for row. */
class GlossaryDocTest {
  @Test
  void theDocsRoleTableIsTheRoleGlossary() throws Exception {
    List<String> want = new ArrayList<>();
    for (Codebook.Role r : Codebook.builtIn().roles()) want.add("| " + r.code() + " | " + r.name() + " | " + r.label() + " |");
    List<String> got = new ArrayList<>();
    for (String l : Files.readAllLines(SharedCoder.root().resolve("docs/glossary.md"))) {
      if (l.matches("\\| [A-Z]{3} \\|.*")) got.add(l);
    }
    assertEquals(want, got, "regenerate the role table of docs/glossary.md from codebook/roles.tsv");
  }
}
