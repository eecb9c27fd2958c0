package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.server.ServerOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a command that serves a store ({@code serve}, {@code watch}): where to listen and the admin token. */
public final class ServingOptions {
  @Mixin ListenOptions listen;

  @Option(names = "--allow-host", paramLabel = "NAME", description = "A host name requests may be addressed to besides localhost, "
      + "127.0.0.1, [::1] and --host (repeatable): the name a reverse proxy or a colleague uses. Others get 403 (DNS rebinding).")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--admin-token", paramLabel = "TOKEN", description = "Enables POST /api/ingest for requests with 'Authorization: Bearer TOKEN'. "
      + "Default: $DYAD_ADMIN_TOKEN. Prefer that or --admin-token-file: a token on the command line is visible to every user in 'ps'.")
  String adminToken;

  @Option(names = "--admin-token-file", paramLabel = "FILE", description = "Read the admin token from the first line of FILE.")
  Path adminTokenFile;

  /** The token's outcome: none given (null token), a token, or a usage error already told. */
  record Token(String value, boolean bad) {}

  /** The admin token from the option, the file or the environment; a problem is said on {@code err}. */
  Token token(PrintWriter err) throws IOException {
    String token = adminToken != null ? adminToken : System.getenv("DYAD_ADMIN_TOKEN");
    if (adminTokenFile != null) {
      if (!Files.isReadable(adminTokenFile)) {
        err.println("dyad: --admin-token-file: cannot read " + adminTokenFile);
        return new Token(null, true);
      }
      token = Files.readAllLines(adminTokenFile).stream().findFirst().orElse("").strip();
    }
    if (token != null && token.length() < 16) {
      err.println("dyad: the admin token must be at least 16 characters");
      return new Token(null, true);
    }
    return new Token(token, false);
  }

  ServerOptions server(String token) {
    return new ServerOptions(listen.host, listen.port, token, ServerOptions.DEFAULT_MAX_BODY, Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
        allowHosts);
  }
}
