package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.SharedCoder;
import org.dyad.doc.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actors the dictionary alone cannot code: pronouns, definite descriptions, dated terms, user dictionaries. */
class ActorResolutionIT {
  private static List<CodedEvent> code(Coder coder, String date, String text) {
    CodedArticle a = coder.code(Article.of("t", LocalDate.parse(date), text));
    return a.events();
  }

  private static boolean has(List<CodedEvent> es, String src, String tgt, String root) {
    return es.stream().anyMatch(e -> e.source().code().equals(src) && e.target() != null && e.target().code().equals(tgt)
        && e.event().root().equals(root));
  }

  @Test
  void pronounAndDefiniteDescriptionResolveWithinTheArticle() {
    List<CodedEvent> es = code(SharedCoder.get(), "2019-08-28",
        "Russian President Vladimir Putin arrived in Ankara on Monday.\n\nHe met the Turkish leader at the presidential palace.");
    assertTrue(has(es, "RUSGOV", "TURGOV", "04"), es.toString());
    CodedEvent met = es.stream().filter(e -> e.event().root().equals("04") && e.sentence() == 1).findFirst().orElseThrow();
    assertEquals("coreference", met.source().origin(), "'He' is resolved, not looked up");
    assertEquals("He", met.source().text());
  }

  @Test
  void leaderIsCodedByTheRoleHeldOnTheArticleDate() {
    String text = "Vladimir Putin criticised NATO on Monday.";
    assertTrue(code(SharedCoder.get(), "2019-08-26", text).stream().anyMatch(e -> e.source().code().equals("RUSGOV")));
    // Between his presidencies (2008-2012) Putin was prime minister: still government.
    assertTrue(code(SharedCoder.get(), "2010-03-01", text).stream().anyMatch(e -> e.source().code().equals("RUSGOV")));
  }

  @Test
  void titleAndUnknownNameComposeAnActor() {
    List<CodedEvent> es = code(SharedCoder.get(), "2021-05-04", "Turkish Defence Minister Hulusi Akar condemned the Greek government.");
    assertTrue(es.stream().anyMatch(e -> e.source().code().startsWith("TUR") && e.target() != null && e.target().code().equals("GRCGOV")
        && e.event().root().equals("11")), es.toString());
  }

  @Test
  void sponsorPrefixIsNotTheActor() {
    List<CodedEvent> es = code(SharedCoder.get(), "2016-08-12", "US-backed Syrian Kurdish forces attacked Islamic State fighters near Manbij.");
    assertTrue(es.stream().anyMatch(e -> e.source().code().startsWith("SYR") && e.event().root().equals("19")), es.toString());
    assertTrue(es.stream().noneMatch(e -> e.source().code().startsWith("USA")), "the sponsor is not the attacker: " + es);
  }

  @Test
  void userDictionariesReplaceTheBuiltInOnes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("leaders.tsv"), "# test leaders\nNZLGOV\tFrodo Baggins|Baggins\t2001-01-01\t-\n");
    Coder custom = Coder.create(CoderOptions.defaults().withDictionaries(dir));
    List<CodedEvent> es = code(custom, "2020-01-01", "Frodo Baggins criticised Turkish officials on Monday.");
    assertTrue(has(es, "NZLGOV", "TURGOV", "11"), es.toString());
    // The built-in leaders are gone with the replaced file.
    List<CodedEvent> putin = code(custom, "2020-01-01", "Vladimir Putin criticised Turkish officials on Monday.");
    assertTrue(putin.stream().noneMatch(e -> e.source().code().startsWith("RUS")), putin.toString());
  }
  // Issue 3 (PLOVER development accuracy): nationality words, role adjectives and unresolved role words.

  @Test
  @Tag("issue-3")
  void issue3_peopleAfterANationalityLiveInThatCountry() {
    List<CodedEvent> es = code(SharedCoder.get(), "2020-03-02", "Bosnian Serbs attacked Croatian police.");
    assertTrue(has(es, "BIH", "HRVCOP", "19"), es.toString());
  }

  @Test
  @Tag("issue-3")
  void issue3_conjoinedPeoplesAreTwoActors() {
    List<CodedEvent> es = code(SharedCoder.get(), "2020-03-02", "Palestinians and Israelis resumed talks on Monday.");
    assertTrue(has(es, "PSE", "ISR", "04") && has(es, "ISR", "PSE", "04"), es.toString());
  }

  @Test
  @Tag("issue-3")
  void issue3_roleAdjectiveNamesNoActor() {
    // "official" qualifies the protest: the protest is lodged with Turkey, not with a Greek official.
    List<CodedEvent> es = code(SharedCoder.get(), "2020-03-02", "Greece lodged an official protest with Turkey.");
    assertTrue(has(es, "GRC", "TUR", "11"), es.toString());
    assertTrue(es.stream().noneMatch(e -> e.target() != null && e.target().code().startsWith("GRC")), es.toString());
  }

  @Test
  @Tag("issue-3")
  void issue3_roleWordTakesALaterCountryUnlessPlacedAbroad() {
    List<CodedEvent> farmers = code(SharedCoder.get(), "2020-03-02",
        "Angry farmers blocked the main highway to protest against the Polish government.");
    assertTrue(farmers.stream().anyMatch(e -> e.source().code().equals("POLAGR") && e.event().root().equals("14")), farmers.toString());
    List<CodedEvent> diplomats = code(SharedCoder.get(), "2020-03-02", "Foreign diplomats met the Kenyan president.");
    assertTrue(has(diplomats, "---GOV", "KENGOV", "04"), "foreign diplomats are not Kenyan: " + diplomats);
  }

  @Test
  @Tag("issue-3")
  void issue3_pronounStandsForATitledPersonOfUnknownCountry() {
    List<CodedEvent> es = code(SharedCoder.get(), "2020-03-02", "President Joao Mendes said he is ready to lift the ban on opposition parties.");
    CodedEvent lift = es.stream().filter(e -> e.event().code().equals("0351")).findFirst().orElseThrow(() -> new AssertionError(es.toString()));
    assertEquals("---GOV", lift.source().code());
    assertEquals("he", lift.source().text());
  }

  @Test
  @Tag("issue-3")
  void issue3_refugeesAreNotOfTheCountryJustNamed() {
    List<CodedEvent> es = code(SharedCoder.get(), "2020-03-02", "Jordan will not accept more refugees.");
    assertTrue(has(es, "JOR", "---REF", "12"), es.toString());
  }
}
