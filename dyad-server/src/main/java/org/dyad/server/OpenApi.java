package org.dyad.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3.0 description of the served endpoints, built from the same {@link Endpoint} list the router uses. */
final class OpenApi {
  private OpenApi() {}

  static Map<String, Object> document(List<Endpoint> endpoints) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of("title", "Dyad event API", "version", "0.1.0",
        "description", "Political events coded from news (CAMEO/PLOVER), with provenance down to the sentence. Errors are JSON: {error, message, parameter?}."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Endpoint ep : endpoints) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(ep.path(), k -> new LinkedHashMap<String, Object>());
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", ep.summary());
      op.put("parameters", ep.params().stream().map(p -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("in", p.in());
        m.put("required", p.in().equals("path") || (ep.path().equals("/api/articles") && p.name().equals("q")));
        m.put("description", p.description());
        m.put("schema", Map.of("type", p.type()));
        return m;
      }).toList());
      if (ep.body()) {
        op.put("requestBody", Map.of("required", true, "content", Map.of("application/x-ndjson",
            Map.of("schema", Map.of("type", "string", "description", "one article per line: {\"id\", \"date\", \"text\"} plus optional title, url, source")))));
        op.put("security", List.of(Map.of("bearer", List.of())));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", Map.of("description", "OK", "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
      responses.put("400", ref());
      if (ep.path().contains("{id}")) responses.put("404", ref());
      if (ep.body()) {
        responses.put("401", ref());
        responses.put("413", ref());
      }
      op.put("responses", responses);
      item.put(ep.method(), op);
    }
    doc.put("paths", paths);
    Map<String, Object> error = Map.of("type", "object", "required", List.of("error", "message"), "properties",
        Map.of("error", Map.of("type", "string"), "message", Map.of("type", "string"), "parameter", Map.of("type", "string")));
    doc.put("components", Map.of("schemas", Map.of("Error", error), "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
    return doc;
  }

  private static Map<String, Object> ref() {
    return Map.of("description", "error", "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
  }
}
