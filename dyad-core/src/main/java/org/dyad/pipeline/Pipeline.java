package org.dyad.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.doc.DocError;
import org.dyad.doc.Document;
import org.dyad.doc.DocumentGuard;
import org.dyad.doc.Key;

/**
 * Runs stages in order. Built once; {@link #of} checks that every required layer is provided by an earlier
 * stage, so a mis-wired pipeline fails at start-up rather than on the first article.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(List<Stage> stages) {
    Map<Key<?>, String> provided = new HashMap<>();
    for (Stage s : stages) {
      for (Key<?> k : s.requires()) {
        if (!provided.containsKey(k)) {
          throw new IllegalArgumentException("stage '" + s.name() + "' requires layer '" + k
              + "', which no earlier stage provides; add the stage that provides it before '" + s.name() + "'");
        }
      }
      for (Key<?> k : s.provides()) {
        String prev = provided.put(k, s.name());
        if (prev != null) throw new IllegalArgumentException("layer '" + k + "' is provided twice: by '" + prev + "' and '" + s.name() + "'");
      }
    }
    return new Pipeline(stages);
  }

  /**
   * Runs every stage; a stage that rejects the document (empty, not English...) stops the later ones. A stage that
   * fails on the document (a model throwing on pathological input, a recursion too deep for it) rejects it too, with
   * the stage's name and the reason, through the one per-document guard: the batch goes on.
   */
  public Document run(Document doc) {
    for (Stage s : stages) {
      if (doc.rejected()) break;
      DocError failed = DocumentGuard.run(doc.id(), s.name(), () -> s.process(doc));
      if (failed != null) doc.error(failed.stage(), failed.code(), failed.message());
    }
    return doc;
  }

  /** The stages, in the order they run. */
  public List<Stage> stages() {
    return stages;
  }

  /** What each stage requires and provides, a line each in the order they run (layer names sorted: sets have no order). */
  public String explain() {
    StringBuilder sb = new StringBuilder(String.format("%-10s %-36s %s%n", "stage", "requires", "provides"));
    for (Stage s : stages) sb.append(String.format("%-10s %-36s %s%n", s.name(), names(s.requires()), names(s.provides())));
    return sb.toString();
  }

  private static String names(java.util.Set<Key<?>> keys) {
    return keys.isEmpty() ? "-" : keys.stream().map(Key::name).sorted().collect(java.util.stream.Collectors.joining(", "));
  }
}
