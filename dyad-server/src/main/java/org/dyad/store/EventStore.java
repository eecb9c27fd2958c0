package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * An event store on disk: a folder holding the DuckDB database ({@value #DB_FILE}) and the Lucene index of article
 * text ({@value #INDEX_DIR}/). DuckDB allows one writing process at a time; read-only opens may share the file.
 */
public final class EventStore implements AutoCloseable {
  public static final String DB_FILE = "dyad.duckdb";
  public static final String INDEX_DIR = "lucene";

  private final Path dir;
  private final DuckDBConnection conn;
  private final boolean readOnly;
  private final boolean sentenceIndex;

  private EventStore(Path dir, DuckDBConnection conn, boolean readOnly, boolean sentenceIndex) {
    this.dir = dir;
    this.conn = conn;
    this.readOnly = readOnly;
    this.sentenceIndex = sentenceIndex;
  }

  /** Opens (and for writing, creates) the store in {@code dir}. */
  public static EventStore open(Path dir, boolean readOnly) {
    Path db = dir.resolve(DB_FILE);
    try {
      if (readOnly && !Files.exists(db)) throw new StoreException("no event store in " + dir + " (run 'dyad ingest --db " + dir + " ...' first)");
      if (!readOnly) Files.createDirectories(dir);
      Properties p = new Properties();
      if (readOnly) p.setProperty("duckdb.read_only", "true");
      DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
      if (!readOnly) Schema.create(c);
      return new EventStore(dir, c, readOnly, Schema.sentenceIndex(c));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    } catch (SQLException e) {
      throw new StoreException(whyNotOpened(dir, e), e);
    }
  }

  /** One line with the cause and what to do: DuckDB's own text names the lock holder's PID and a web page. */
  static String whyNotOpened(Path dir, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("Could not set lock")) {
      java.util.regex.Matcher pid = java.util.regex.Pattern.compile("\\(PID (\\d+)\\)").matcher(m);
      // One process writes a store and no other can open it meanwhile; a served store takes new articles through its server.
      return "the event store in " + dir + " is in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
          + ": one process at a time owns a store. To add articles while it is served, POST them to /api/ingest of a"
          + " 'dyad serve --admin-token-file', or let 'dyad watch' (which serves the store too) fetch them from feeds;"
          + " else stop that 'dyad serve', 'watch' or 'ingest' and try again, or use another --db";
    }
    if (m.contains("not a valid DuckDB database")) {
      return dir.resolve(DB_FILE) + " is not a DuckDB database (damaged, or not written by Dyad): restore it from a backup, or use another --db";
    }
    return "cannot open the event store in " + dir + ": " + m.lines().findFirst().orElse("");
  }

  public Path dir() {
    return dir;
  }

  public Path indexDir() {
    return dir.resolve(INDEX_DIR);
  }

  public boolean readOnly() {
    return readOnly;
  }

  /**
   * Whether the text index holds the sentences of the indexed articles, so the events' text filter can use it:
   * always once the store has been opened for writing by this version; false for an older store opened read-only.
   */
  public boolean sentenceIndex() {
    return sentenceIndex;
  }

  /** The store's own connection: used by one thread at a time (the writer, or a command). */
  public Connection connection() {
    return conn;
  }

  /** Another connection to the same database, for a reader thread. */
  public Connection newConnection() {
    try {
      return conn.duplicate();
    } catch (SQLException e) {
      throw new StoreException("cannot open a connection: " + e.getMessage(), e);
    }
  }

  public long count(String table) {
    if (!table.matches("articles|sentences|events|mentions")) throw new IllegalArgumentException(table);
    try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count " + table + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the event store: " + e.getMessage(), e);
    }
  }
}
