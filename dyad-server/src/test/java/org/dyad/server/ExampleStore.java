package org.dyad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.io.ArticleReader;
import org.dyad.io.Input;
import org.dyad.io.InputFormat;
import org.dyad.store.DictionaryFingerprint;
import org.dyad.store.EventStore;
import org.dyad.store.StoreWriter;
import org.dyad.store.TextIndex;

/** A store built by really coding the project's example articles; the coded events are kept as the tests' oracle. */
final class ExampleStore {
  static final Path EXAMPLES = Path.of("..", "examples");

  final Coder coder;
  final List<CodedEvent> events = new ArrayList<>();
  final List<String> docIds = new ArrayList<>();

  ExampleStore() {
    coder = Coder.create(CoderOptions.defaults());
  }

  /** The example inputs: the world briefs (JSON lines) and the Idlib article (text, dated 2019-08-28). */
  List<Input> inputs() {
    List<Input> in = new ArrayList<>();
    new ArticleReader(InputFormat.JSONL, LocalDate.of(2024, 3, 12), 1_000_000).open(EXAMPLES.resolve("world-briefs.jsonl").toString(), System.in)
        .forEachRemaining(in::add);
    new ArticleReader(InputFormat.TEXT, LocalDate.of(2019, 8, 28), 1_000_000).open(EXAMPLES.resolve("idlib-airshow.txt").toString(), System.in)
        .forEachRemaining(in::add);
    return in;
  }

  /** Codes the examples (the oracle) and stores those coded articles in {@code dir}, two per transaction. */
  void buildInto(Path dir) throws IOException {
    events.clear();
    docIds.clear();
    List<CodedArticle> coded = new ArrayList<>();
    for (Input i : inputs()) {
      CodedArticle a = coder.code(i.article());
      if (!a.errors().isEmpty()) throw new AssertionError("example article failed: " + a.errors());
      coded.add(a);
      events.addAll(a.events());
      docIds.add(i.article().id());
    }
    Files.createDirectories(dir);
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      StoreWriter w = new StoreWriter(store, index, DictionaryFingerprint.of(null));
      for (int i = 0; i < coded.size(); i += 2) w.commit(coded.subList(i, Math.min(coded.size(), i + 2)));
    }
  }

  /**
   * An article made to test what a store must not pass on as it is: its title is a spreadsheet formula and its
   * URL a script (issue 15 defect 17). Its text codes into events like any other.
   */
  static final org.dyad.doc.Article HOSTILE = new org.dyad.doc.Article("+hostile-article", LocalDate.of(2024, 3, 13),
      "Russian President Vladimir Putin accused Ukraine of attacking a border town on Tuesday.\n\n"
          + "In Ankara, Turkey urged Russia and Ukraine to hold talks.",
      "=HYPERLINK(\"http://attacker.invalid\",\"click\")", "javascript:alert(document.domain)", "@attacker");

  /**
   * An article for the UI's checks: a verb inside its source's words ("Syrian airstrikes"), actors of unknown
   * country and an actor paired with its own country, which the network leaves out.
   */
  static final org.dyad.doc.Article UI_CASES = new org.dyad.doc.Article("ui-cases", LocalDate.of(2019, 8, 28),
      "Syrian airstrikes hit the rebel-held town of Khan Sheikhoun on Monday, killing 12 people.\n\n"
          + "Unidentified gunmen attacked a police station on Tuesday.\n\n"
          + "The Syrian government warned Syrians against travelling to Idlib.",
      "Airstrikes on Khan Sheikhoun", "https://example.org/news/khan-sheikhoun", "Example News");

  /** Codes {@code a} and adds it to the closed store in {@code dir}; its events join the oracle. */
  void add(Path dir, org.dyad.doc.Article a) {
    CodedArticle coded = coder.code(a);
    if (!coded.errors().isEmpty()) throw new AssertionError("article failed: " + coded.errors());
    events.addAll(coded.events());
    docIds.add(a.id());
    try (EventStore store = EventStore.open(dir, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      new StoreWriter(store, index, DictionaryFingerprint.of(null)).commit(List.of(coded));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Copies a closed store folder (so a second server can open its own file). */
  static void copy(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }
}
