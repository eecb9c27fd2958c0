package org.dyad.server;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to this server by name: the loopback names, the host it is bound to and those
 * the operator allows. A page elsewhere whose name is made to resolve to 127.0.0.1 (DNS rebinding) sends its own
 * name in {@code Host} and is refused, so it cannot read the API as its own origin. Every answer also carries
 * headers that keep the UI out of other sites' frames and stop browsers from guessing content types.
 */
final class HostCheck {
  static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none';"
      + " base-uri 'none'; frame-ancestors 'none'";

  private final Set<String> allowed = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]", "::1"));

  HostCheck(ServerOptions opts) {
    if (opts.host() != null && !opts.host().equals("0.0.0.0") && !opts.host().equals("::")) allowed.add(name(opts.host()));
    for (String h : opts.allowedHosts()) allowed.add(name(h));
  }

  /** Sets the security headers, then throws a 403 for a host not allowed. */
  void check(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    String host = ctx.header("Host");
    if (host == null || !allowed.contains(name(stripPort(host)))) {
      throw new ApiError(403, "host_not_allowed", "requests must be addressed to " + allowed
          + " (serve --allow-host NAME adds a name)");
    }
  }

  private static String stripPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 ? host.substring(0, end + 1) : host;
    }
    int colon = host.lastIndexOf(':');
    return colon > 0 && host.indexOf(':') == colon ? host.substring(0, colon) : host;
  }

  private static String name(String host) {
    return host.trim().toLowerCase(Locale.ROOT);
  }
}
