package org.dyad.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene full-text index of article titles and texts, keyed by the store's article id, and of the stored
 * sentences (those that produced events), keyed by article id and sentence index, for the events' text filter.
 * An article and its sentences are written together and reach the index in the same commit. DuckDB is the record
 * of truth: an article is marked indexed there only after the index commit that holds it and its sentences, so a
 * crash between the two re-indexes it (the article is updated by id and its sentences replaced, so a repeat is
 * harmless).
 */
public final class TextIndex implements Closeable {
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new StandardAnalyzer();

  private TextIndex(FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens the index for writing (created when missing) or for reading (empty when missing). */
  public static TextIndex open(Path dir, boolean write) {
    try {
      if (write) {
        Files.createDirectories(dir);
        FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()));
        w.commit(); // an empty index exists from the start, so readers can open it
        return new TextIndex(d, w, new SearcherManager(w, null));
      }
      if (!Files.isDirectory(dir)) return new TextIndex(null, null, null);
      FSDirectory d = FSDirectory.open(dir);
      return new TextIndex(d, null, DirectoryReader.indexExists(d) ? new SearcherManager(d, null) : null);
    } catch (IOException e) {
      throw new StoreException(whyNotOpened(dir, e), e);
    }
  }

  /** One line with the cause and what to do; the index can always be rebuilt from DuckDB, the record of truth. */
  static String whyNotOpened(Path dir, IOException e) {
    if (e instanceof org.apache.lucene.store.LockObtainFailedException) {
      return "the text index in " + dir + " is in use by another process: stop that 'dyad serve' or 'dyad ingest' and try again";
    }
    String m = String.valueOf(e.getMessage());
    int resource = m.indexOf(" (resource");
    String reason = (resource > 0 ? m.substring(0, resource) : m).lines().findFirst().orElse("").strip();
    return "the text index in " + dir + " is damaged (" + reason + "): run 'dyad store repair " + dir.getParent()
        + "' to rebuild it from the database";
  }

  /** One stored sentence of an article: its index in the article and its text. */
  public record Sentence(int index, String text) {}

  /** Adds or replaces one article and its sentences (those it had before are removed). */
  public void put(long id, String title, String text, List<Sentence> sentences) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", Long.toString(id), Field.Store.YES));
    doc.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
    doc.add(new TextField("text", text, Field.Store.YES));
    doc.add(new StoredField("article_id", id));
    writer.updateDocument(new Term("id", Long.toString(id)), doc);
    writer.deleteDocuments(new Term(SENTENCE_OF, Long.toString(id)));
    List<Document> docs = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      Document d = new Document();
      d.add(new StringField(KIND, SENTENCE, Field.Store.NO));
      d.add(new StringField(SENTENCE_OF, Long.toString(id), Field.Store.NO));
      d.add(new TextField(SentenceQuery.FIELD, s.text(), Field.Store.NO));
      d.add(new NumericDocValuesField(SENTENCE_KEY, sentenceKey(id, s.index())));
      docs.add(d);
    }
    writer.addDocuments(docs);
  }

  // Sentence documents: marked by kind (article documents of older stores have no kind field), found by article
  // for replacement, and carrying their key as a doc value so that matching keys are read without stored fields.
  private static final String KIND = "kind", SENTENCE = "sentence", SENTENCE_OF = "sentence_of", SENTENCE_KEY = "sentence_key";
  private static final Query SENTENCES = new TermQuery(new Term(KIND, SENTENCE));

  /**
   * A sentence's key: the article id in the high 32 bits, the sentence index in the low ones; the SQL side is
   * {@link EventSelection}'s {@code article_id * 4294967296 + sentence}. Article ids stay far below 2^31.
   */
  static long sentenceKey(long articleId, int index) {
    return (articleId << 32) | index;
  }

  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** One search hit: the article id, its score and passages with the matching words in {@code <mark>}. */
  public record Hit(long articleId, float score, List<String> highlights) {}

  /** The result page and the total number of matching articles. */
  public record Hits(long total, List<Hit> hits) {}

  /** Searches titles and texts with Lucene's query syntax ("ceasefire AND Gaza", "\"foreign minister\""). */
  public Hits search(String queryText, int offset, int limit) throws ParseException {
    if (searchers == null) return new Hits(0, List.of());
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer);
    // Sentence documents have neither field, but "*:*" would match them.
    Query parsed;
    try {
      parsed = parser.parse(queryText);
    } catch (IllegalArgumentException | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
      // A regular expression or a repetition Lucene will not build ("input automaton is too large"): the query's fault.
      throw new BadParameterException("q", "is too complex a search (a regular expression or wildcard that matches too much): "
          + EventFilter.shorten(String.valueOf(e.getMessage())));
    }
    Query q = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST).add(SENTENCES, BooleanClause.Occur.MUST_NOT).build();
    try {
      searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        TopDocs top = s.search(q, offset + limit);
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(offset, all.length);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        UnifiedHighlighter h = UnifiedHighlighter.builder(s, analyzer)
            .withFormatter(new org.apache.lucene.search.uhighlight.DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .build();
        String[] passages = h.highlight("text", q, pageDocs, 2);
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
          long id = s.storedFields().document(page[i].doc).getField("article_id").numericValue().longValue();
          String p = passages[i];
          out.add(new Hit(id, page[i].score, p == null ? List.of() : List.of(p)));
        }
        return new Hits(top.totalHits.value, out);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the text index", e);
    }
  }

  /**
   * The keys ({@link #sentenceKey}) of the sentences that match the events' text filter {@code q} (see
   * {@link SentenceQuery}), in no particular order.
   */
  public long[] sentenceKeys(String q) {
    List<String> words = SentenceQuery.words(analyzer, q);
    Query query = SentenceQuery.of(words);
    if (query == null) throw new BadParameterException("q", "has no words to look for (letters or digits)");
    if (searchers == null) return new long[0];
    try {
      searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        KeyCollector keys = new KeyCollector();
        s.search(query, keys);
        return java.util.Arrays.copyOf(keys.keys, keys.n);
      } finally {
        searchers.release(s);
      }
    } catch (IllegalStateException e) {
      // Intervals.prefix refuses a last word that begins too many different words.
      if (e.getMessage() == null || !e.getMessage().contains("too many terms")) throw e;
      throw new BadParameterException("q", "the last word '" + EventFilter.shorten(words.get(words.size() - 1)) + "' begins more than "
          + SentenceQuery.maxExpansions() + " different words: give more of it");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the sentence index", e);
    }
  }

  /** Collects the key doc value of every matching sentence; scores are not needed. */
  private static final class KeyCollector extends SimpleCollector {
    long[] keys = new long[256];
    int n;
    private NumericDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      values = DocValues.getNumeric(context.reader(), SENTENCE_KEY);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!values.advanceExact(doc)) return;
      if (n == keys.length) keys = java.util.Arrays.copyOf(keys, n * 2);
      keys[n++] = values.longValue();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** How many articles the index holds. */
  public long count() {
    return count(false);
  }

  /** How many sentences the index holds. */
  public long sentenceCount() {
    return count(true);
  }

  private long count(boolean sentences) {
    if (searchers == null) return 0;
    try {
      searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        int n = s.count(SENTENCES);
        return sentences ? n : s.getIndexReader().numDocs() - n;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the text index", e);
    }
  }

  @Override
  public void close() throws IOException {
    if (searchers != null) searchers.close();
    if (writer != null) writer.close();
    if (directory != null) directory.close();
  }
}
