package org.dyad.cli;

import picocli.CommandLine;

/** Entry point of the {@code dyad} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(DyadCommand.commandLine().execute(args));
  }
}
