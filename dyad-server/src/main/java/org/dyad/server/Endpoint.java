package org.dyad.server;

import java.util.List;

/** An API route: what the router serves and what {@code /openapi.json} says about it (one source for both). */
record Endpoint(String method, String path, String summary, List<Param> params, boolean body) {
  Endpoint {
    params = List.copyOf(params);
  }

  /** Javalin's path syntax ({id}) is OpenAPI's too. */
  java.util.Set<String> queryNames() {
    java.util.Set<String> s = new java.util.HashSet<>();
    for (Param p : params) if (p.in().equals("query")) s.add(p.name());
    return s;
  }
}
