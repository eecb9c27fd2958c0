package org.dyad.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.dyad.clean.HtmlExtractor;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader, fed a folder of hostile files between good ones: the batch finishes, each file gives at least one
 * item and no document more than one, every error is a reason in words, and each file reads exactly as it does
 * alone, so nothing a bad file does reaches the next. Seeds are fixed; {@code -Ddyad.fuzz.rounds=N} runs more of
 * them (and {@code -Ddyad.fuzz.seed=S} starts elsewhere), see the README.
 */
@Tag("issue-15")
class ReaderFuzzTest {
  static final LocalDate DAY = LocalDate.of(2024, 3, 12);
  static final int MAX_CHARS = 100_000;
  private static final HtmlExtractor EXTRACTOR = HtmlExtractor.load(null);

  static LongStream seeds() {
    long first = Long.getLong("dyad.fuzz.seed", 1L);
    return LongStream.range(first, first + Integer.getInteger("dyad.fuzz.rounds", 4));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileFilesAmongGoodOnesAreEachReportedOnceAndChangeNothingElse(long seed, @TempDir Path dir) throws IOException {
    Good.write(dir);
    for (Hostile.Sample s : new Hostile(seed).round("h" + seed)) Files.write(dir.resolve(s.name()), s.bytes());
    List<Ingested> batch = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> read(dir));
    List<Ingested> alone = new ArrayList<>();
    for (Path f : files(dir)) {
      List<Ingested> one = read(f);
      assertFalse(one.isEmpty(), "every file is read or reported: " + f.getFileName());
      Set<String> ids = new HashSet<>();
      for (Ingested d : one) {
        String id = d.article() != null ? d.article().id() : d.error().docId();
        assertTrue(ids.add(id), "one item for each document of " + f.getFileName() + ": " + one);
        if (d.error() != null) Reasons.assertHuman(d.error());
        if (Good.isGood(f)) assertNull(d.error(), "a good file reads without error: " + d.error());
      }
      alone.addAll(one);
    }
    for (int i = 0; i < Math.min(alone.size(), batch.size()); i++) {
      assertEquals(alone.get(i), batch.get(i), "item " + i + " reads in the batch exactly as alone");
    }
    assertEquals(alone.size(), batch.size(), "as many items in the batch as alone");
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  static List<Ingested> read(Path p) {
    List<Ingested> out = new ArrayList<>();
    new Sources(null, DAY, MAX_CHARS, EXTRACTOR).open(List.of(p.toString()), new ByteArrayInputStream(new byte[0])).forEachRemaining(out::add);
    return out;
  }
}
