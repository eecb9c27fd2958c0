package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a store's two halves agree: the Lucene index must hold every article DuckDB marks as indexed (and, for a
 * store with a sentence index, their sentences). A lost {@code segments_N} file otherwise leaves a server that
 * answers every full-text query with nothing. DuckDB is the record of truth, so {@link #repair} rebuilds the text
 * index from it.
 */
public record StoreCheck(long articles, long indexedArticles, long indexArticles, long indexedSentences, long indexSentences,
    List<String> problems) {
  public StoreCheck {
    problems = List.copyOf(problems);
  }

  /** Counts both halves and lists what disagrees, each problem in one line. */
  public static StoreCheck of(EventStore store, TextIndex index) {
    Path dir = store.indexDir();
    long articles = store.count("articles");
    long indexed = sql(store, "SELECT count(*) FROM articles WHERE indexed");
    long sentences = store.sentenceIndex()
        ? sql(store, "SELECT count(*) FROM sentences WHERE article_id IN (SELECT id FROM articles WHERE indexed)") : 0;
    long inIndex = index.count(), sentencesInIndex = index.sentenceCount();
    List<String> problems = new ArrayList<>();
    if (indexed > 0 && !hasSegments(dir)) {
      problems.add("the text index in " + dir + " has no segments file, while " + indexed + " articles are marked indexed");
    } else if (inIndex < indexed || inIndex > articles) {
      // More than 'indexed' is allowed: a replaced article, or a crash between the Lucene and the DuckDB commit.
      problems.add("the text index holds " + inIndex + " articles, the database " + articles + " (" + indexed + " marked indexed)");
    } else if (sentencesInIndex < sentences) {
      problems.add("the text index holds " + sentencesInIndex + " sentences of the " + sentences + " of the indexed articles");
    }
    return new StoreCheck(articles, indexed, inIndex, sentences, sentencesInIndex, problems);
  }

  /** Throws, in one line with the remedy, when the store's halves disagree; a serve or ingest must not go on. */
  public static StoreCheck require(EventStore store, TextIndex index) {
    StoreCheck c = of(store, index);
    if (!c.problems().isEmpty()) {
      throw new StoreException("the event store in " + store.dir() + " is inconsistent: " + c.problems().get(0)
          + "; run 'dyad store repair " + store.dir() + "' to rebuild the text index from the database");
    }
    return c;
  }

  /** Deletes the text index and writes it again from DuckDB; the store must be open for writing. */
  public static StoreCheck repair(EventStore store) {
    if (store.readOnly()) throw new StoreException("the event store in " + store.dir() + " is open read-only");
    try {
      deleteTree(store.indexDir());
      try (Statement s = store.connection().createStatement()) {
        s.execute("UPDATE articles SET indexed = false");
      }
      try (TextIndex index = TextIndex.open(store.indexDir(), true)) {
        new StoreWriter(store, index, "repair"); // indexes every unflagged article; writes nothing else
        return of(store, index);
      }
    } catch (IOException e) {
      throw new StoreException("cannot rebuild the text index in " + store.indexDir() + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StoreException("cannot rebuild the text index of " + store.dir() + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasSegments(Path dir) {
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  private static long sql(EventStore store, String query) {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the event store in " + store.dir() + ": " + e.getMessage(), e);
    }
  }
}
