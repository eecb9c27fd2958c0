package org.dyad.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The INPUT files and folders of a command that also reads standard input ({@code code}, {@code clean}, {@code geoparse}). */
final class InputFiles {
  @Parameters(paramLabel = "INPUT", description = "Files or folders to read (folders recursively); '-' or nothing: standard input.")
  List<String> given = new ArrayList<>();

  /** Replaced in tests; the real standard input otherwise. */
  InputStream stdin = System.in;

  /** The names to read: those given, or standard input ("-"). */
  List<String> names() {
    return given.isEmpty() ? List.of("-") : given;
  }
}
