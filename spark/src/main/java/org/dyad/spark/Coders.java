package org.dyad.spark;

import java.util.concurrent.ConcurrentHashMap;
import org.dyad.Coder;
import org.dyad.CoderOptions;

/**
 * One {@link Coder} per JVM and options, created by the first task that needs it and shared by every task
 * thread of the executor: the models take ~2 GB and tens of seconds to load, and a Coder is thread-safe.
 * A second task arriving while the first loads waits for it instead of loading its own copy.
 */
public final class Coders {
  private static final ConcurrentHashMap<CoderOptions, Coder> CODERS = new ConcurrentHashMap<>();

  private Coders() {}

  public static Coder get(CoderOptions options) {
    return CODERS.computeIfAbsent(options, Coder::create);
  }
}
