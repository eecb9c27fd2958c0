package org.dyad;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

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

  /**
   * The read-only shared data folder beside the repository ({@code ../shared}: gold sets, corpora, dictionaries).
   * A fresh clone has none: the calling test is then skipped (a JUnit assumption) with a message saying which test
   * and why, and the rest of the build runs. CI has the folder; where {@code DYAD_SHARED_REQUIRED} is set (as
   * {@code .ci/run} sets it) a missing folder fails the test instead, so that CI never skips in silence. Classes
   * that need the folder in {@code @BeforeAll} use {@link NeedsShared} instead.
   */
  public static Path shared() {
    String missing = missingReason();
    if (missing != null) {
      if (System.getenv("DYAD_SHARED_REQUIRED") != null) throw new AssertionError("DYAD_SHARED_REQUIRED: " + caller() + " " + missing);
      Assumptions.assumeTrue(false, "skipped: " + caller() + " " + missing);
    }
    return location();
  }

  /** Why the shared folder cannot be used, said after a test's name; null when it is there. */
  static String missingReason() {
    Path p = location();
    if (Files.isDirectory(p)) return null;
    return "needs the shared data folder (gold sets, corpora, dictionaries), which is not at " + p
        + "; it sits beside the repository as ../shared (or give -Ddyad.shared=DIR)";
  }

  private static Path location() {
    String prop = System.getProperty("dyad.shared");
    return (prop != null ? Path.of(prop) : root().resolve("../shared")).normalize();
  }

  /** The test class and method that asked for the shared folder. */
  private static String caller() {
    return StackWalker.getInstance().walk(frames -> frames.filter(f -> !f.getClassName().equals(SharedCoder.class.getName()))
        .findFirst().map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
        .orElse("a test"));
  }
}
