package org.dyad.cli;

import picocli.CommandLine;

/** Entry point of the {@code dyad} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CommandLine cl = DyadCommand.commandLine();
    // Events are UTF-8 whatever the platform's default; errors stay on the terminal's encoding. Straight onto the
    // file descriptor, not through System.out, which hides a closed pipe: 'dyad code … | head' must see it and stop.
    java.io.OutputStream fd = new java.io.FileOutputStream(java.io.FileDescriptor.out);
    cl.setOut(new java.io.PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(fd, java.nio.charset.StandardCharsets.UTF_8)), true));
    System.exit(cl.execute(args));
  }
}
