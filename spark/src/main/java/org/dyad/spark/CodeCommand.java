package org.dyad.spark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.io.InputFormat;
import picocli.CommandLine;
import org.dyad.options.CodingOptions;
import org.dyad.options.DictionariesOption;
import org.dyad.options.InputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad-spark code}: inputs on any Hadoop file system in, events as Parquet (and GDELT rows) out. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code the articles of INPUT files, folders or globs (file://, hdfs://, s3a://) into events under --out:",
        "events/ (Parquet, partitioned by date; the fields of 'dyad code --to jsonl' plus event_id), gdelt/ with --to gdelt,",
        "errors/ (JSON lines: every document that could not be coded, and why).",
        "Near-duplicates are coded like any article (as 'dyad code --keep-duplicates')."})
public final class CodeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;
  @Mixin DictionariesOption dictionaries;
  @Mixin CodingOptions coding;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (any Hadoop file system).")
  String out;

  @Option(names = "--to", split = ",", paramLabel = "FORMAT", description = "What to write: parquet, gdelt, or both (default: parquet).")
  List<String> to = new ArrayList<>(List.of("parquet"));

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Input format: text, jsonl, petrarch-xml, html, warc, feed, reuters (default: detected per file; *.sgm is reuters).")
  String from;

  @Option(names = "--partitions", defaultValue = "0", description = "Coding partitions (default: four per core).")
  int partitions;

  @Option(names = "--articles", defaultValue = "0", paramLabel = "N", description = "Code only the first N articles in input order (default: all).")
  long articles;

  @Option(names = "--overwrite", description = "Replace the outputs when they exist (default: stop).")
  boolean overwrite;

  @Option(names = "--master", description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or globs to code.")
  List<String> inputs;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    EnumSet<CodeJob.Output> outputs = EnumSet.noneOf(CodeJob.Output.class);
    for (String t : to) {
      switch (t.toLowerCase(Locale.ROOT)) {
        case "parquet" -> outputs.add(CodeJob.Output.PARQUET);
        case "gdelt" -> outputs.add(CodeJob.Output.GDELT);
        default -> {
          err.println("dyad-spark: --to must be parquet or gdelt, got '" + t + "'");
          return Main.USAGE;
        }
      }
    }
    String unusable = dictionaries.problem();
    if (unusable != null) {
      err.println("dyad-spark: --dictionaries: " + unusable);
      return Main.USAGE;
    }
    JobOptions options;
    try {
      options = options(from, input.dateOrToday());
    } catch (IllegalArgumentException e) {
      err.println("dyad-spark: " + e.getMessage());
      return Main.USAGE;
    }
    if (input.date() == null) err.println("dyad-spark: warning: no --date given; articles that state no date of their own are dated today (" + options.defaultDate() + ")");
    options = options.withCoding(dictionaries.dir() == null ? null : dictionaries.dir().toAbsolutePath().toString(), input.maxChars(), coding.oneADay(),
        coding.minConfidence(), coding.fast(), coding.allFactualities());
    SparkSession spark = Sessions.create(master);
    try {
      CodeJob.Result r = CodeJob.run(spark, new CodeJob.Spec(inputs, out, outputs, options, partitions, articles, overwrite));
      for (ErrorData e : r.firstErrors()) err.println("dyad-spark: " + e.docId() + ": " + e.message());
      if (r.errors() > r.firstErrors().size()) err.println("dyad-spark: ... " + (r.errors() - r.firstErrors().size()) + " more in " + out + "/errors");
      err.printf(Locale.ROOT, "dyad-spark: %d file(s), %d article(s), %d event(s), %d document error(s) -> %s%n", r.files(), r.articles(), r.events(), r.errors(), out);
      err.flush();
      return r.articles() == 0 ? Main.NOTHING_READ : 0;
    } finally {
      spark.stop();
    }
  }

  /** Job options for {@code --from} (null: detect) and the default date; the rest as {@code dyad code}'s defaults. */
  static JobOptions options(String from, LocalDate date) {
    JobOptions d = JobOptions.defaults(date);
    if (from == null) return d;
    String f = from.toLowerCase(Locale.ROOT);
    if (f.equals("reuters")) return new JobOptions(null, true, date, null, d.maxChars(), d.oneADay(), d.minConfidence(), d.fast(), d.allFactualities());
    try {
      InputFormat format = InputFormat.valueOf(f.replace('-', '_').toUpperCase(Locale.ROOT));
      return new JobOptions(format, false, date, null, d.maxChars(), d.oneADay(), d.minConfidence(), d.fast(), d.allFactualities());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--from must be one of text, jsonl, petrarch-xml, html, warc, feed, reuters; got '" + from + "'");
    }
  }
}
