package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.CodedArticle;
import org.dyad.Coder;
import org.dyad.doc.Article;

/** Codes a list of gold texts on a few threads and returns the results in the list's order. */
final class BatchCoder {
  private BatchCoder() {}

  static List<CodedArticle> codeAll(Coder coder, int threads, List<Article> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<CodedArticle>> futures = new ArrayList<>();
      for (Article a : articles) futures.add(pool.submit(() -> coder.code(a)));
      List<CodedArticle> out = new ArrayList<>();
      for (Future<CodedArticle> f : futures) out.add(f.get());
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
