package org.dyad.geo;

import java.util.Set;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.nlp.NlpStage;
import org.dyad.pipeline.Stage;

/** Every place name of the article, resolved to GeoNames ({@link Geoparser}); needs only the tagged sentences. */
public final class ToponymStage implements Stage {
  public static final Key<Toponyms> TOPONYMS = new Key<>("toponyms", Toponyms.class);
  private final Geoparser parser;

  public ToponymStage(Geoparser parser) {
    this.parser = parser;
  }

  @Override
  public String name() {
    return "toponyms";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.SENTENCES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(TOPONYMS);
  }

  @Override
  public void process(Document doc) {
    doc.put(TOPONYMS, new Toponyms(parser.parse(doc.article().text(), doc.get(NlpStage.SENTENCES).list())));
  }
}
