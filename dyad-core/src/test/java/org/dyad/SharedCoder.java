package org.dyad;

import java.nio.file.Files;
import java.nio.file.Path;

/** One coder for all integration tests of the JVM: the CoreNLP models load once (~30 s), not per test. */
public final class SharedCoder {
  private SharedCoder() {}

  private static final class Holder {
    static final Coder CODER = Coder.create(CoderOptions.defaults());
  }

  public static Coder get() {
    return Holder.CODER;
  }

  /** The repository root (tests run in a module folder). */
  public static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("examples"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    return p;
  }

  /** The read-only shared data folder beside the repository ({@code ../shared}). */
  public static Path shared() {
    String prop = System.getProperty("dyad.shared");
    Path p = prop != null ? Path.of(prop) : root().resolve("../shared");
    return p.normalize();
  }
}
