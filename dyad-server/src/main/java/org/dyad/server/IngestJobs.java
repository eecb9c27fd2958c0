package org.dyad.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.dyad.Coder;
import org.dyad.doc.DocError;
import org.dyad.ingest.Ingested;
import org.dyad.store.Ingestor;
import org.dyad.store.StoreException;
import org.dyad.store.StoreWriter;

/**
 * The store's one writer as a queue: every ingest in a process (a {@code POST /api/ingest} body, an article that
 * {@code dyad watch} fetched) is a job run on one thread, in the order given; meanwhile the server's readers see
 * what the last committed batch left. A job's progress and per-article errors can be read while it runs and after
 * it ends (the newest {@value #KEEP} jobs).
 */
public final class IngestJobs implements AutoCloseable {
  /** How many finished jobs stay answerable; older ones are forgotten (their articles stay in the store). */
  public static final int KEEP = 200;
  /** Per-article errors kept per job; a larger count is still reported, as a number. */
  static final int MAX_ERRORS = 1000;

  public enum State { QUEUED, RUNNING, DONE, FAILED }

  /** One ingest: its state, totals so far, errors, and a future that completes when it ends. */
  public static final class Job {
    private final long id;
    private final String label;
    private volatile State state = State.QUEUED;
    private volatile Ingestor.Totals totals = new Ingestor.Totals(0, 0, 0, 0, 0, 0, 0);
    private volatile String failure;
    private final List<DocError> errors = new ArrayList<>();
    private int errorCount;
    private final CompletableFuture<Ingestor.Totals> done = new CompletableFuture<>();

    private Job(long id, String label) {
      this.id = id;
      this.label = label;
    }

    public long id() {
      return id;
    }

    public State state() {
      return state;
    }

    public Ingestor.Totals totals() {
      return totals;
    }

    /** Why the job failed as a whole (a batch that could not be stored, models that could not load); null if it did not. */
    public String failure() {
      return failure;
    }

    public synchronized List<DocError> errors() {
      return List.copyOf(errors);
    }

    private synchronized void error(DocError e) {
      errorCount++;
      if (errors.size() < MAX_ERRORS) errors.add(e);
    }

    /** Waits for the end: the totals, or a {@link StoreException} saying why the job failed. */
    public Ingestor.Totals await() throws InterruptedException {
      try {
        return done.get();
      } catch (ExecutionException e) {
        throw new StoreException(failure, e.getCause());
      }
    }

    /** The job as {@code GET /api/ingest/{id}} answers it. */
    public synchronized Map<String, Object> json() {
      Ingestor.Totals t = totals;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
      m.put("source", label);
      m.put("read", t.read());
      m.put("added", t.added());
      m.put("replaced", t.replaced());
      m.put("unchanged", t.skipped());
      m.put("rejected", t.rejected());
      m.put("events", t.events());
      m.put("mentions", t.mentions());
      if (failure != null) m.put("message", failure);
      List<Map<String, String>> es = new ArrayList<>();
      for (DocError e : errors) {
        Map<String, String> em = new LinkedHashMap<>();
        em.put("doc_id", e.docId());
        em.put("stage", e.stage());
        em.put("code", e.code());
        em.put("message", e.message());
        es.add(em);
      }
      m.put("errors", es);
      m.put("errors_total", errorCount);
      m.put("href", "/api/ingest/" + id);
      return m;
    }
  }

  private final StoreWriter writer;
  private final Supplier<Coder> coder;
  private final int batchSize;
  private final ExecutorService thread;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Job> recent = new LinkedHashMap<>();

  /** {@code batchSize}: articles per transaction; 1 makes each article visible to readers as soon as it is coded. */
  public IngestJobs(StoreWriter writer, Supplier<Coder> coder, int batchSize) {
    this.writer = writer;
    this.coder = coder;
    this.batchSize = Math.max(1, batchSize);
    this.thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "dyad-writer");
      t.setDaemon(true); // a job cut short leaves the store as its last committed batch did
      return t;
    });
  }

  /** Queues the documents as one job; {@code label} says where they came from. */
  public Job submit(String label, Iterator<Ingested> docs) {
    Job job = new Job(ids.incrementAndGet(), label);
    synchronized (recent) {
      recent.put(job.id, job);
      if (recent.size() > KEEP) recent.remove(recent.keySet().iterator().next());
    }
    thread.execute(() -> run(job, docs));
    return job;
  }

  /** Jobs waiting for the writer: each holds its articles (a request body) in memory until it runs. */
  public int queued() {
    synchronized (recent) {
      return (int) recent.values().stream().filter(j -> j.state == State.QUEUED).count();
    }
  }

  /** A job by id, while it is among the newest {@value #KEEP}. */
  public java.util.Optional<Job> get(long id) {
    synchronized (recent) {
      return java.util.Optional.ofNullable(recent.get(id));
    }
  }

  private void run(Job job, Iterator<Ingested> docs) {
    job.state = State.RUNNING;
    try {
      Ingestor.Totals t = new Ingestor(coder, writer, 1, batchSize, new Ingestor.Listener() {
        @Override
        public void error(DocError e) {
          job.error(e);
        }

        @Override
        public void progress(Ingestor.Totals totals) {
          job.totals = totals;
        }
      }).run(docs);
      job.totals = t;
      job.state = State.DONE;
      job.done.complete(t);
    } catch (RuntimeException | Error e) {
      // The job ends, the queue goes on: the next job may well succeed (a batch refused for its own data).
      job.failure = e.getMessage() == null ? e.toString() : e.getMessage();
      job.state = State.FAILED;
      job.done.completeExceptionally(e);
      if (e instanceof VirtualMachineError) throw (VirtualMachineError) e;
    }
  }

  /** Stops taking jobs; the one running is interrupted (its committed batches stay, the rest is as if never sent). */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
