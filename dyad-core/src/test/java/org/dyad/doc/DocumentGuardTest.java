package org.dyad.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the one per-document guard turns into a document's error, and what it lets end the run. */
@Tag("issue-15")
class DocumentGuardTest {
  private static int depth(int n) {
    return depth(n + 1) + 1; // recursion without end: a real StackOverflowError
  }

  @Test
  void issue15_aStackOverflowIsTheDocumentsErrorWithAReason() {
    String got = DocumentGuard.call("page.html", "read", () -> "depth " + depth(0), e -> e.toString());
    assertTrue(got.startsWith("page.html: the document is nested too deeply to be processed (deeper than a parser's recursion can go)"), got);
    assertTrue(!got.contains("DocumentGuardTest"), "no Java names reach the user: " + got);
    assertTrue(got.endsWith("[read/reject.too-deep]"), got);
  }

  @Test
  void issue15_anyOtherFailureIsTheDocumentsErrorNamingWhatFailed() {
    DocError e = DocumentGuard.run("a.txt", "pipeline", () -> Integer.parseInt("twelve"));
    assertEquals("reject.internal", e.code());
    assertEquals("pipeline", e.stage());
    assertTrue(e.message().startsWith("could not be processed: NumberFormatException: For input string: \"twelve\" (in "), e.message());
    assertNull(DocumentGuard.run("b.txt", "pipeline", () -> Integer.parseInt("12")), "no error when the work succeeds");
  }

  @Test
  void issue15_theJvmsOwnFailuresAreNotSwallowed() {
    assertThrows(OutOfMemoryError.class, () -> DocumentGuard.run("a.txt", "pipeline", () -> {
      throw new OutOfMemoryError("Java heap space");
    }));
    assertThrows(InternalError.class, () -> DocumentGuard.failure("a.txt", "pipeline", new InternalError("bad")));
  }

  @Test
  void issue15_aReaderThatFailsEndsItsFileWithOneErrorItem() {
    Iterator<Integer> failsAfterOne = new Iterator<>() {
      private int n;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (n++ == 0) return 1;
        return depth(0);
      }
    };
    Iterator<Integer> guarded = DocumentGuard.iterator("feed.atom", "read", () -> failsAfterOne, e -> {
      assertEquals("feed.atom", e.docId());
      assertTrue(e.message().contains("the rest of the file was not read"), e.message());
      return -1;
    });
    List<Integer> got = new ArrayList<>();
    guarded.forEachRemaining(got::add);
    assertEquals(List.of(1, -1), got);
  }

  @Test
  void issue15_aReaderThatCannotEvenOpenIsOneErrorItem() {
    Iterator<String> guarded = DocumentGuard.iterator("feed.atom", "read", () -> {
      throw new IllegalStateException("unreadable");
    }, e -> e.message());
    assertTrue(guarded.hasNext());
    String message = guarded.next();
    assertTrue(message.startsWith("could not be processed: IllegalStateException: unreadable (in "), message);
    assertTrue(!guarded.hasNext());
  }
}
