package org.dyad.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;

/**
 * The feed items {@code dyad watch} has dealt with, kept in the store (table {@code watch_items}) so that a restart
 * fetches neither more nor less than what is left. An item counts as done when it is recorded here or when an
 * article with its URL is stored: the article's batch is committed before the item is recorded, so a watcher killed
 * in between finds the article and does not fetch it again. Own connection: written by the watcher's thread only.
 */
public final class WatchedItems implements AutoCloseable {
  private final Connection c;

  public WatchedItems(EventStore store) {
    c = store.newConnection();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS watch_items (url VARCHAR PRIMARY KEY, feed VARCHAR, outcome VARCHAR,"
          + " done_at TIMESTAMP DEFAULT current_timestamp)");
    } catch (SQLException e) {
      throw new StoreException("cannot make the watch_items table in " + store.dir() + ": " + e.getMessage(), e);
    }
  }

  /** Whether the item at {@code url} was dealt with before (recorded, or stored as an article). */
  public boolean done(String url) {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 WHERE EXISTS (SELECT 1 FROM watch_items WHERE url = ?) OR EXISTS (SELECT 1 FROM articles WHERE url = ?)")) {
      ps.setString(1, url);
      ps.setString(2, url);
      try (ResultSet r = ps.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up " + url + " in watch_items: " + e.getMessage(), e);
    }
  }

  /** Records the item as dealt with: {@code outcome} says how (stored, or why not). */
  public void mark(String url, String feed, String outcome) {
    try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO watch_items (url, feed, outcome, done_at) VALUES (?, ?, ?, current_timestamp)")) {
      ps.setString(1, url);
      ps.setString(2, feed);
      ps.setString(3, outcome);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record " + url + " in watch_items: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing at the end of the run: the store's own close reports a real problem
    }
  }
}
