package org.dyad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.EventType;

/**
 * {@code GET /api/glossary}: what the codes mean, from the codebook files themselves (the role glossary
 * {@code codebook/roles.tsv} and the event codebook), so the UI shows the same words the coder and the docs use.
 */
final class Glossary {
  /** The four quad classes, in order (1-4). */
  static final List<String> QUAD_CLASSES = List.of("verbal cooperation", "material cooperation", "verbal conflict", "material conflict");

  private Glossary() {}

  static Map<String, Object> of(Codebook codebook) {
    List<Map<String, Object>> roles = new ArrayList<>();
    for (Codebook.Role r : codebook.roles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", r.code());
      m.put("kind", r.kind());
      m.put("name", r.name());
      m.put("label", r.label());
      roles.add(m);
    }
    List<Map<String, Object>> roots = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      String root = String.format("%02d", i);
      EventType base = codebook.event(root + "0");
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", root);
      m.put("label", base.name());
      m.put("quad_class", base.quadClass());
      roots.add(m);
    }
    List<Map<String, Object>> quads = new ArrayList<>();
    for (int i = 0; i < QUAD_CLASSES.size(); i++) quads.add(Map.of("code", i + 1, "label", QUAD_CLASSES.get(i)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("roles", roles);
    out.put("roots", roots);
    out.put("quad_classes", quads);
    return out;
  }
}
