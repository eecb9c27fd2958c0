package org.dyad.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;

/** A fixed set of DuckDB connections shared by the request threads: each query borrows one and gives it back. */
final class Readers implements AutoCloseable {
  interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  private final BlockingQueue<Connection> free;

  Readers(EventStore store, int size) {
    free = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) free.add(store.newConnection());
  }

  <T> T with(Query<T> q) {
    Connection c;
    try {
      c = free.poll(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "busy", "interrupted while waiting for a database connection");
    }
    if (c == null) throw new ApiError(503, "busy", "the server is busy; try again");
    try {
      return q.run(c);
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    } finally {
      free.add(c);
    }
  }

  @Override
  public void close() {
    for (Connection c : free) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing at shutdown: nothing left to do with it
      }
    }
  }
}
