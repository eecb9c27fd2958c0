package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.doc.Article;
import org.dyad.io.EventWriter;
import org.dyad.io.OutputFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: an export from the store carries the geography that {@code dyad code --to gdelt} writes for the same
 * articles (real coder, real DuckDB store).
 */
class GdeltExportIT {
  @TempDir
  Path tmp;

  /** ActionGeo_Type … ActionGeo_FeatureID (columns 52–59 of GDELT 2.0) and the document, one string per event, sorted. */
  private static List<String> geography(String gdelt) {
    List<String> rows = new ArrayList<>();
    for (String line : gdelt.split("\n")) {
      if (line.isEmpty()) continue;
      String[] c = line.split("\t", -1);
      rows.add(c[60] + " | " + String.join(" | ", Arrays.copyOfRange(c, 51, 59)));
    }
    rows.sort(null);
    return rows;
  }

  @Test
  @Tag("issue-16")
  void issue16_theStoresGdeltExportHasTheGeographyOfDyadCode() throws Exception {
    Coder coder = Coder.create(CoderOptions.defaults());
    List<CodedArticle> coded = List.of(
        coder.code(new Article("idlib", LocalDate.of(2019, 8, 28), Files.readString(Path.of("..", "examples", "idlib-airshow.txt")), null, null, null)),
        coder.code(new Article("atlanta", LocalDate.of(2019, 8, 28),
            "Police in Atlanta, Georgia, arrested 20 protesters on Monday, officials said. Later, the protesters clashed with police in Savannah.",
            null, null, null)));
    StringWriter direct = new StringWriter();
    try (EventWriter w = EventWriter.of(OutputFormat.GDELT, direct)) {
      for (CodedArticle a : coded) for (CodedEvent e : a.events()) w.write(e);
    }
    StringWriter exported = new StringWriter();
    try (EventStore store = EventStore.open(tmp, false); TextIndex index = TextIndex.open(store.indexDir(), true)) {
      new StoreWriter(store, index, DictionaryFingerprint.of(null)).commit(coded);
      new Exporter(store, index).write(EventFilter.parse(p -> null), OutputFormat.GDELT, exported);
    }
    List<String> expected = geography(direct.toString());
    assertTrue(expected.stream().anyMatch(r -> r.contains("| SY | SY")), "events placed in Syria, FIPS SY + admin1: " + expected);
    assertTrue(expected.stream().anyMatch(r -> r.contains("| US | USGA")), "events placed in Georgia, US: " + expected);
    assertEquals(expected, geography(exported.toString()));
  }
}
