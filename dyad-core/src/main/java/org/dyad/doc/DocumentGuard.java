package org.dyad.doc;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place where a failure while reading, extracting or coding one document becomes that document's
 * {@link DocError} and the batch goes on. Every path that handles documents one at a time runs each document's
 * work through here: the readers (file by file, and page by page inside an archive or feed), the coder, and the
 * commands, the server and the Spark job that call them.
 *
 * <p>What is caught is everything short of the JVM's own failure. A {@link StackOverflowError} is one document's
 * fault (a page or feed nested deeper than some library's recursion can go); it has unwound by the time it is
 * caught, so the next document starts on a clean stack. {@link OutOfMemoryError} and {@link InternalError}, the
 * other {@link VirtualMachineError}s, leave the whole JVM in doubt and propagate.
 */
public final class DocumentGuard {
  /** Reasons quote at most this much of a failure's own message. */
  private static final int MAX_QUOTED = 200;

  private DocumentGuard() {}

  /** The work's result, or {@code onFailure}'s answer to the document's error when the work failed. */
  public static <T> T call(String docId, String stage, Supplier<T> work, Function<DocError, T> onFailure) {
    try {
      return work.get();
    } catch (Throwable t) {
      return onFailure.apply(failure(docId, stage, t));
    }
  }

  /** Runs the work; the document's error when it failed, else null. */
  public static DocError run(String docId, String stage, Runnable work) {
    try {
      work.run();
      return null;
    } catch (Throwable t) {
      return failure(docId, stage, t);
    }
  }

  /**
   * The documents of one source (a file, a request body) read through {@code open}, with a failure of the reader
   * as one last item ({@code asItem} of its error): a reader that failed half-way cannot be trusted to find the
   * next document, so nothing more is read from that source.
   */
  public static <T> Iterator<T> iterator(String sourceId, String stage, Supplier<Iterator<T>> open, Function<DocError, T> asItem) {
    return new Iterator<>() {
      private Iterator<T> items;
      private T failed;
      private int read;
      private boolean over;

      @Override
      public boolean hasNext() {
        if (failed != null) return true;
        if (over) return false;
        try {
          if (items == null) items = open.get();
          over = !items.hasNext();
        } catch (Throwable t) {
          fail(t);
        }
        return failed != null || !over;
      }

      @Override
      public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        if (failed != null) {
          T f = failed;
          failed = null;
          return f;
        }
        try {
          T item = items.next();
          read++;
          return item;
        } catch (Throwable t) {
          fail(t);
          T f = failed;
          failed = null;
          return f;
        }
      }

      private void fail(Throwable t) {
        DocError e = failure(sourceId, stage, t);
        String rest = read > 0 ? "; the rest of the file was not read" : "";
        failed = asItem.apply(new DocError(e.docId(), e.stage(), e.code(), e.message() + rest));
        over = true;
      }
    };
  }

  /**
   * The document's error for a failure, with a reason a user can act on. Rethrows what must not be swallowed: the
   * JVM's own failures, as above.
   */
  public static DocError failure(String docId, String stage, Throwable t) {
    if (t instanceof VirtualMachineError v && !(t instanceof StackOverflowError)) throw v;
    if (t instanceof InterruptedException) Thread.currentThread().interrupt();
    if (t instanceof StackOverflowError) {
      return new DocError(docId, stage, "reject.too-deep",
          // Which library's recursion gave out is no help to the user and varies from run to run: not said.
          "the document is nested too deeply to be processed (deeper than a parser's recursion can go)");
    }
    String said = t.getMessage() == null ? "" : ": " + quote(t.getMessage());
    return new DocError(docId, stage, "reject.internal",
        "could not be processed: " + t.getClass().getSimpleName() + said + " (in " + where(t) + ")");
  }

  /** The method that failed: the innermost frame, which for an overflow is in the recursion itself. */
  private static String where(Throwable t) {
    StackTraceElement[] frames = t.getStackTrace();
    if (frames.length == 0) return "unknown code";
    return frames[0].getClassName() + "." + frames[0].getMethodName();
  }

  private static String quote(String message) {
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED) + "…";
  }
}
