package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.server.ApiServer;
import org.dyad.server.ServerOptions;
import org.dyad.store.EventStore;
import org.dyad.store.FilterParam;
import org.dyad.store.StoreWriter;
import org.dyad.store.SyntheticEvents;
import org.dyad.store.TextIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dyad export}'s filter options are the API's filters (one table, {@link FilterParam}): for each filter the
 * export of a real store of synthetic events writes as many events as {@code GET /api/events} counts with the same
 * value, and its help lists every one.
 */
class ExportFiltersTest {
  @TempDir
  Path tmp;

  /** A value for every filter; a filter added to the table without one here fails the test. */
  private static final Map<FilterParam, String> SAMPLES = new java.util.EnumMap<>(Map.ofEntries(
      Map.entry(FilterParam.FROM, "2018-01-01"), Map.entry(FilterParam.TO, "2019-06-30"), Map.entry(FilterParam.SOURCE, "RUSGOV"),
      Map.entry(FilterParam.TARGET, "USAGOV"), Map.entry(FilterParam.SOURCE_COUNTRY, "CHN"), Map.entry(FilterParam.TARGET_COUNTRY, "UKR"),
      Map.entry(FilterParam.COUNTRY, "SYR"), Map.entry(FilterParam.ACTOR_NAME, "usa mil"), Map.entry(FilterParam.CODE, "04"),
      Map.entry(FilterParam.ROOT, "14,18"), Map.entry(FilterParam.QUAD_CLASS, "3,4"), Map.entry(FilterParam.PLACE, "nowhere"),
      Map.entry(FilterParam.PLACE_COUNTRY, "FRA"), Map.entry(FilterParam.Q, "synthetic article 3"), Map.entry(FilterParam.MIN_CONFIDENCE, "0.7")));

  @Test
  void everyExportFilterSelectsWhatTheApisFilterSelects() throws Exception {
    assertEquals(FilterParam.values().length, SAMPLES.size(), "a sample value for every filter");
    Path db = tmp.resolve("db");
    try (EventStore s = EventStore.open(db, false); TextIndex index = TextIndex.open(s.indexDir(), true)) {
      SyntheticEvents.generate(s, 3000, 7);
      new StoreWriter(s, index, "synthetic");
    }
    Map<FilterParam, Long> api = new LinkedHashMap<>();
    try (EventStore s = EventStore.open(db, true); TextIndex index = TextIndex.open(s.indexDir(), false);
        ApiServer server = ApiServer.start(ServerOptions.loopback(0), s, index, null, null, 0)) {
      HttpClient http = HttpClient.newHttpClient();
      for (var e : SAMPLES.entrySet()) {
        String q = "/api/events?limit=1&" + e.getKey().api + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + q)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), q + " -> " + r.body());
        api.put(e.getKey(), new ObjectMapper().readTree(r.body()).get("total").asLong());
      }
    }
    assertTrue(api.values().stream().filter(n -> n > 0 && n < 3000).count() >= 10, "most samples select some but not all events: " + api);
    for (var e : SAMPLES.entrySet()) {
      Path out = tmp.resolve(e.getKey().cli + ".csv");
      StringWriter err = new StringWriter();
      CommandLine cl = DyadCommand.commandLine();
      cl.setErr(new PrintWriter(err));
      int exit = cl.execute("export", "--db", db.toString(), "--to", "csv", "-o", out.toString(), "--" + e.getKey().cli, e.getValue());
      assertEquals(0, exit, err.toString());
      long lines = Files.readAllLines(out).size() - 1;
      assertEquals(api.get(e.getKey()), lines, "--" + e.getKey().cli + " " + e.getValue());
    }
    StringWriter help = new StringWriter();
    CommandLine cl = DyadCommand.commandLine();
    cl.setOut(new PrintWriter(help));
    cl.execute("export", "--help");
    for (FilterParam f : FilterParam.values()) assertTrue(help.toString().contains("--" + f.cli + "=" + f.label), f + " in\n" + help);
  }
}
