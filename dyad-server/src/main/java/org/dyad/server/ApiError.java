package org.dyad.server;

/** An error the API answers with its status and a JSON body {@code {"error": code, "message": ...}}. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String code;

  ApiError(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
