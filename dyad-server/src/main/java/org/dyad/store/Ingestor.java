package org.dyad.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.dyad.CodedArticle;
import org.dyad.Coder;
import org.dyad.doc.DocError;
import org.dyad.doc.DocumentGuard;
import org.dyad.ingest.Ingested;

/**
 * Codes inputs with the {@link Coder} (as {@code dyad code} does: a pool of threads, a bounded window that keeps
 * input order) and stores them in batches through a {@link StoreWriter}. Articles the store already holds under
 * the same dictionaries are skipped before coding, which is what makes a rerun after a crash cheap.
 */
public final class Ingestor {
  /** Told about errors (per document) and progress (after each committed batch). */
  public interface Listener {
    void error(DocError e);

    void progress(Totals totals);
  }

  /**
   * Running totals of one ingest run; {@code events}: the events the store holds for the articles the run stored;
   * {@code mentions}: events the run's articles reported again (copies of a stored story), stored as mentions.
   */
  public record Totals(int read, int added, int replaced, int skipped, int rejected, int events, int mentions) {
    Totals plus(StoreWriter.BatchResult b, int eventsStored) {
      return new Totals(read, added + b.added(), replaced + b.replaced(), skipped + b.unchanged(), rejected, eventsStored,
          mentions + b.mentionsAdded());
    }

    Totals read(int n) {
      return new Totals(read + n, added, replaced, skipped, rejected, events, mentions);
    }

    Totals skip() {
      return new Totals(read, added, replaced, skipped + 1, rejected, events, mentions);
    }

    Totals reject() {
      return new Totals(read, added, replaced, skipped, rejected + 1, events, mentions);
    }

    public int done() {
      return added + replaced + skipped + rejected;
    }
  }

  private final Supplier<Coder> coder;
  private final StoreWriter writer;
  private final int threads;
  private final int batchSize;
  private final Listener listener;

  /** {@code coder} is asked for only when an article needs coding: a rerun with nothing new loads no models. */
  public Ingestor(Supplier<Coder> coder, StoreWriter writer, int threads, int batchSize, Listener listener) {
    this.coder = coder;
    this.writer = writer;
    this.threads = Math.max(1, threads);
    this.batchSize = Math.max(1, batchSize);
    this.listener = listener;
  }

  /** Codes and stores the documents; one that could not be read is counted as rejected and told to the listener. */
  public Totals run(Iterator<Ingested> inputs) {
    Totals t = new Totals(0, 0, 0, 0, 0, 0, 0);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      ArrayDeque<Coding> window = new ArrayDeque<>();
      List<CodedArticle> batch = new ArrayList<>();
      Map<Long, Integer> stored = new HashMap<>();
      while (inputs.hasNext()) {
        Ingested in = inputs.next();
        t = t.read(1);
        if (in.article() == null) {
          listener.error(in.error());
          t = t.reject();
          continue;
        }
        if (writer.plan(in.article()) == StoreWriter.Plan.SKIP) {
          t = t.skip();
          continue;
        }
        Coder c = coder.get();
        window.add(new Coding(in.article().id(), pool.submit(() -> c.code(in.article()))));
        while (window.size() > Math.max(2, threads * 4)) t = take(window.poll(), batch, t);
        if (batch.size() >= batchSize) t = flush(batch, t, stored);
      }
      while (!window.isEmpty()) {
        t = take(window.poll(), batch, t);
        if (batch.size() >= batchSize) t = flush(batch, t, stored);
      }
      t = flush(batch, t, stored);
      return t;
    } finally {
      pool.shutdownNow();
    }
  }

  /** An article being coded on the pool. */
  private record Coding(String docId, Future<CodedArticle> result) {}

  private Totals take(Coding coding, List<CodedArticle> batch, Totals t) {
    CodedArticle a;
    try {
      a = coding.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted", e);
    } catch (ExecutionException e) {
      // The coder reports its own failures; what still escapes it is this article's error too, and the run goes on.
      listener.error(DocumentGuard.failure(coding.docId(), "pipeline", e.getCause()));
      return t.reject();
    }
    for (DocError e : a.errors()) listener.error(e);
    if (a.sentences() == 0) return t.reject();
    batch.add(a);
    return t;
  }

  private Totals flush(List<CodedArticle> batch, Totals t, Map<Long, Integer> stored) {
    if (batch.isEmpty()) return t;
    StoreWriter.BatchResult b = writer.commit(batch);
    // By store id: an article replaced later in the run (the same URL, a newer text) counts with its last events only.
    stored.putAll(b.eventsByArticle());
    Totals after = t.plus(b, stored.values().stream().mapToInt(Integer::intValue).sum());
    batch.clear();
    listener.progress(after);
    return after;
  }
}
