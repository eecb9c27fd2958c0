package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dyad.codebook.Codebook;
import org.dyad.codebook.TsvFile;
import org.junit.jupiter.api.Test;

/** Display names from the built-in countries file and role glossary. */
class ActorNamesTest {
  private final Codebook codebook = Codebook.builtIn();
  private final ActorNames names = ActorNames.load(null, codebook);

  @Test
  void aCodeAloneIsItsCountryAndRoleLabels() {
    assertEquals("Syria — rebels", names.name("SYRREB", null, "rebels"));
    assertEquals("Syria — armed groups", names.name("SYRUAF", null, "gunmen"));
    assertEquals("Turkey", names.name("TUR", null, "Turkey"));
    assertEquals("Russia — government, military", names.name("RUSGOVMIL", null, "x"));
  }

  @Test
  void aDictionaryNameIsQualifiedByItsCodesCountryAndRoles() {
    assertEquals("Bashar al-Assad (Syria, government)", names.name("SYRGOV", "Bashar al-Assad", "Assad"));
    // An organisation code says no country: the name is enough.
    assertEquals("International Committee of the Red Cross", names.name("NGOHLHIRC", "International Committee of the Red Cross", "ICRC"));
  }

  @Test
  void codesWithoutACountryAreNamedByRoleOrByTheirWords() {
    assertEquals("government (country unknown)", names.name("---GOV", null, "the minister"));
    assertEquals(codebook.role("IGO").label(), names.name("IGOUNO", null, "the UN"));
    assertEquals("an investigation into Kempinski", names.name("---", null, " an investigation into Kempinski "));
  }

  @Test
  void noCountryCodeIsAlsoARoleCode() {
    // A first block that were both would be named twice ("Xland — xland-role").
    TsvFile f = TsvFile.open("actors/countries.tsv", null, 2, 4);
    for (TsvFile.Row r : f.rows()) assertNull(codebook.role(r.col(0)), "country " + r.col(0) + " is also a role code");
  }
}
