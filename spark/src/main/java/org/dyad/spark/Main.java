package org.dyad.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad-spark}: Dyad's coding pipeline as a Spark job. */
@Command(name = "dyad-spark", mixinStandardHelpOptions = true, subcommands = {CodeCommand.class, BenchCommand.class},
    description = {"Code news into events on Apache Spark: the pipeline of 'dyad code', one per executor JVM."})
public final class Main implements Runnable {
  static final int NOTHING_READ = 1;
  static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: code or bench");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
