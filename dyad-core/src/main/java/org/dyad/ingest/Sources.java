package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.DocumentGuard;
import org.dyad.io.ArticleReader;
import org.dyad.io.DefaultDate;
import org.dyad.io.InputFormat;
import org.dyad.io.IoErrors;
import org.dyad.io.TextDecoding;

/**
 * The front door for input: names (files, folders, "-" for standard input) in, documents out, one at a time.
 * A folder means every file under it, recursively, in name order. Each file's format is the one given, or else
 * detected from its name and first bytes ({@link FormatDetector}). Files open only when reached and every reader
 * streams, so a crawl of any size goes through in constant memory.
 */
public final class Sources {
  private final InputFormat from;
  private final DefaultDate defaultDate;
  private final int maxChars;
  private final HtmlReader html;
  private final ArchiveReader archives;
  private final FeedReader feeds;

  /** {@code from}: null to detect each file's format. */
  public Sources(InputFormat from, LocalDate defaultDate, int maxChars, HtmlExtractor extractor) {
    this(from, DefaultDate.of(defaultDate), maxChars, extractor);
  }

  /** As above, with a default date that tells when it is first used (for a warning). */
  public Sources(InputFormat from, DefaultDate defaultDate, int maxChars, HtmlExtractor extractor) {
    this.from = from;
    this.defaultDate = defaultDate;
    this.maxChars = maxChars;
    this.html = new HtmlReader(extractor, defaultDate);
    this.archives = new ArchiveReader(html);
    this.feeds = new FeedReader(extractor, defaultDate);
  }

  /** The documents of all the inputs, in order; an input that cannot be read is one error, and the rest go on. */
  public Iterator<Ingested> open(List<String> names, InputStream stdin) {
    Iterator<FolderWalk.Entry> files = FolderWalk.entries(names).iterator();
    return new Iterator<>() {
      private Iterator<Ingested> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) current = openEntry(files.next(), stdin);
        return current.hasNext();
      }

      @Override
      public Ingested next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
      }
    };
  }

  /** Folders become their files (recursively, sorted, links followed); anything else is passed on and reported when opened. */
  public static List<String> expand(List<String> names) {
    return FolderWalk.entries(names).stream().filter(e -> e.problem() == null).map(FolderWalk.Entry::path).toList();
  }

  private Iterator<Ingested> openEntry(FolderWalk.Entry e, InputStream stdin) {
    if (e.problem() == null) return openOne(e.path(), stdin);
    return List.of(Ingested.failed(fileId(e.path()), "read.io", e.problem())).iterator();
  }

  /** The documents of one file (or of standard input); whatever breaks its reader is that file's error. */
  public Iterator<Ingested> openOne(String name, InputStream stdin) {
    return guarded(fileId(name), () -> readOne(name, stdin));
  }

  /** How errors name a file: by its file name, as documents are; the name as given where it has none ("/"). */
  private static String fileId(String name) {
    if (name.equals("-")) return "stdin";
    try {
      Path file = Path.of(name).getFileName();
      return file == null ? name : file.toString();
    } catch (java.nio.file.InvalidPathException e) {
      return name;
    }
  }

  /**
   * The documents of an open stream in format {@code f} whose file name is {@code fileName} (for ids and for
   * ".gz"); the stream may come from any file system (the Spark job reads HDFS and S3 this way).
   */
  public Iterator<Ingested> open(String fileName, InputFormat f, InputStream raw) {
    return guarded(fileName, () -> read(fileName, f, raw));
  }

  /**
   * A file's documents through the one per-document guard: a failure of its reader (a feed too deeply nested for
   * the XML library's recursion, say) is one error naming the file, and the next file is read.
   */
  public static Iterator<Ingested> guarded(String fileName, java.util.function.Supplier<Iterator<Ingested>> open) {
    return DocumentGuard.iterator(fileName, "read", open, Ingested::failed);
  }

  private Iterator<Ingested> readOne(String name, InputStream stdin) {
    boolean isStdin = name.equals("-");
    Path path = isStdin ? null : Path.of(name);
    InputFormat f = from != null ? from : isStdin ? InputFormat.TEXT : FormatDetector.detect(path);
    if (f != InputFormat.HTML && f != InputFormat.WARC && f != InputFormat.FEED) {
      return ingested(new ArticleReader(f, defaultDate, maxChars).open(name, stdin));
    }
    String fileName = isStdin ? "stdin" : path.getFileName().toString();
    try {
      return read(fileName, f, isStdin ? stdin : Files.newInputStream(path));
    } catch (IOException e) {
      return List.of(Ingested.failed(fileName, "read.io", "cannot read file: " + IoErrors.describe(e))).iterator();
    }
  }

  private Iterator<Ingested> read(String fileName, InputFormat f, InputStream raw) {
    if (f != InputFormat.HTML && f != InputFormat.WARC && f != InputFormat.FEED) {
      return ingested(new ArticleReader(f, defaultDate, maxChars).read(fileName, raw));
    }
    InputStream in = raw;
    try {
      // jwarc reads gzipped archives itself, record by record; pages and feeds are unzipped here, whatever their name.
      if (f != InputFormat.WARC) in = TextDecoding.unzipped(in);
    } catch (IOException e) {
      return List.of(Ingested.failed(fileName, "read.io", "cannot read file: " + IoErrors.describe(e))).iterator();
    }
    return switch (f) {
      case WARC -> archives.open(fileName, in);
      case FEED -> feeds.open(fileName, in);
      default -> {
        try (InputStream page = in) {
          yield List.of(html.read(pageId(fileName), null, null, null, page)).iterator();
        } catch (IOException e) {
          yield List.of(Ingested.failed(pageId(fileName), "read.io", "cannot read file: " + IoErrors.describe(e))).iterator();
        }
      }
    };
  }

  private static Iterator<Ingested> ingested(Iterator<org.dyad.io.Input> it) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Ingested next() {
        return Ingested.of(it.next());
      }
    };
  }

  /** A page's id is its file name without the .gz and .html/.htm extensions. */
  static String pageId(String fileName) {
    String id = fileName;
    if (id.toLowerCase(Locale.ROOT).endsWith(".gz")) id = id.substring(0, id.length() - 3);
    String lower = id.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".html", ".htm", ".xhtml"}) {
      if (lower.endsWith(ext)) return id.substring(0, id.length() - ext.length());
    }
    return id;
  }
}
