package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench-clean}: runs {@code dyad clean} over the same pages several times in this JVM, on one thread
 * (clean reads and cleans in the calling thread), and prints the median pages/s and MB/s of HTML (as decompressed).
 * The first round warms up the JIT and loads the language models and is not counted.
 */
@Command(name = "bench-clean", mixinStandardHelpOptions = true,
    description = {"Measure 'dyad clean' throughput on HTML pages (a folder or files, gzipped or not): median pages/s and MB/s over --rounds."})
public final class CleanBenchCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Folders or files of HTML pages.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long bytes = 0;
    int files = 0;
    for (String f : org.dyad.ingest.Sources.expand(inputs)) {
      files++;
      try (InputStream raw = Files.newInputStream(Path.of(f));
          InputStream in = f.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        bytes += in.transferTo(OutputStreamSink.INSTANCE);
      }
    }
    long[] lines = new long[1];
    double[] seconds = new double[rounds];
    double[] cpu = new double[rounds];
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int r = -1; r < rounds; r++) {
      lines[0] = 0;
      CommandLine cl = DyadCommand.commandLine();
      cl.setOut(new PrintWriter(new CountingWriter(lines)));
      cl.setErr(new PrintWriter(Writer.nullWriter()));
      List<String> args = new ArrayList<>(List.of("clean", "--date", "2020-01-01"));
      args.addAll(inputs);
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      int exit = cl.execute(args.toArray(String[]::new));
      double s = (System.nanoTime() - t0) / 1e9;
      if (exit != 0) throw new IOException("dyad clean exited with " + exit);
      if (r >= 0) {
        seconds[r] = s;
        cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
      }
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    double[] cpuSorted = cpu.clone();
    Arrays.sort(cpuSorted);
    double cpuMedian = cpuSorted[cpuSorted.length / 2];
    // Wall time is what a user waits on an idle machine; process CPU time (all threads, GC and JIT included) is what
    // the work costs, and stays honest on a shared machine where other jobs take turns on the core.
    out.printf(Locale.ROOT, "dyad clean, 1 thread: %d pages (%d articles out), %.1f MB of HTML; median of %d rounds: "
        + "wall %.2f s = %.1f pages/s, %.2f MB/s; process CPU %.2f s = %.1f pages per CPU-second, %.2f MB per CPU-second "
        + "(wall rounds %s)%n", files, lines[0], bytes / 1e6, rounds, median, files / median, bytes / 1e6 / median,
        cpuMedian, files / cpuMedian, bytes / 1e6 / cpuMedian, Arrays.toString(seconds));
    out.flush();
    return 0;
  }

  /** Counts output lines (articles) without keeping them. */
  private static final class CountingWriter extends Writer {
    private final long[] lines;

    CountingWriter(long[] lines) {
      this.lines = lines;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      for (int i = off; i < off + len; i++) if (buf[i] == '\n') lines[0]++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Discards bytes; only their number matters. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
