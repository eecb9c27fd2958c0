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
import org.dyad.store.FilterParam;
import org.dyad.store.Exporter;
import org.dyad.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad export}: the stored events that pass the filters, as JSON lines, GDELT, TSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true, modelTransformer = ExportCommand.FilterOptions.class,
    description = {"Write events from an event store: jsonl and tsv as 'dyad code' writes them, gdelt with the store's event ids, URLs and ingest times, CSV as the API's /api/events.csv, or Parquet (for pandas, R, Spark)."})
public final class ExportCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", description = "Event store folder (default: ${DEFAULT-VALUE}).", defaultValue = "dyad-data")
  Path db;

  @Option(names = "--to", description = "jsonl, tsv, gdelt, csv or parquet (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
  String to;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: standard output; required for parquet).")
  Path out;

  /** The filter options, one per row of the API's filter table ({@link FilterParam}), named as the table says. */
  public static final class FilterOptions implements picocli.CommandLine.IModelTransformer {
    @Override
    public picocli.CommandLine.Model.CommandSpec transform(picocli.CommandLine.Model.CommandSpec spec) {
      for (FilterParam f : FilterParam.values()) {
        String d = Character.toUpperCase(f.description.charAt(0)) + f.description.substring(1) + ".";
        spec.addOption(picocli.CommandLine.Model.OptionSpec.builder("--" + f.cli).paramLabel(f.label).type(String.class).description(d).build());
      }
      return spec;
    }
  }

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    Map<String, String> p = new HashMap<>();
    for (FilterParam f : FilterParam.values()) p.put(f.api, spec.findOption("--" + f.cli).getValue());
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
      if (format.equals("csv")) {
        Writer w = out == null ? spec.commandLine().getOut()
            : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
        try {
          n = exporter.writeCsv(filter, w);
        } finally {
          if (out != null) w.close();
        }
      } else if (format.equals("parquet")) {
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
    FilterParam f = FilterParam.ofApi(e.parameter());
    String option = f == null ? e.parameter() : f.cli;
    spec.commandLine().getErr().println("dyad: --" + option + e.getMessage().substring(e.parameter().length()));
    return 2;
  }
}
