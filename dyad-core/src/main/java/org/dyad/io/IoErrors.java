package org.dyad.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * Why a file could not be read, in words a user can act on. Java's own messages for file errors are often just the
 * path ({@link NoSuchFileException}, {@link AccessDeniedException}), which repeats the name and hides the reason.
 */
public final class IoErrors {
  private IoErrors() {}

  public static String describe(IOException e) {
    String m = e.getMessage();
    if (truncated(e)) return "the file is truncated (unexpected end of data)";
    if (e instanceof ZipException) return "corrupt gzip data (" + m + ")";
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NotDirectoryException) return "a part of the path is not a folder";
    if (e instanceof FileSystemLoopException) return "a symbolic link loop";
    if (e instanceof FileSystemException fs) return fs.getReason() != null ? lower(fs.getReason()) : "the file system refused to open it";
    if (m != null && !m.isBlank()) return m;
    return "a read error";
  }

  /** Whether the data ended before its format said it would: a file cut short, not a malformed one. */
  public static boolean truncated(IOException e) {
    return e instanceof EOFException || (e.getMessage() != null && e.getMessage().contains("Unexpected end of ZLIB"));
  }

  private static String lower(String reason) {
    return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }
}
