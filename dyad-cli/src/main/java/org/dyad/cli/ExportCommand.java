package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.io.OutputFormat;
import org.dyad.store.BadParameterException;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Exporter;
import org.dyad.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad export}: the stored events that pass the filters, as JSON lines, GDELT, TSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write events from an event store: jsonl and tsv/gdelt as 'dyad code' writes them, or Parquet (for pandas, R, Spark)."})
public final class ExportCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", description = "Event store folder (default: ${DEFAULT-VALUE}).", defaultValue = "dyad-data")
  Path db;

  @Option(names = "--to", description = "jsonl, tsv, gdelt or parquet (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
  String to;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: standard output; required for parquet).")
  Path out;

  @Option(names = "--start", paramLabel = "DATE", description = "Events on or after this date (YYYY-MM-DD).")
  String start;

  @Option(names = "--end", paramLabel = "DATE", description = "Events on or before this date (YYYY-MM-DD).")
  String end;

  @Option(names = "--source", paramLabel = "CODE", description = "Source actor code (RUSGOV).")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Target actor code.")
  String target;

  @Option(names = "--source-country", paramLabel = "CCC", description = "Source actor's country (first three letters of its code).")
  String sourceCountry;

  @Option(names = "--target-country", paramLabel = "CCC", description = "Target actor's country.")
  String targetCountry;

  @Option(names = "--country", paramLabel = "CCC", description = "Either actor's country.")
  String country;

  @Option(names = "--code", description = "Event code or its prefix (04, 042).")
  String code;

  @Option(names = "--root", description = "Event roots, comma-separated (14,18).")
  String root;

  @Option(names = "--quad-class", description = "Quad classes, comma-separated (1 verbal cooperation ... 4 material conflict).")
  String quadClass;

  @Option(names = "--text", description = "Words of the event's sentence, in this order and next to each other; the last may begin a longer word (as the API's q).")
  String text;

  @Option(names = "--min-confidence", description = "Lowest confidence (0-1).")
  String minConfidence;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    Map<String, String> p = new HashMap<>();
    p.put("from", start);
    p.put("to", end);
    p.put("source", source);
    p.put("target", target);
    p.put("source_country", sourceCountry);
    p.put("target_country", targetCountry);
    p.put("country", country);
    p.put("code", code);
    p.put("root", root);
    p.put("quad_class", quadClass);
    p.put("q", text);
    p.put("min_confidence", minConfidence);
    EventFilter filter;
    try {
      filter = EventFilter.parse(p::get);
    } catch (BadParameterException e) {
      return badOption(e);
    }
    String format = to.toLowerCase(java.util.Locale.ROOT);
    try (EventStore store = EventStore.open(db, true); TextIndex index = TextIndex.open(store.indexDir(), false)) {
      Exporter exporter = new Exporter(store, index);
      long n;
      if (format.equals("parquet")) {
        if (out == null) {
          err.println("dyad: --to parquet needs --out FILE");
          return 2;
        }
        n = exporter.writeParquet(filter, out);
      } else {
        OutputFormat f;
        try {
          f = OutputFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          err.println("dyad: unknown --to '" + to + "' (jsonl, tsv, gdelt or parquet)");
          return 2;
        }
        Writer w = out == null ? spec.commandLine().getOut()
            : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
        try {
          n = exporter.write(filter, f, w);
        } finally {
          if (out != null) w.close();
          else w.flush();
        }
      }
      err.println("dyad: exported " + n + " event(s)" + (out == null ? "" : " to " + out));
    } catch (BadParameterException e) {
      return badOption(e); // the text index refused the words (a last word that begins too many words)
    }
    return 0;
  }

  /** A bad filter value, named by its option. */
  private int badOption(BadParameterException e) {
    String option = switch (e.parameter()) {
      case "from" -> "start";
      case "to" -> "end";
      case "q" -> "text";
      default -> e.parameter().replace('_', '-');
    };
    spec.commandLine().getErr().println("dyad: --" + option + e.getMessage().substring(e.parameter().length()));
    return 2;
  }
}
