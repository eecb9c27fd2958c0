package org.dyad.server;

/**
 * How to serve: host and port (0: any free port), the admin token that enables {@code POST /api/ingest} (null:
 * read-only), the largest request body accepted, and how many database connections serve requests at once.
 */
public record ServerOptions(String host, int port, String adminToken, long maxBodyBytes, int connections) {
  public static final long DEFAULT_MAX_BODY = 4L << 20;

  public static ServerOptions loopback(int port) {
    return new ServerOptions("127.0.0.1", port, null, DEFAULT_MAX_BODY, 8);
  }

  public ServerOptions withAdminToken(String token) {
    return new ServerOptions(host, port, token, maxBodyBytes, connections);
  }
}
