package org.dyad.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.CoderOptions;
import org.dyad.codebook.DictionaryFolder;
import org.dyad.io.InputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (any Hadoop file system).")
  String out;

  @Option(names = "--to", split = ",", paramLabel = "FORMAT", description = "What to write: parquet, gdelt, or both (default: parquet).")
  List<String> to = new ArrayList<>(List.of("parquet"));

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Input format: text, jsonl, petrarch-xml, html, warc, feed, reuters (default: detected per file; *.sgm is reuters).")
  String from;

  @Option(names = "--date", description = "Article date (YYYY-MM-DD) for text files and JSON lines without one. Default: today, with a warning.")
  LocalDate date;

  @Option(names = "--dictionaries", paramLabel = "DIR", description = "Folder whose dictionary files replace the built-in ones; it must exist on every executor.")
  String dictionaries;

  @Option(names = "--max-chars", defaultValue = "" + CoderOptions.DEFAULT_MAX_CHARS, description = "Articles longer than this are rejected (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--one-a-day", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Report the same source, target and code on the same date in one article once (default: on).")
  boolean oneADay;

  @Option(names = "--min-confidence", defaultValue = "0", description = "Report only events whose confidence is at least this (0-1).")
  double minConfidence;

  @Option(names = "--fast", description = "dyad code --fast's mode: one NER model, arcs from POS tags instead of a parse.")
  boolean fast;

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
    String unusable = DictionaryFolder.problem(dictionaries == null ? null : Path.of(dictionaries));
    if (unusable != null) {
      err.println("dyad-spark: --dictionaries: " + unusable);
      return Main.USAGE;
    }
    if (minConfidence < 0 || minConfidence > 1) {
      err.println("dyad-spark: --min-confidence must be between 0 and 1, got " + minConfidence);
      return Main.USAGE;
    }
    JobOptions options;
    try {
      options = options(from, date == null ? LocalDate.now() : date);
    } catch (IllegalArgumentException e) {
      err.println("dyad-spark: " + e.getMessage());
      return Main.USAGE;
    }
    if (date == null) err.println("dyad-spark: warning: no --date given; articles that state no date of their own are dated today (" + options.defaultDate() + ")");
    options = options.withCoding(dictionaries == null ? null : Path.of(dictionaries).toAbsolutePath().toString(), maxChars, oneADay, minConfidence, fast);
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
    if (f.equals("reuters")) return new JobOptions(null, true, date, null, d.maxChars(), d.oneADay(), d.minConfidence(), d.fast());
    try {
      InputFormat format = InputFormat.valueOf(f.replace('-', '_').toUpperCase(Locale.ROOT));
      return new JobOptions(format, false, date, null, d.maxChars(), d.oneADay(), d.minConfidence(), d.fast());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--from must be one of text, jsonl, petrarch-xml, html, warc, feed, reuters; got '" + from + "'");
    }
  }
}
