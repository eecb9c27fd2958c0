package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlvGoldReaderTest {
  private static final String SET = """
      text,label,meta,context,source,target
      "Ukraine accuses Russia of sending the tanks, training and fighting alongside the separatists.",ACCUSE,PLOVER event record.|PLV|split=train|sentence_id=29,,Ukraine,Russia
      Police launched an investigation.,ACCUSE,PLOVER event record.|PLV|split=train|sentence_id=30,,Police,recipient
      "The Union agreed to send ""peacekeepers"" of Ethiopia and Kenya.",AGREE,PLOVER event record.|PLV|split=train|sentence_id=31,,Union,Ethiopia
      "The Union agreed to send ""peacekeepers"" of Ethiopia and Kenya.",AGREE,PLOVER event record.|PLV|split=train|sentence_id=31,,Union,Kenya
      "A line
      break",support,id-without-number,,"Kenya, Uganda",
      """;

  private static PlvGold parse(String name, String csv) throws IOException {
    return PlvGoldReader.parse(name, csv);
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
    List<PlvGold.Sentence> s = parse("plv-tune.csv", SET).sentences();
    assertEquals("Ukraine accuses Russia of sending the tanks, training and fighting alongside the separatists.", s.get(0).text());
    assertEquals("The Union agreed to send \"peacekeepers\" of Ethiopia and Kenya.", s.get(2).text());
    assertEquals("A line\nbreak", s.get(3).text());
    assertEquals("Kenya, Uganda", s.get(3).gold().get(0).source());
  }

  @Test
  void rowsWithTheSameMetaAreOneSentence() throws IOException {
    PlvGold g = parse("plv-tune.csv", SET);
    assertEquals(4, g.sentences().size());
    PlvGold.Sentence agreed = g.sentences().get(2);
    assertEquals("31", agreed.id());
    assertEquals(List.of(new PlvGold.Event("AGREE", "Union", "Ethiopia"), new PlvGold.Event("AGREE", "Union", "Kenya")), agreed.gold());
    assertEquals("id-without-number", g.sentences().get(3).id(), "a meta without sentence_id is its own id");
    assertEquals("SUPPORT", g.sentences().get(3).gold().get(0).type(), "labels are upper-cased");
  }

  @Test
  void recipientOrEmptyTargetMeansNoTarget() throws IOException {
    PlvGold g = parse("plv-tune.csv", SET);
    assertNull(g.sentences().get(1).gold().get(0).target());
    assertNull(g.sentences().get(3).gold().get(0).target());
    assertEquals("Russia", g.sentences().get(0).gold().get(0).target());
  }

  @Test
  void checkSetsAreKnownByTheirName() throws IOException {
    assertTrue(parse("plv-check.csv", SET).checkSet());
    assertFalse(parse("plv-tune.csv", SET).checkSet());
  }

  @Test
  void malformedRowsAreReportedWithTheirLines() {
    String bad = "text,label,meta,context,source,target\nok,AID,m1,,a,b\ntoo,few,columns\n\"x\",AID,m1,,a,b\n";
    IOException e = assertThrows(IOException.class, () -> parse("t.csv", bad));
    assertTrue(e.getMessage().contains("t.csv:3: want 6 columns, found 3"), e.getMessage());
    assertTrue(e.getMessage().contains("t.csv:4: meta m1 was given another text"), e.getMessage());
    assertThrows(IOException.class, () -> parse("t.csv", "code,root_code,name\n"), "another header is not this format");
  }

  @Test
  void theFormatIsKnownByItsHeaderNotItsExtension(@TempDir Path dir) throws IOException {
    Path plv = Files.writeString(dir.resolve("set.csv"), "\uFEFF" + SET);
    Path codebook = Files.writeString(dir.resolve("codebook.csv"), "code,root_code,name\n010,01,Make statement\n");
    assertTrue(PlvGoldReader.recognises(plv));
    assertFalse(PlvGoldReader.recognises(codebook));
    assertFalse(PlvGoldReader.recognises(Files.write(dir.resolve("latin1.xml"), new byte[] {'<', (byte) 0xE9, '>', '\n'})));
    assertFalse(PlvGoldReader.recognises(Files.writeString(dir.resolve("longer.csv"), SET.replace("target\n", "target,extra\n"))));
    assertEquals(4, PlvGoldReader.read(plv).sentences().size());
    IOException e = assertThrows(IOException.class, () -> GoldReader.read(plv));
    assertTrue(e.getMessage().contains("PlvGoldReader"), "GoldReader points to the right reader: " + e.getMessage());
  }
}
