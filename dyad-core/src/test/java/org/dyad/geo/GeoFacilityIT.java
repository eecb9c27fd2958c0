package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Names of buildings and streets on invented sentences (issue 16, session 20): placed in their town, or not at all. */
@Tag("issue-16")
class GeoFacilityIT {
  private static Geoparser parser;

  @BeforeAll
  static void load() {
    parser = GeoparserIT.shared();
  }

  private static Toponym at(List<Toponym> all, String text, String name) {
    int start = text.indexOf(name);
    return all.stream().filter(t -> t.start() <= start && start < t.end()).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + all));
  }

  private static boolean none(List<Toponym> all, String text, String name) {
    int start = text.indexOf(name);
    return all.stream().noneMatch(t -> t.start() <= start && start < t.end());
  }

  @Test
  void aBuildingIsInTheTownTheSentencePutsItIn() {
    String text = "Two men were taken to Brenvale Memorial Hospital in Huntsville, Alabama, after the crash on Monday.";
    Toponym t = at(GeoparserIT.parse(parser, text), text, "Brenvale Memorial Hospital");
    assertEquals("Brenvale Memorial Hospital", t.text(), "the whole name is the toponym");
    assertEquals("Huntsville", t.place().name());
    assertEquals("AL", t.place().admin1());
  }

  @Test
  void aBuildingWithoutATownIsInTheTownTheArticleNamesMost() {
    String text = "SPOKANE, Wash. (AP) - Police in Spokane said a man was arrested on Tuesday. He was held at the Tarrowby "
        + "Detention Hall overnight. Spokane officials said the case would go to a grand jury.";
    Toponym t = at(GeoparserIT.parse(parser, text), text, "Tarrowby Detention Hall");
    assertEquals("Spokane", t.place().name());
  }

  @Test
  void aTownOpeningTheNameWinsOverAWordInsideIt() {
    String text = "The judge at the Seoul Central District Court ordered the former minister held.";
    Toponym t = at(GeoparserIT.parse(parser, text), text, "Seoul Central District Court");
    assertEquals("KR", t.place().country(), "not Central, Botswana");
  }

  @Test
  void courtsStreetsAndCompaniesTakeNoTownFromTheArticle() {
    String text = "CHICAGO, March 3 - Chicago traders said the Restrictive Practices Court would hear the case. Shares of "
        + "Quorvale Hotel Corp rose in Chicago. Quorvale Hotel said sales were up. Prices rose on Fifth Avenue last week.";
    List<Toponym> all = GeoparserIT.parse(parser, text);
    assertTrue(none(all, text, "Restrictive Practices Court"), "a court is placed by its own words only");
    assertTrue(none(all, text, "Quorvale Hotel said"), "a company's name is no building");
    assertTrue(none(all, text, "Fifth Avenue"), "a street is placed by its own words only");
  }

  @Test
  void aStreetNamingAnInstitutionIsNoStreet() {
    String text = "TOKYO, March 3 - Tokyo dealers said prices fell on Wall Street, Tokyo brokers said. Shares rose in Tokyo.";
    assertTrue(none(GeoparserIT.parse(parser, text), text, "Wall Street"), "the market, not a street of Tokyo");
  }
}
