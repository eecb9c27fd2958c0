package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the events' text filter matches, on a real Lucene index, and the same cases through the regular
 * expression that stores without a sentence index scan with (in a real DuckDB).
 */
class SentenceQueryTest {
  @TempDir
  static Path dir;
  static TextIndex index;

  static final List<String> SENTENCES = List.of(
      "Turkish troops fought Kurdish fighters near the border.",
      "The Foreign Minister of Russia met his Turkish counterpart.",
      "Rebels attacked a convoy heading toward Idlib, Syria's last rebel-held province.",
      "U.S. officials said the ceasefire would hold.",
      "Protesters demanded an award for 1,000 workers.");

  @BeforeAll
  static void build() throws IOException {
    index = TextIndex.open(dir, true);
    List<TextIndex.Sentence> s = new ArrayList<>();
    for (int i = 0; i < SENTENCES.size(); i++) s.add(new TextIndex.Sentence(i, SENTENCES.get(i)));
    index.put(7, "title", String.join(" ", SENTENCES), s);
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static TreeSet<Integer> viaIndex(String q) {
    TreeSet<Integer> out = new TreeSet<>();
    for (long k : index.sentenceKeys(q)) {
      assertEquals(7, k >>> 32, "the key holds the article id");
      out.add((int) k);
    }
    return out;
  }

  private static TreeSet<Integer> viaScan(String q) throws Exception {
    TreeSet<Integer> out = new TreeSet<>();
    List<String> words;
    try (StandardAnalyzer a = new StandardAnalyzer()) {
      words = SentenceQuery.words(a, q);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement("SELECT i FROM (SELECT unnest(?) AS t, generate_subscripts(?, 1) - 1 AS i) WHERE regexp_matches(lower(t), ?)")) {
      Object[] texts = SENTENCES.toArray();
      ps.setArray(1, c.createArrayOf("VARCHAR", texts));
      ps.setArray(2, c.createArrayOf("VARCHAR", texts));
      ps.setString(3, SentenceQuery.regex(words));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) out.add(r.getInt(1));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "fight; 0", // fighters: the last word may begin a longer word
      "fought; 0",
      "turkish; 0 1",
      "TURKISH; 0 1", // case does not matter
      "FOREIGN minister; 1",
      "foreign min; 1",
      "minister foreign; ", // in order
      "troops kurdish; ", // next to each other
      "kurdish fighters near; 0",
      "fighter kurdish; ",
      "war; ", // toward, award: a match starts at the start of a word
      "fire; ", // ceasefire
      "toward idlib; 2",
      "idlib syria; 2", // punctuation between words does not matter; syria begins syria's
      "'idlib, syria!'; 2",
      "rebel held; 2", // rebel-held is two words
      "rebel; 2",
      "u.s. officials; 3",
      "1,000 workers; 4",
      "'%% the ceasefire --'; 3"})
  void matchesWordsInOrderTheLastAsABeginning(String q, String expected) throws Exception {
    TreeSet<Integer> want = new TreeSet<>();
    if (expected != null) for (String i : expected.split(" ")) want.add(Integer.parseInt(i));
    assertEquals(want, viaIndex(q), "index: " + q);
    assertEquals(want, viaScan(q), "scan: " + q);
  }

  @Test
  void queriesWithoutWordsAreRefused() {
    assertFalse(SentenceQuery.hasWords("%% -- ''"));
    BadParameterException e = assertThrows(BadParameterException.class, () -> index.sentenceKeys("%%"));
    assertEquals("q", e.parameter());
    assertThrows(BadParameterException.class, () -> EventFilter.parse(p -> p.equals("q") ? "' -- ;" : null));
  }

  @Test
  void aShortLastWordOfSeveralThatBeginsTooManyWordsIsRefusedAlone(@TempDir Path other) throws IOException {
    try (TextIndex many = TextIndex.open(other, true)) {
      String[] words = new String[SentenceQuery.maxExpansions() + 10];
      for (int i = 0; i < words.length; i++) words[i] = "x" + i;
      many.put(1, "t", "x", List.of(new TextIndex.Sentence(0, "troops " + String.join(" ", words))));
      many.commit();
      BadParameterException e = assertThrows(BadParameterException.class, () -> many.sentenceKeys("troops x"));
      assertEquals("q", e.parameter());
      assertEquals(1, many.sentenceKeys("troops x0").length, "x0 begins one word");
      assertEquals(1, many.sentenceKeys("x").length, "one word alone has no such limit");
    }
  }

  @Test
  void anArticlePutAgainLosesItsOldSentencesAndArticleSearchSeesNoSentences(@TempDir Path other) throws Exception {
    try (TextIndex i = TextIndex.open(other, true)) {
      i.put(3, "first", "Troops fought.", List.of(new TextIndex.Sentence(0, "Troops fought.")));
      i.put(4, "second", "Talks began.", List.of(new TextIndex.Sentence(2, "Talks began.")));
      i.commit();
      assertEquals(List.of(TextIndex.sentenceKey(3, 0)), Arrays.stream(i.sentenceKeys("troops")).boxed().toList());
      i.put(3, "first", "Envoys met.", List.of(new TextIndex.Sentence(1, "Envoys met.")));
      i.commit();
      assertEquals(0, i.sentenceKeys("troops").length);
      assertEquals(List.of(TextIndex.sentenceKey(3, 1)), Arrays.stream(i.sentenceKeys("envoys")).boxed().toList());
      assertEquals(2, i.count());
      assertEquals(2, i.sentenceCount());
      assertEquals(2, i.search("*:*", 0, 10).total(), "sentences are not articles");
    }
  }
}
