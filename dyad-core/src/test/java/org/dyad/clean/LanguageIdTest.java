package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|Turkey condemned the attack on its embassy in Baghdad on Tuesday, the foreign ministry said in a statement.",
      "de|Die Bundesregierung hat am Dienstag den Angriff auf die Botschaft in Bagdad scharf verurteilt, teilte das Auswärtige Amt mit.",
      "fr|Le gouvernement a condamné mardi l'attaque contre son ambassade à Bagdad, a indiqué le ministère des Affaires étrangères.",
      "es|El gobierno condenó el martes el ataque contra su embajada en Bagdad, según un comunicado del ministerio de Exteriores.",
      "ru|Правительство Турции во вторник осудило нападение на своё посольство в Багдаде, говорится в заявлении министерства.",
      "zh|土耳其外交部星期二发表声明，强烈谴责针对其驻巴格达大使馆的袭击事件，并要求伊拉克当局立即展开调查。",
      "und|Putin met Erdogan.",
      // a short English sentence the trigram models nearly tie with Tagalog
      "en|Kenya's president fired the army chief on Monday and met Ugandan officials in Nairobi.",
      "en|Former Soviet leader Mikhail Gorbachev met German Chancellor Helmut Kohl in Bonn.",
      "it|Il governo italiano ha condannato martedì l'attacco contro la sua ambasciata a Baghdad.",
      "de|Die Regierung hat am Montag den Armeechef entlassen und ugandische Beamte in Nairobi getroffen.",
      "es|El presidente de Kenia destituyó al jefe del ejército el lunes y se reunió con funcionarios ugandeses.",
  })
  void tellsTheLanguageOfArticleLengthText(String expected, String text) {
    assertEquals(expected, LanguageId.shared().detect(text));
  }

  // The marker shortcut settles only paragraphs that are plainly English; other languages, and English too short
  // or too full of names and numbers to give a rate, still go to Lingua.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "true|The foreign ministry said on Tuesday that it had summoned the ambassador after the attack on its embassy, which the government called a grave breach of the conventions that protect diplomats. Officials said they were studying the evidence and would decide what to do once the inquiry has been completed.",
      "false|De regering heeft dinsdag de aanval op haar ambassade in Bagdad scherp veroordeeld, zo meldde het ministerie van Buitenlandse Zaken in een verklaring. De ambassadeur is ontboden en het kabinet wil dat de daders snel worden gevonden en berecht, of dat er in ieder geval een onderzoek komt.",
      "false|Die Bundesregierung hat am Dienstag den Angriff auf die Botschaft in Bagdad scharf verurteilt, teilte das Auswärtige Amt mit. Der Botschafter wurde einbestellt, und ein Sprecher sagte, man werde \"all options\" prüfen, bevor die Regierung über weitere Schritte gegen die Verantwortlichen entscheidet.",
      "false|Turkey condemned the attack on its embassy in Baghdad, the ministry said.",
  })
  void recognisesPlainEnglishByItsCommonWords(boolean expected, String text) {
    assertEquals(expected, LanguageId.englishByMarkers(text));
  }
}
