package org.dyad.cli;

import picocli.CommandLine.Option;

/** Where a command that serves listens ({@code serve}, {@code watch}, {@code demo}): one definition of the two options. */
public final class ListenOptions {
  @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8080")
  int port;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).", defaultValue = "127.0.0.1")
  String host;
}
