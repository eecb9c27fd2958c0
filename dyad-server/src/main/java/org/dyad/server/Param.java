package org.dyad.server;

/** One query or path parameter of an endpoint, as the OpenAPI document describes it. */
record Param(String name, String in, String type, String description) {
  static Param query(String name, String type, String description) {
    return new Param(name, "query", type, description);
  }

  static Param path(String name, String type, String description) {
    return new Param(name, "path", type, description);
  }
}
