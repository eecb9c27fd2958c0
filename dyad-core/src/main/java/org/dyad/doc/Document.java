package org.dyad.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article on its way through the pipeline: the input plus the layers that stages have added. A layer is
 * written once, by the stage that declares its key; later stages only read it.
 */
public final class Document {
  private final Article article;
  private final Map<Key<?>, Object> layers = new LinkedHashMap<>();
  private final List<DocError> errors = new ArrayList<>();

  public Document(Article article) {
    this.article = article;
  }

  public Article article() {
    return article;
  }

  public String id() {
    return article.id();
  }

  public <T> void put(Key<T> key, T value) {
    if (layers.containsKey(key)) throw new IllegalStateException("layer '" + key + "' was already set for " + id());
    layers.put(key, key.type().cast(value));
  }

  /** The layer, which must exist: a missing layer is a pipeline wiring bug, caught at build time. */
  public <T> T get(Key<T> key) {
    Object v = layers.get(key);
    if (v == null) throw new IllegalStateException("layer '" + key + "' is missing for " + id());
    return key.type().cast(v);
  }

  public boolean has(Key<?> key) {
    return layers.containsKey(key);
  }

  public void error(String stage, String code, String message) {
    errors.add(new DocError(id(), stage, code, message));
  }

  public List<DocError> errors() {
    return Collections.unmodifiableList(errors);
  }

  /** True once a stage has decided the document cannot be coded; later stages then skip it. */
  public boolean rejected() {
    return !errors.isEmpty() && errors.stream().anyMatch(e -> e.code().startsWith("reject"));
  }
}
