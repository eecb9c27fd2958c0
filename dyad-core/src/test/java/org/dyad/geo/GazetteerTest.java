package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index the build made from the GeoNames npm packages: ids, GeoNames' own points, names, demonyms. */
class GazetteerTest {
  private static Gazetteer g;

  @BeforeAll
  static void load() {
    g = Gazetteer.load();
  }

  private static Place only(String name, String featureCode) {
    List<Place> p = g.lookup(name).stream().map(Gazetteer.Candidate::place).filter(x -> x.featureCode().equals(featureCode)).toList();
    assertEquals(1, p.size(), name + " " + featureCode + ": " + g.lookup(name));
    return p.get(0);
  }

  @Test
  void holdsEveryPopulatedPlaceOfCities500AndEveryCountry() {
    assertTrue(g.size() > 200_000, "places: " + g.size());
    assertTrue(g.country("FR") != null && g.country("SY") != null && g.country("PH") != null);
  }

  @Test
  void countriesSitAtGeoNamesOwnPointsWithGeoNamesIds() {
    Place us = g.country("US");
    assertEquals(6252001, us.geonameId());
    assertEquals(39.76, us.lat(), 0.01);
    assertEquals(-98.5, us.lon(), 0.01);
    Place tr = only("Turkey", "PCLI");
    assertEquals(298795, tr.geonameId());
    assertEquals(39, tr.lat(), 0.01);
    assertEquals(35, tr.lon(), 0.01);
  }

  @Test
  void firstLevelSubdivisionsResolveWithIdsAndAdminCodes() {
    Place idlib = only("Idlib", "ADM1");
    assertEquals(169387, idlib.geonameId());
    assertEquals("SY", idlib.country());
    assertEquals("12", idlib.admin1());
    assertTrue(idlib.km(35.9, 36.6) < 50, "Idlib province is in north-west Syria");
    Place moscowOblast = only("Moscow Oblast", "ADM1");
    assertEquals(g.admin1("RU", moscowOblast.admin1()), moscowOblast);
    assertNotNull(g.admin1("CA", "01"), "Alberta");
    assertEquals(only("Alberta", "ADM1"), g.admin1("CA", "01"));
  }

  @Test
  void populatedPlacesKeepTheirGeoNamesRecord() {
    Place bulacan = g.lookup("Bulacan").stream().map(Gazetteer.Candidate::place).filter(p -> p.country().equals("PH"))
        .max(java.util.Comparator.comparingLong(Place::population)).orElseThrow();
    assertEquals(1723066, bulacan.geonameId());
    Place dc = g.lookup("Washington").stream().map(Gazetteer.Candidate::place).filter(p -> p.featureCode().equals("PPLC")).findFirst().orElseThrow();
    assertEquals("DC", dc.admin1(), "'Washington, D.C.' is also found as 'Washington'");
    assertTrue(dc.km(38.9, -77.04) < 5);
  }

  @Test
  void namesIgnoreCaseAccentsAndDots() {
    assertTrue(g.lookup("U.S.").stream().anyMatch(c -> c.place().equals(g.country("US"))), "U.S. as US (and the French village Us)");
    assertTrue(g.lookup("quebec").stream().anyMatch(c -> c.place().isAdmin1()), "Québec without its accent");
    assertEquals(g.admin1("US", "KY"), g.lookup("Ky.").get(0).place());
  }

  @Test
  void demonymsNameTheirCountryOrContinent() {
    assertEquals(g.country("TR"), g.demonym("Turkish"));
    assertEquals(g.country("SY"), g.demonym("Syrians"));
    assertEquals(g.country("US"), g.demonym("American"), "an independent country before American Samoa");
    assertEquals("CONT", g.demonym("European").featureCode());
  }

  @Test
  void countiesSitAtTheirSeatWithTheirStateAndNoInventedId() {
    Place cuyahoga = only("Cuyahoga County", "ADM2");
    assertEquals("US", cuyahoga.country());
    assertEquals("OH", cuyahoga.admin1());
    assertEquals(0, cuyahoga.geonameId(), "the Census list carries no GeoNames id");
    assertTrue(cuyahoga.km(41.5, -81.69) < 30, "seated at Cleveland: " + cuyahoga);
    assertTrue(g.lookup("Cuyahoga").stream().anyMatch(c -> c.place().equals(cuyahoga) && !c.primary()), "the bare name, as an alternate");
    assertTrue(g.lookup("Washington").stream().noneMatch(c -> c.place().isAdmin2()), "a state and towns hold the bare name");
    assertTrue(g.lookup("Iowa").stream().noneMatch(c -> c.place().isAdmin2()));
    Place hampshire = only("Hampshire", "ADM2");
    assertEquals("GB", hampshire.country());
    assertEquals("ENG", hampshire.admin1(), "the admin1 of its nearest town");
    assertEquals("admin1", hampshire.precision());
    assertTrue(g.lookup("Kent").stream().noneMatch(c -> c.place().isAdmin2()), "country-state-city puts Kent, England in Ohio");
  }

  @Test
  void worldRegionsAndMorePeoples() {
    Place me = only("Middle East", "RGN");
    assertEquals(6269133, me.geonameId());
    assertTrue(me.isRegion());
    assertEquals(6255150, g.lookup("Latin America").get(0).place().geonameId(), "GeoNames files Latin America under South America");
    assertEquals(g.country("KR"), g.demonym("Korean"));
    assertEquals(g.admin1("GB", "ENG"), g.demonym("English"));
    assertEquals(g.country("RU"), g.lookup("Soviet Union").get(0).place());
  }

  @Test
  void subdivisionsSitNearTheirOwnTownsNotOnAnotherContinent() {
    // The package put these in Texas, the Pacific and the Americas (issue 16: "North West" 14,557 km off).
    Place northWest = g.lookup("North West").stream().map(Gazetteer.Candidate::place)
        .filter(p -> p.country().equals("ZA") && p.isAdmin1()).findFirst().orElseThrow();
    assertTrue(northWest.km(-25.7, 26.0) < 400, "South Africa's North West: " + northWest);
    Place freeState = g.lookup("Free State").stream().map(Gazetteer.Candidate::place)
        .filter(p -> p.country().equals("ZA") && p.isAdmin1()).findFirst().orElseThrow();
    assertTrue(freeState.km(-29.1, 26.2) < 400, "Free State, around Bloemfontein: " + freeState);
    Place helmand = only("Helmand", "ADM1");
    assertTrue(helmand.km(31.6, 64.4) < 400, "Helmand, around Lashkar Gah: " + helmand);
  }

  @Test
  void territoriesTheSubdivisionPackageLacksAreStillCountries() {
    Place nc = g.lookup("New Caledonia").stream().map(Gazetteer.Candidate::place).filter(Place::isCountry).findFirst().orElseThrow();
    assertEquals("NC", nc.country());
    assertTrue(nc.km(-21.5, 165.5) < 300, nc.toString());
    Place kosovo = g.lookup("Kosovo").stream().map(Gazetteer.Candidate::place).filter(Place::isCountry).findFirst().orElseThrow();
    assertEquals("XK", kosovo.country());
    assertTrue(g.lookup("Western Sahara").stream().anyMatch(c -> c.place().isCountry() && c.place().country().equals("EH")));
  }
}
