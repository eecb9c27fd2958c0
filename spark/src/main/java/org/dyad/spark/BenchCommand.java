package org.dyad.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad-spark bench}: the job over the first N Reuters-21578 articles in local mode, once per core count, in
 * one JVM that loads the models once (as one executor does), and the throughput ratio of the last setting to the first.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure how the Spark job scales with cores in local mode: the same articles with local[1], then local[2] (--cores).",
        "Models load once, before any timing; a warm-up job runs before each timed one (--warmup articles before the first)."})
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--fast", description = "Code in dyad code --fast's mode.")
  boolean fast;

  @Option(names = "--articles", defaultValue = "21578", description = "Articles coded per setting, the first in corpus order (default: ${DEFAULT-VALUE}, all).")
  long articles;

  @Option(names = "--cores", split = ",", defaultValue = "1,2", description = "Core counts to compare, in order (default: ${DEFAULT-VALUE}).")
  List<Integer> cores;

  @Option(names = "--warmup", defaultValue = "100", description = "Articles of the warm-up job before the first timed run, so the JIT"
      + " has compiled the pipeline before any setting is timed (default: ${DEFAULT-VALUE}); later settings warm up on 10.")
  long warmup;

  @Option(names = "--partitions-per-core", defaultValue = "4", description = "Coding partitions per core (default: ${DEFAULT-VALUE}).")
  int partitionsPerCore;

  @Parameters(paramLabel = "CORPUS", description = "Reuters-21578 folder or .sgm files.")
  List<String> corpus;

  /** One timed run; {@code cpuSeconds}: CPU time of the whole JVM during it (all threads, GC included). */
  record Run(int cores, long articles, long events, long errors, double seconds, double cpuSeconds, double blockedSeconds, double maxOverMeanLoad) {
    double rate() {
      return articles / seconds;
    }

    double ratePerCpuSecond() {
      return articles / cpuSeconds;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    JobOptions options = CodeCommand.options("reuters", LocalDate.of(1987, 1, 1));
    if (fast) options = options.withCoding(options.dictionaries(), options.maxChars(), options.oneADay(), options.minConfidence(), true, options.allFactualities());
    long t0 = System.nanoTime();
    Coders.get(options.coderOptions()); // the executor's models, shared by every session of this JVM
    out.printf(Locale.ROOT, "models loaded in %.1f s (load average %s)%n", (System.nanoTime() - t0) / 1e9, loadAverage());
    out.flush();
    Path tmp = Files.createTempDirectory("dyad-spark-bench");
    List<Run> runs = new ArrayList<>();
    for (int c : cores) {
      SparkSession spark = SparkSession.builder().appName("dyad-spark bench").master("local[" + c + "]")
          .config("spark.sql.datetime.java8API.enabled", "true").config("spark.ui.enabled", "false").getOrCreate();
      try {
        spark.sparkContext().setLogLevel("WARN");
        CodeJob.Spec warm = new CodeJob.Spec(corpus, tmp.resolve("warmup").toUri().toString(), EnumSet.of(CodeJob.Output.PARQUET), options,
            c * partitionsPerCore, runs.isEmpty() ? warmup : Math.min(warmup, 10), true);
        CodeJob.run(spark, warm);
        CodeJob.Spec timed = new CodeJob.Spec(corpus, tmp.resolve("run-" + c).toUri().toString(), EnumSet.of(CodeJob.Output.PARQUET), options,
            c * partitionsPerCore, articles, true);
        long blockedStart = taskThreadsBlockedMillis();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        CodeJob.Result r = CodeJob.run(spark, timed);
        double s = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        double blocked = (taskThreadsBlockedMillis() - blockedStart) / 1e3;
        long[] loads = r.partitionChars();
        double mean = java.util.Arrays.stream(loads).average().orElse(1);
        double max = java.util.Arrays.stream(loads).max().orElse(1);
        Run run = new Run(c, r.articles(), r.events(), r.errors(), s, cpu, blocked, max / mean);
        runs.add(run);
        out.printf(Locale.ROOT, "local[%d]: %d articles, %d events, %d errors in %.1f s: %.2f articles/s; CPU %.1f s (%.2f cores busy), %.3f articles per CPU-s;"
            + " task threads blocked on locks %.1f s (%d partitions, largest/mean chars %.3f; load average %s)%n", c, run.articles(), run.events(),
            run.errors(), s, run.rate(), cpu, cpu / s, run.ratePerCpuSecond(), blocked, loads.length, run.maxOverMeanLoad(), loadAverage());
        out.flush();
      } finally {
        spark.stop();
      }
    }
    deleteTree(tmp);
    if (runs.size() >= 2) {
      Run first = runs.get(0);
      Run last = runs.get(runs.size() - 1);
      out.printf(Locale.ROOT, "ratio local[%d]/local[%d]: %.2fx articles/s; %.2fx articles per CPU-s (1.00 = no cost of sharing the JVM)%s%n",
          last.cores(), first.cores(), last.rate() / first.rate(), last.ratePerCpuSecond() / first.ratePerCpuSecond(),
          first.events() == last.events() ? "" : " (event counts differ: " + first.events() + " vs " + last.events() + ")");
    }
    return 0;
  }

  /** CPU time of this JVM, all threads; a machine busy with other work shows as fewer cores busy, not as more CPU. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * Time Spark's task threads spent waiting to enter a monitor held by another thread: what two task threads sharing
   * one Coder would lose to a lock in the pipeline (time lost to other processes on the machine does not count).
   */
  private static long taskThreadsBlockedMillis() {
    java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
    if (!t.isThreadContentionMonitoringSupported()) return 0;
    t.setThreadContentionMonitoringEnabled(true);
    long sum = 0;
    for (java.lang.management.ThreadInfo i : t.getThreadInfo(t.getAllThreadIds())) {
      if (i != null && i.getThreadName().startsWith("Executor task launch worker") && i.getBlockedTime() > 0) sum += i.getBlockedTime();
    }
    return sum;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
