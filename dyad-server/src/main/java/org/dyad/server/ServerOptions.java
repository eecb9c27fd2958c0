package org.dyad.server;

import java.util.List;

/**
 * How to serve: host and port (0: any free port), the admin token that enables {@code POST /api/ingest} (null:
 * read-only), the largest request body accepted, how many database connections serve requests at once, and the
 * host names requests may be addressed to besides the loopback names and the bound host ({@link HostCheck}).
 */
public record ServerOptions(String host, int port, String adminToken, long maxBodyBytes, int connections, List<String> allowedHosts) {
  public static final long DEFAULT_MAX_BODY = 4L << 20;

  public ServerOptions {
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
  }

  public ServerOptions(String host, int port, String adminToken, long maxBodyBytes, int connections) {
    this(host, port, adminToken, maxBodyBytes, connections, List.of());
  }

  public static ServerOptions loopback(int port) {
    return new ServerOptions("127.0.0.1", port, null, DEFAULT_MAX_BODY, 8);
  }

  public ServerOptions withAdminToken(String token) {
    return new ServerOptions(host, port, token, maxBodyBytes, connections, allowedHosts);
  }

  public ServerOptions withAllowedHosts(List<String> names) {
    return new ServerOptions(host, port, adminToken, maxBodyBytes, connections, names);
  }
}
