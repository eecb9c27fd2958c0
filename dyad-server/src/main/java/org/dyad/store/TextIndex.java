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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene full-text index of article titles and texts, keyed by the store's article id. DuckDB is the record
 * of truth: an article is marked indexed there only after the index commit that holds it, so a crash between
 * the two re-indexes it (updateDocument by id makes that harmless).
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
      throw new UncheckedIOException("cannot open the text index in " + dir, e);
    }
  }

  /** Adds or replaces one article. */
  public void put(long id, String title, String text) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", Long.toString(id), Field.Store.YES));
    doc.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
    doc.add(new TextField("text", text, Field.Store.YES));
    doc.add(new StoredField("article_id", id));
    writer.updateDocument(new Term("id", Long.toString(id)), doc);
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
    Query q = parser.parse(queryText);
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

  public long count() {
    if (searchers == null) return 0;
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
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
