package org.dyad.server;

/** The server cannot listen where it was asked to: the message says where, why, and what to do. */
public final class ListenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ListenException(String message, Throwable cause) {
    super(message, cause);
  }
}
