package org.dyad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.CoderOptions;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.DocError;
import org.dyad.geo.Geoparse;
import org.dyad.geo.Place;
import org.dyad.geo.Toponym;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.options.FormatOption;
import org.dyad.options.InputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad geoparse}: one JSON line per toponym. The fields are a contract other tools depend on: doc_id, start,
 * end, text, geonameid, name, lat, lon, country, admin1, feature_code, kind, confidence; add, never rename.
 */
@Command(name = "geoparse", mixinStandardHelpOptions = true,
    description = {"Find the place names of news articles and resolve each to a GeoNames place.",
        "Writes one JSON line per toponym: doc_id, start, end (character offsets into the article text), text,",
        "geonameid, name, lat, lon, country (ISO-2), admin1, feature_code, kind (literal or metonym), confidence."})
public final class GeoparseCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin FormatOption format;
  @Mixin InputOptions input;
  @Mixin InputFiles files;

  @Option(names = "--to", description = "Output format: jsonl (the only one).", defaultValue = "jsonl")
  String to;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!to.equals("jsonl")) {
      err.println("dyad: geoparse writes jsonl only, not '" + to + "'");
      return 2;
    }
    Geoparse geoparse = Geoparse.create(new CoderOptions(null, input.maxChars()));
    Writer out = spec.commandLine().getOut();
    int read = 0;
    List<String> names = files.names();
    boolean bar = Progress.stderrIsTerminal() && !names.contains("-");
    Progress progress = new Progress(err, bar ? CodeCommand.expectedArticles(names) : -1, bar, false);
    // The readers of 'dyad code': every format, detected per file unless --from says.
    Iterator<Ingested> it = new Sources(format.from(), input.dateOrToday(), input.maxChars(), HtmlExtractor.load(null)).open(names, files.stdin);
    while (it.hasNext()) {
      Ingested in = it.next();
      if (in.article() == null) {
        progress.clear();
        err.println("dyad: " + in.error().docId() + ": " + in.error().message());
        continue;
      }
      read++;
      Geoparse.Result r = geoparse.run(in.article());
      if (!r.errors().isEmpty()) progress.clear();
      for (DocError e : r.errors()) err.println("dyad: " + e.docId() + ": " + e.message());
      for (Toponym t : r.toponyms()) write(out, r.article().id(), t);
      progress.update(read, -1);
    }
    progress.clear();
    out.flush();
    err.flush();
    if (read == 0) {
      err.println("dyad: nothing could be read");
      return DyadCommand.NOTHING_READ;
    }
    return 0;
  }

  static void write(Writer out, String docId, Toponym t) throws IOException {
    Place p = t.place();
    JsonGenerator g = JSON.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeStringField("doc_id", docId);
    g.writeNumberField("start", t.start());
    g.writeNumberField("end", t.end());
    g.writeStringField("text", t.text());
    g.writeNumberField("geonameid", p.geonameId());
    g.writeStringField("name", p.name());
    g.writeNumberField("lat", p.lat());
    g.writeNumberField("lon", p.lon());
    g.writeStringField("country", p.country().isEmpty() ? null : p.country());
    g.writeStringField("admin1", p.admin1().isEmpty() ? null : p.admin1());
    g.writeStringField("feature_code", p.featureCode());
    g.writeStringField("kind", t.kind());
    g.writeNumberField("confidence", t.confidence());
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }
}
