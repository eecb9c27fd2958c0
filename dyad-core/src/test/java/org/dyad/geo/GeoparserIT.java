package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.dyad.nlp.NlpModels;
import org.dyad.nlp.NlpStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recognition and resolution on real CoreNLP tags: qualifiers, subdivisions, context, metonyms, demonyms. */
class GeoparserIT {
  private static final class Holder {
    static final Geoparser PARSER = new Geoparser(Gazetteer.load());
  }

  /** One geoparser for every geo test class of the JVM: the gazetteer loads once. */
  static Geoparser shared() {
    return Holder.PARSER;
  }

  private static Geoparser parser;

  @BeforeAll
  static void load() {
    parser = shared();
  }

  private static List<Toponym> parse(String text) {
    return parse(parser, text);
  }

  /** The toponyms {@code parser} finds in {@code text} as tagged by the shared CoreNLP models (dated 2020-01-01). */
  static List<Toponym> parse(Geoparser parser, String text) {
    Annotation ann = new Annotation(text);
    ann.set(CoreAnnotations.DocDateAnnotation.class, "2020-01-01");
    NlpModels.shared().tagger().annotate(ann);
    return parser.parse(text, NlpStage.convert(ann, text));
  }

  /** The toponym that starts where {@code name} first occurs in {@code text}. */
  static Toponym at(List<Toponym> all, String text, String name) {
    int start = text.indexOf(name);
    return all.stream().filter(t -> t.start() == start).findFirst().orElseThrow(() -> new AssertionError(name + " not found in " + all));
  }

  @Test
  void aQualifierPicksTheTownOfItsState() {
    String text = "The festival moved from Paris, Texas, to a larger venue. Organisers said Paris had run out of rooms.";
    List<Toponym> t = parse(text);
    Place paris = at(t, text, "Paris").place();
    assertEquals("US", paris.country());
    assertEquals("TX", paris.admin1());
    assertEquals("ADM1", at(t, text, "Texas").place().featureCode());
  }

  @Test
  void withoutContextParisIsTheCapitalOfFrance() {
    String text = "Thousands marched through Paris on Saturday against the pension reform.";
    Place paris = at(parse(text), text, "Paris").place();
    assertEquals("FR", paris.country());
    assertEquals("PPLC", paris.featureCode());
  }

  @Test
  void theArticlesCountryDecidesAnAmbiguousTown() {
    String text = "Police in Alberta said a truck crashed near Red Deer. The driver was taken to hospital in Edmonton, "
        + "and the highway to Camrose was closed for hours.";
    List<Toponym> t = parse(text);
    for (String name : List.of("Red Deer", "Edmonton", "Camrose")) {
      Place p = at(t, text, name).place();
      assertEquals("CA", p.country(), name);
      assertEquals("01", p.admin1(), name + " is in Alberta");
    }
  }

  @Test
  void aCountyIsNotItsNamesakeTown() {
    String text = "Police in Suffolk County, New York, arrested two men. Schools in Cuyahoga County will reopen on Monday.";
    List<Toponym> t = parse(text);
    Toponym suffolk = at(t, text, "Suffolk");
    assertEquals("Suffolk County", suffolk.text(), "the county word belongs to the name");
    assertEquals("ADM2", suffolk.place().featureCode());
    assertEquals("NY", suffolk.place().admin1(), "not Suffolk, Virginia");
    assertEquals("OH", at(t, text, "Cuyahoga County").place().admin1());
  }

  @Test
  void prefixedPeoplesAndRegions() {
    String text = "An anti-Russian rally in Kiev drew Central American and Middle East diplomats.";
    List<Toponym> t = parse(text);
    Toponym russian = at(t, text, "Russian");
    assertEquals(text.indexOf("Russian") + "Russian".length(), russian.end());
    assertEquals("RU", russian.place().country());
    assertEquals("metonym", russian.kind());
    assertTrue(t.stream().noneMatch(x -> x.text().contains("American")), "Central Americans are not Americans: " + t);
    assertEquals(6269133, at(t, text, "Middle East").place().geonameId());
  }

  @Test
  void theProvinceOfIdlibIsTheSubdivision() {
    String text = "Syrian airstrikes targeted the rebel-held province of Idlib on Tuesday.";
    List<Toponym> t = parse(text);
    Toponym idlib = at(t, text, "Idlib");
    assertEquals("ADM1", idlib.place().featureCode());
    assertEquals(169387, idlib.place().geonameId());
    assertEquals("literal", idlib.kind());
    Toponym syrian = at(t, text, "Syrian");
    assertEquals("SY", syrian.place().country());
    assertEquals("metonym", syrian.kind(), "a demonym names the country's people, not the place");
  }

  @Test
  void capitalsThatActAreMetonymsAndPlacesOfActionAreLiteral() {
    String text = "Washington suspended Ankara from the programme. Protesters gathered in Ankara on Sunday.";
    List<Toponym> t = parse(text);
    assertEquals("metonym", t.get(0).kind(), t.toString());
    assertEquals("DC", t.get(0).place().admin1());
    assertEquals("metonym", t.get(1).kind(), "the object of 'suspended' is the government too");
    Toponym literal = t.get(2);
    assertEquals("Ankara", literal.text());
    assertEquals("literal", literal.kind());
    assertTrue(literal.confidence() > 0.5 && literal.confidence() <= 1, "confidence " + literal.confidence());
  }

  // ---- issue 16: no place is better than a wrong one ----

  private static String tags(String text) {
    Annotation ann = new Annotation(text);
    ann.set(CoreAnnotations.DocDateAnnotation.class, "2020-01-01");
    NlpModels.shared().tagger().annotate(ann);
    StringBuilder b = new StringBuilder();
    for (var s : NlpStage.convert(ann, text)) for (int i = 0; i < s.size(); i++) b.append(s.token(i).word()).append('/').append(s.token(i).ner()).append(' ');
    return b.toString();
  }

  private static void noPlaceAt(String text, String word) {
    int start = text.lastIndexOf(word);
    List<Toponym> t = parse(text);
    assertTrue(t.stream().noneMatch(x -> x.start() <= start && x.end() > start), word + " is no place here: " + t + "\n" + tags(text));
  }

  @Tag("issue-16")
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "French Defence Minister Sylvie Nice told soldiers in Mali that their mission was over.|Nice",
      "A spokesman for the Kurdish-led forces, Ahmed Bali, said the fighters had withdrawn from the town.|Bali",
      "The hearing was chaired by Senator Jim Hudson, who questioned the general for two hours.|Hudson",
      "He spoke beside Italy's Minister of Armed Forces Florence Marini at a press conference in Rome.|Florence",
      "Prices will keep rising, said Mark Towson, an analyst. Towson said demand had collapsed.|Towson",
      "He told reporters at the Pentagon on Monday with French Minister of Armed Forces Florence Parly.|Florence"})
  void issue16_aPersonsNameIsNoPlace(String text, String word) {
    noPlaceAt(text, word);
  }

  @Tag("issue-16")
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Human Rights Watch said that police in Ukraine beat detainees.|Human",
      "Officials at U.S. Central Command said the strike killed two militants in Iraq.|Central",
      "The U.S. Mission to the United Nations said Russia had blocked the resolution.|Mission",
      "Fighters of the Free Syrian Army entered the town on Sunday.|Free"})
  void issue16_anOrganisationsWordIsNoPlace(String text, String word) {
    noPlaceAt(text, word);
  }

  @Tag("issue-16")
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The UN envoy met rebel leaders in Syria on Tuesday.|UN",
      "Return on equity fell last year, the ABA said on Friday.|ABA",
      "Two thirds of the pupils surveyed by PISA said their teachers were often absent.|PISA",
      "Fighting in the CAR displaced thousands of families in Africa last year.|CAR",
      "Rebels attacked the army base at 2100 EST, the army said.|EST"})
  void issue16_anAcronymIsNoPlaceWithoutEvidence(String text, String word) {
    noPlaceAt(text, word);
  }

  @Tag("issue-16")
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Leaders of the Pacific Islands Forum met in Fiji. The Islands want more money for their coasts.|Islands",
      "The navy patrols the Gulf of Guinea against pirates.|Gulf",
      "Analysts doubt that Sino-Russian relations will cool.|Sino",
      "The purchase violated the Countering Adversaries Through Sanctions Act, senators said.|Act"})
  void issue16_aCommonWordIsNoPlace(String text, String word) {
    noPlaceAt(text, word);
  }

  @Tag("issue-16")
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Central American migrants marched toward the border on Sunday.|Central American",
      "Latin American leaders met in the capital on Tuesday.|Latin American",
      "South American ministers criticised the plan.|South American",
      "West African troops patrolled the border with Mali.|West African",
      "Southeast Asian diplomats gathered for the summit.|Southeast Asian"})
  void issue16_anAdjectiveOfARegionIsNoCountryOrTown(String text, String words) {
    int start = text.indexOf(words);
    int end = start + words.length();
    List<Toponym> t = parse(text);
    for (Toponym x : t) {
      if (x.end() <= start || x.start() >= end) continue;
      Place p = x.place();
      assertTrue(p.isRegion() && !p.isCountry(), words + " names people of a region, not " + p + ": " + t);
    }
  }

  @Test
  @Tag("issue-16")
  void issue16_theGulfOfNewsOnIranIsNoProvinceAbroad() {
    // "Gulf" is also a province of Papua New Guinea; in an article about Iran it is the Persian Gulf or nothing.
    String text = "Iran seized a British oil tanker in the Gulf on Friday. Tehran said the ship had broken maritime rules.";
    List<Toponym> t = parse(text);
    t.stream().filter(x -> x.text().contains("Gulf"))
        .forEach(x -> assertTrue(!x.place().country().equals("PG"), "the Gulf is not Papua New Guinea's province: " + t));
  }

  @Test
  @Tag("issue-16")
  void issue16_aSmallTownAbroadIsNotTheNamesakeOfAnArticleAboutOneCountry() {
    String text = "Syrian troops shelled Aleppo on Sunday. Families from Raqqa fled to Damascus. "
        + "Rebels seized the nearby town of Busayra on Monday, and residents fled to Raqqa.";
    List<Toponym> t = parse(text);
    t.stream().filter(x -> x.text().equals("Busayra"))
        .forEach(x -> assertEquals("SY", x.place().country(), "Busayra is in Syria or nowhere: " + t));
  }

  @Tag("issue-16")
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WARREN COUNTY, Ky. - Deputies arrested two men on Tuesday. The Warren County Sheriff's Office said the men were from Bowling Green.|Warren|KY",
      "The Marion County Sheriff's Office said a truck overturned on Highway 9 near Ocala, Florida.|Marion|FL"})
  void issue16_aNameBeforeTheWordCountyIsTheCountyNotItsNamesakeTown(String text, String name, String state) {
    List<Toponym> t = parse(text);
    List<Toponym> named = t.stream().filter(x -> x.text().toLowerCase(java.util.Locale.ROOT).startsWith(name.toLowerCase(java.util.Locale.ROOT)))
        .toList();
    assertTrue(!named.isEmpty(), name + " County not found: " + t);
    for (Toponym x : named) {
      assertEquals("ADM2", x.place().featureCode(), x.text() + " is the county: " + t);
      assertEquals(state, x.place().admin1(), x.text() + ": " + t);
    }
  }

  @Test
  @Tag("issue-16")
  void issue16_aQualifierIsTheStateThatHoldsItsTownNotACountryOfTheSameName() {
    String text = "The chain opened stores in Columbus, Ohio, and Atlanta, Georgia, last year.";
    List<Toponym> t = parse(text);
    assertEquals("ADM1", at(t, text, "Georgia").place().featureCode(), "the state of Georgia holds an Atlanta: " + t);
    assertEquals("GA", at(t, text, "Atlanta").place().admin1());
    String abroad = "The delegation flew from Tbilisi, Georgia, to Baku on Monday.";
    assertEquals("PCLI", at(parse(abroad), abroad, "Georgia").place().featureCode(), "Tbilisi is in the country");
  }

  @Test
  @Tag("issue-16")
  void issue16_aStateNamedLikeACountryInAnArticleAboutItsOwnCountry() {
    String text = "Storms hit Savannah and Macon on Monday, and Georgia officials closed roads near Augusta.";
    Place georgia = at(parse(text), text, "Georgia").place();
    assertEquals("US", georgia.country(), "the article is about the state: " + georgia);
    // A name the tagger reads as a country among countries stays one, even in an article set in Nigeria.
    String list = "Burkina Faso, Mali and Niger left the bloc, officials said in Abuja and Lagos on Tuesday.";
    assertEquals("NE", at(parse(list), list, "Niger").place().country());
  }

  @Test
  @Tag("issue-16")
  void issue16_aTerritoryOutsideTheSubdivisionDataIsFound() {
    String text = "Fishermen said the storm passed north of New Caledonia on its way to Fiji.";
    assertEquals("NC", at(parse(text), text, "New Caledonia").place().country());
  }

  @Test
  @Tag("issue-16")
  void issue16_aSeaNamedAfterACountryIsNotThatCountry() {
    String text = "Navies patrolled the Gulf of Guinea and the Sea of Japan this week.";
    List<Toponym> t = parse(text);
    assertTrue(t.stream().noneMatch(x -> x.place().isCountry()), "no country is the place of a sea: " + t);
  }

  @Test
  @Tag("issue-16")
  void issue16_compassAndBusinessWordsAreNoRegionsAbroad() {
    String text = "Merrill Lynch Capital Markets and Southwest Airlines said on Monday that Delta and the Centre Party would not bid.";
    assertEquals(List.of(), parse(text), "no Venezuelan, Cameroonian or Nigerian region in company names");
    String crude = "The posted price for West Texas Intermediate rose by 50 cents, while West German orders fell.";
    assertTrue(parse(crude).stream().noneMatch(x -> x.text().equals("West")), "no West, Texas: " + parse(crude));
    // With its admin word the region stays: Cameroon's Northwest region.
    String region = "Separatists clashed with troops in the Northwest region of Cameroon, officials said in Bamenda.";
    assertEquals("CM", at(parse(region), region, "Northwest").place().country());
  }
}
