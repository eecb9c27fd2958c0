package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.store.EventStore;

/** A second process that holds a store open for writing until its standard input closes, as a running ingest does. */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    try (EventStore store = EventStore.open(Path.of(args[0]), false)) {
      System.out.println("holding " + store.dir());
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our input
      }
    }
  }
}
