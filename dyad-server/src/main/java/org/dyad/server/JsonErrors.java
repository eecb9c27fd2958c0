package org.dyad.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers as the API's JSON ({@code {"error", "message"}}): a request Jetty refuses before
 * Javalin sees it (a malformed request 400, a URI too long 414, headers too large 431) used to get an HTML page.
 */
final class JsonErrors extends ErrorHandler {
  /** The error code for a status: the API's names, else Jetty's reason phrase in snake case. */
  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      case 414 -> "uri_too_long";
      case 421 -> "misdirected_request";
      case 431 -> "headers_too_large";
      case 500 -> "internal";
      default -> String.valueOf(HttpStatus.getMessage(status)).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    };
  }

  static String body(int status, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", code(status));
    m.put("message", message == null || message.isBlank() ? HttpStatus.getMessage(status) : message);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e); // a map of two strings always serialises
    }
  }

  /** Requests the HTTP parser refused: no servlet, so the body is returned as bytes. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
      String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body(code, message));
  }
}
