package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.doc.Article;
import org.dyad.ingest.FormatDetector;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.io.InputFormat;
import org.dyad.io.ReutersReader;

/**
 * Reads one input file on an executor with Dyad's own readers (JSON Lines, text, PETRARCH XML, HTML, WARC/ARC,
 * feeds, and Reuters-21578 SGML for {@code *.sgm}), streaming from its Hadoop file system. Every document comes
 * out with its position in input order; one that cannot be read comes out as its error.
 */
public final class DocumentReader {
  private final JobOptions options;
  private final Sources sources;
  private final HadoopConf conf;

  public DocumentReader(JobOptions options, HadoopConf conf) {
    this.options = options;
    this.sources = options.sources();
    this.conf = conf;
  }

  public Iterator<ReadItem> read(InputFiles.InputFile file) {
    if (!file.exists()) return List.of(failed(file, "no such file or folder: " + file.path())).iterator();
    // Through the one per-document guard, as dyad code reads: a file that breaks its reader is one error row, and
    // the executor goes on with the next file.
    Iterator<Ingested> it = Sources.guarded(file.name(), () -> open(file));
    return new Iterator<>() {
      private long n;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public ReadItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        Ingested d = it.next();
        Position at = Position.ofDoc(file.index(), n++);
        return d.article() != null ? new ReadItem(at, ArticleData.of(d.article()), null) : new ReadItem(at, null, ErrorData.of(d.error()));
      }
    };
  }

  private Iterator<Ingested> open(InputFiles.InputFile file) {
    Path path = new Path(file.path());
    try {
      FileSystem fs = path.getFileSystem(conf.get());
      if (options.reuters() || file.name().toLowerCase(Locale.ROOT).endsWith(".sgm")) return reuters(fs, path);
      InputFormat f = options.from() != null ? options.from() : FormatDetector.detect(file.name(), () -> fs.open(path));
      return sources.open(file.name(), f, fs.open(path));
    } catch (IOException e) {
      return List.of(Ingested.failed(file.name(), "read.io", "cannot read file: " + e)).iterator();
    }
  }

  private static Iterator<Ingested> reuters(FileSystem fs, Path path) throws IOException {
    byte[] bytes;
    try (InputStream in = fs.open(path)) {
      bytes = in.readAllBytes();
    }
    // The collection is 7-bit text with a few stray Latin-1 bytes; ReutersReader reads it as Latin-1 too.
    List<Article> articles = ReutersReader.parse(new String(bytes, StandardCharsets.ISO_8859_1), Integer.MAX_VALUE);
    return articles.stream().map(a -> Ingested.of(a, List.of())).iterator();
  }

  private static ReadItem failed(InputFiles.InputFile file, String message) {
    return new ReadItem(Position.ofDoc(file.index(), 0), null, new ErrorData(file.name(), "read", "read.io", message));
  }
}
