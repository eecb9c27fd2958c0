package org.dyad.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.dyad.CodedArticle;
import org.dyad.Coder;
import org.dyad.doc.DocError;
import org.dyad.io.Input;

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

  /** Running totals of one ingest run. */
  public record Totals(int read, int added, int replaced, int skipped, int rejected, int events) {
    Totals plus(StoreWriter.BatchResult b) {
      return new Totals(read, added + b.added(), replaced + b.replaced(), skipped + b.unchanged(), rejected, events + b.events());
    }

    Totals read(int n) {
      return new Totals(read + n, added, replaced, skipped, rejected, events);
    }

    Totals skip() {
      return new Totals(read, added, replaced, skipped + 1, rejected, events);
    }

    Totals reject() {
      return new Totals(read, added, replaced, skipped, rejected + 1, events);
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

  public Totals run(Iterator<Input> inputs) {
    Totals t = new Totals(0, 0, 0, 0, 0, 0);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      ArrayDeque<Future<CodedArticle>> window = new ArrayDeque<>();
      List<CodedArticle> batch = new ArrayList<>();
      while (inputs.hasNext()) {
        Input in = inputs.next();
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
        window.add(pool.submit(() -> c.code(in.article())));
        while (window.size() > Math.max(2, threads * 4)) t = take(window.poll(), batch, t);
        if (batch.size() >= batchSize) t = flush(batch, t);
      }
      while (!window.isEmpty()) {
        t = take(window.poll(), batch, t);
        if (batch.size() >= batchSize) t = flush(batch, t);
      }
      t = flush(batch, t);
      return t;
    } finally {
      pool.shutdownNow();
    }
  }

  private Totals take(Future<CodedArticle> f, List<CodedArticle> batch, Totals t) {
    CodedArticle a;
    try {
      a = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted", e);
    } catch (ExecutionException e) {
      throw new StoreException("coding failed: " + e.getCause(), e.getCause());
    }
    for (DocError e : a.errors()) listener.error(e);
    if (a.sentences() == 0) return t.reject();
    batch.add(a);
    return t;
  }

  private Totals flush(List<CodedArticle> batch, Totals t) {
    if (batch.isEmpty()) return t;
    Totals after = t.plus(writer.commit(batch));
    batch.clear();
    listener.progress(after);
    return after;
  }
}
