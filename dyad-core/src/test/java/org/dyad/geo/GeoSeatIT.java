package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Seats of government (issue 16, geo21): metonyms of the capital that holds them, never a namesake town. */
class GeoSeatIT {
  private static Geoparser parser;

  @BeforeAll
  static void load() {
    parser = GeoparserIT.shared();
  }

  @Test
  @Tag("issue-16")
  void issue16_aSeatIsAMetonymOfItsCapital() {
    String text = "The White House said on Tuesday that talks with the Kremlin would resume, while Downing Street declined to comment.";
    List<Toponym> t = GeoparserIT.parse(parser, text);
    Toponym wh = GeoparserIT.at(t, text, "White House");
    assertEquals("White House", wh.text());
    assertEquals("US", wh.place().country());
    assertEquals("PPLC", wh.place().featureCode());
    assertEquals("metonym", wh.kind());
    assertEquals("RU", GeoparserIT.at(t, text, "Kremlin").place().country());
    assertEquals("GB", GeoparserIT.at(t, text, "Downing Street").place().country());
  }

  @Test
  @Tag("issue-16")
  void issue16_aNameThatOnlyBeginsLikeASeatIsNone() {
    String text = "Shoppers crowded the malls of White Plains on Saturday, and a white house on the corner burned.";
    List<Toponym> t = GeoparserIT.parse(parser, text);
    assertTrue(t.stream().noneMatch(x -> x.text().toLowerCase().contains("white house")), t.toString());
    assertEquals("US", GeoparserIT.at(t, text, "White Plains").place().country());
  }
}
