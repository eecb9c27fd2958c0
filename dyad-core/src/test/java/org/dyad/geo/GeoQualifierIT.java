package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Qualifiers on invented sentences (issue 16): what "X, State" says about X's other mentions and about the state. */
@Tag("issue-16")
class GeoQualifierIT {
  private static Geoparser parser;

  @BeforeAll
  static void load() {
    parser = GeoparserIT.shared();
  }

  private static List<Toponym> parse(String text) {
    return GeoparserIT.parse(parser, text);
  }

  private static Place at(List<Toponym> all, String text, String name, int occurrence) {
    int start = -1;
    for (int k = 0; k <= occurrence; k++) start = text.indexOf(name, start + 1);
    int s = start;
    return all.stream().filter(t -> t.start() == s).findFirst().orElseThrow(() -> new AssertionError(name + " not found in " + all)).place();
  }

  @Test
  void aDatelinesQualifierGivesTheNameItsSenseThroughTheArticle() {
    String text = "LONDON, Ky. (WKRX) - London Police have arrested two people on theft charges. Officers were called to a store "
        + "on the highway. London Police say one of them had three warrants out for her arrest.";
    List<Toponym> t = parse(text);
    for (int k = 0; k < 2; k++) {
      Place london = at(t, text, "London", k);
      assertEquals("US", london.country(), "London #" + (k + 2));
      assertEquals("KY", london.admin1(), "London #" + (k + 2));
    }
  }

  @Test
  void aQualifierIsTheStateEvenWhereACityOfMillionsSharesItsName() {
    String text = "The company said the new plant, which is located in Schenectady, New York, will open in December.";
    Place ny = at(parse(text), text, "New York", 0);
    assertEquals("ADM1", ny.featureCode(), "the state of New York, not the city");
  }

  @Test
  void aListIsNoQualifier() {
    String text = "The U.S. exchange in Chicago will open a night session. Traders in Japan, Sydney and Hong Kong said the move "
        + "would help them. Sydney dealers said the U.S. contracts would compete with their own.";
    List<Toponym> t = parse(text);
    assertEquals("AU", at(t, text, "Sydney", 0).country());
    assertEquals("AU", at(t, text, "Sydney", 1).country());
  }
}
