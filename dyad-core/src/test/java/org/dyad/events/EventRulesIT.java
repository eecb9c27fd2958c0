package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.SharedCoder;
import org.dyad.doc.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The event coder's clause and argument rules on real CoreNLP parses (issue 3: PLOVER development accuracy).
 * Each case is a sentence written for the rule, not one of the gold sentences: the triple it must yield and, where
 * the rule is about what is not an event, a triple it must not yield. Triples are {@code SOURCE>TARGET:CODE}, with
 * actor codes cut to the length written and {@code *} for any target.
 */
@Tag("issue-3")
class EventRulesIT {
  private static List<String> triples(String text) {
    return SharedCoder.get().code(Article.of("t", LocalDate.parse("2020-03-02"), text)).events().stream()
        .map(e -> e.source().code() + ">" + (e.target() == null ? "---" : e.target().code()) + ":" + e.event().code()).toList();
  }

  /** Whether a produced triple matches a written one: actor codes and the event code by prefix ("19" is any 19x). */
  private static boolean has(List<String> produced, String wanted) {
    String[] w = wanted.split("[>:]");
    return produced.stream().anyMatch(p -> {
      String[] q = p.split("[>:]");
      return q[0].startsWith(w[0]) && (w[1].equals("*") || q[1].startsWith(w[1])) && q[2].startsWith(w[2]);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # alternative prepositions before TARGET name the target's oblique
      Israeli artillery fired mortar rounds into Lebanon on Monday.                    | ISR>LBN:194
      North Korean hackers tried to hack into the computers of Japanese banks.         | PRK>JPN:171
      # a purpose clause takes the destination of its act as target, and its futurity
      The United Nations sent experts to Sudan to investigate the killings.            | IGO>SDN:091
      # an intended act on an 'unless' condition is a threat; a threat on a condition is aimed at whom it is put to
      Nigeria said it will withdraw its troops from Chad unless the government holds elections. | NGA>TCD:130
      Russia threatened to halt negotiations if Ukraine joins NATO.                    | RUS>UKR:134
      # 'X said Y must ...' is a demand of Y, whatever is asked
      The European Union said Turkey must ensure free elections.                       | IGO>TUR:100
      # mobilized forces are the source's instrument, not its target
      Germany mobilized army reservists for a possible war against Russia.             | DEU>RUS:154
      # a coordinated subject acts together: the joint pattern wins, each side towards the other
      Indian and French warships held naval drills in the Arabian Sea.                 | IND>FRA:062
      Indian and French warships held naval drills in the Arabian Sea.                 | FRA>IND:062
      # curfews and bans fall on the source's own country
      Kenyan authorities imposed a curfew in the town of Garissa.                      | KENGOV>KEN:1723
      # failing to reach an agreement turns the other side's terms down (PLOVER REJECT)
      Serbia and Kosovo failed to reach agreement on Sunday.                           | SRB>XKX:12
      # taking steps to do something does it
      Kenya's government has taken steps to expand political freedoms.                 | KENGOV>KEN:0811
      # 'U.S. and Chinese diplomats': two sources
      U.S. and Chinese diplomats held talks in Geneva.                                 | USA>CHN:040
      U.S. and Chinese diplomats held talks in Geneva.                                 | CHN>USA:040
      # a title names its organisation one compound down; a mediation between two parties targets both
      Afghan officials met U.N. envoy Kai Eide.                                        | AFG>IGO:040
      Qatar launched a mediation effort between Sudan and Chad.                        | QAT>SDN:045
      Qatar launched a mediation effort between Sudan and Chad.                        | QAT>TCD:045
      # a place that locates the object names whom the act concerns
      Russia will evacuate the villages in Donetsk this week.                          | RUS>UKR:03
      # an act of force with no named doer has an unknown source, not no event
      Four Nigerian soldiers were killed in an ambush near the border.                  | --->NGAMIL:19
      A landmine explosion killed three Afghan children on Monday.                      | --->AFG:19
      A car bombing killed four Somali policemen in Mogadishu on Monday.                | --->SOMCOP:1832
      # ... and armed men of the place, unidentified, when the text says where it happened
      A roadside bomb near the town of Kandahar killed two Canadian soldiers on Friday. | AFGUAF>CANMIL:1833
      # both nationalities of a coordinated object are targets
      Security forces in Kenya have tortured dozens of Somali and Ethiopian migrants, whom officials blame for the unrest, Amnesty International said Friday. | KENCOP>SOMREF:1822
      Security forces in Kenya have tortured dozens of Somali and Ethiopian migrants, whom officials blame for the unrest, Amnesty International said Friday. | KENCOP>ETHREF:1822
      # an ethnic people is placed by the sentence, like a role word
      Ethnic Uzbeks protested outside Kyrgyzstan's parliament in Bishkek on Monday.      | KGZCVL>*:14
      # a pronoun subject of what is said is the speaker
      Rebels loyal to Yemen's al-Qaeda leader said they attempted to assassinate the Yemeni defence minister. | YEMREB>YEM:186
      # forces readying an attack show force (150); 'is prepared to' states a willingness
      The Turkish army prepared to resume shelling Kurdish militant positions in northern Syria. | TURMIL>*:150
      # peacekeepers arriving provide protection (074); the country receives them (0861)
      The first contingent of Kenyan peacekeeping troops arrived in Haiti on Tuesday.  | KENMIL>HTI:074
      The first contingent of Kenyan peacekeeping troops arrived in Haiti on Tuesday.  | HTI>KENMIL:0861
      # prisoners are civilians, placed by the sentence
      Prisoners rioted at a jail in Venezuela's capital Caracas on Sunday.             | VENCVL>*:145
      # 'today' is no subject
      Egypt's military government today ordered the newspaper Al-Shorouk to suspend publication. | EGYGOV>EGYMED:1721
      # a verb after a modal is a verb; civilians blockading a city protest, and saying they would is a threat of it
      French farmers said on Friday they would blockade Lyon from Monday night to demand an end to the new tax. | FRAAGR>*:133
      # an adjective's to-clause carries its intent
      Minister Somsak said Laos is committed to opening up the economy.                 | LAO>---:0342
      # the object's beneficiary is the target
      The United States suspended part of a military aid program for Egypt aimed at training police units, officials said on Friday. | USA>EGY:162
      # urging others to support someone rallies support on their behalf
      The African Union chairman today urged the European Union to support the Sudanese transitional government. | IGO>SDNGOV:053
      # a preposition shared by two conjuncts reaches its object across the second verb
      Qatar has restored diplomatic ties with and reopened an embassy in Damascus, its foreign ministry said. | QAT>SYR:054
      # where a group is based places it; making weapons of mass destruction to use against someone threatens them
      A militant group based in Chechnya claims to be producing chemical weapons to use against Russia. | RUSREB>RUS:1385
      # an arrest with no one named is the place's police; arrest for spying voices an accusation of it
      A German journalist from Hamburg was arrested in Iran for spying for Israel.      | IRNCOP>DEU:1125
      # a nationality on a noun of place still places a role word; a time word read as the subject keeps its modifiers
      Protesters in the northern Syrian town of Afrin burned the Turkish flag.          | SYRCVL>TUR:141
      The British military yesterday gave 200 new rifles to the Kenyan army to help in operations against al-Shabab. | GBR>KENMIL:07
      # a title in the text outweighs the dictionary's dated terms
      Russian President Boris Yeltsin met Chinese President Jiang Zemin in Beijing.     | RUSGOV>CHNGOV:04
      # ... unless the text says the title is past
      Former Soviet leader Mikhail Gorbachev met Chinese President Jiang Zemin in Beijing on Monday. | RUSELI>CHNGOV:04
      # firing across a line between two sides
      In recent months Syria and Israel have fired across the ceasefire line and violated agreements. | ISR>SYR:190
      """)
  void yields(String sentence, String triple) {
    List<String> got = triples(sentence);
    assertTrue(has(got, triple), sentence + " -> " + got);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # a relative clause describes its noun: Azerbaijan's offensive is not reported here
      Turkey praised Azerbaijan, which is preparing a major offensive against Armenia. | TUR>AZE:051 | AZE>ARM:19
      # a condition has not happened
      Iran will resume talks with France if Paris lifts its sanctions.                 | IRN>FRA:036 | FRA>*:08
      # the content of a noun is a claim, not a reported event
      Poland demanded an admission that Russian forces shelled the village.            | POL>*:100   | RUS>*:19
      # a nominal event of circumstance is background
      Turkey signed a trade deal with Qatar during a summit with Iran.                 | TUR>QAT:057 | TUR>IRN:04
      Egypt recalled its ambassador following Israeli airstrikes on Gaza.              | EGY>*:161   | ISR>*:19
      # an act with no target is told by its aimed purpose
      Kenyan police opened fire to disperse Somali protesters.                         | KEN>SOM:175 | KEN>---:19
      # where an attack happened is not who did it
      A car bomb in Kabul killed three Afghan soldiers on Monday.                       | AFGUAF>AFGMIL:1832 | AFGGOV>*:18
      # a word of time after the verb is no lost object
      Kenya's bank advisory committee meets tomorrow in Nairobi with foreign lenders.   | KENBUS>---:04 | KENBUS>KENGOV:04
      # 'fire' is shooting only with its preposition, and a preposition of time is none
      Kenya's president fired the army chief on Monday and met Ugandan officials in Nairobi. | KENGOV>UGAGOV:04 | KENGOV>*:19
      # what a pledge lasts until has not happened
      Kurdish fighters have vowed to fight until they seize the villages near Turkey's border. | TUR>*:1384 | TUR>*:192
      # a nationality on a noun of place locates; the place is no target of a withdrawal
      Russian troops completed their withdrawal from the Syrian town of Manbij.         | RUSMIL>---:087 | RUSMIL>SYR:087
      # what a demanding side would do once its demand is met has not happened
      Kurdish leaders demanded a ceasefire with Turkish forces before allowing U.N. aid convoys into Kobani. | TUR>*:10 | IGO>*:07
      """)
  void yieldsOnlyTheReportedEvent(String sentence, String wanted, String unwanted) {
    List<String> got = triples(sentence);
    assertTrue(has(got, wanted), sentence + " -> " + got);
    assertFalse(has(got, unwanted), "not an event here: " + unwanted + " in " + got);
  }
}
