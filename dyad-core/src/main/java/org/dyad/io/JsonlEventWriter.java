package org.dyad.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.dyad.CodedEvent;
import org.dyad.events.ActorRef;
import org.dyad.geo.Location;

/** The {@code --to jsonl} schema: one event per line. The field names are a contract; add, never rename. */
final class JsonlEventWriter implements EventWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final Writer out;

  JsonlEventWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(CodedEvent e) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeStringField("doc_id", e.docId());
    g.writeNumberField("sentence", e.sentence());
    g.writeStringField("date", e.date().toString());
    g.writeStringField("date_precision", e.datePrecision());
    g.writeFieldName("source");
    actor(g, e.source());
    g.writeFieldName("target");
    actor(g, e.target());
    g.writeObjectFieldStart("event");
    g.writeStringField("code", e.event().code());
    g.writeStringField("root", e.event().root());
    g.writeStringField("label", e.event().name());
    g.writeNumberField("quad_class", e.event().quadClass());
    if (Double.isNaN(e.event().goldstein())) g.writeNullField("goldstein");
    else g.writeNumberField("goldstein", e.event().goldstein());
    g.writeStringField("plover", e.event().plover().equals("-") ? null : e.event().plover());
    g.writeEndObject();
    g.writeStringField("text", e.text());
    g.writeStringField("rule", e.rule());
    g.writeNumberField("confidence", e.confidence());
    g.writeStringField("factuality", e.factuality().label());
    g.writeObjectFieldStart("trigger");
    g.writeStringField("text", e.trigger());
    g.writeNumberField("start", e.triggerStart());
    g.writeNumberField("end", e.triggerEnd());
    g.writeEndObject();
    g.writeFieldName("location");
    location(g, e.location());
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  private static void location(JsonGenerator g, Location l) throws IOException {
    if (l == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("name", l.name());
    g.writeNumberField("geonameid", l.geonameId());
    g.writeNumberField("lat", l.lat());
    g.writeNumberField("lon", l.lon());
    g.writeStringField("country", l.country().isEmpty() ? null : l.country());
    g.writeStringField("admin1", l.admin1().isEmpty() ? null : l.admin1());
    g.writeStringField("feature_code", l.featureCode());
    g.writeStringField("precision", l.precision());
    g.writeEndObject();
  }

  private static void actor(JsonGenerator g, ActorRef a) throws IOException {
    if (a == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("code", a.code());
    g.writeStringField("name", a.name());
    g.writeStringField("text", a.text());
    g.writeNumberField("start", a.start());
    g.writeNumberField("end", a.end());
    g.writeStringField("origin", a.origin());
    if (a.refersTo() != null) g.writeStringField("refers_to", a.refersTo());
    g.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
