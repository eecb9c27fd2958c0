package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the gold formats that {@code dyad eval} scores against: PETRARCH validation XML and PLOVER GSR JSON. */
public final class GoldReader {
  /** Older PLOVER type names used in the GSR records, and their PLOVER 2021 names. */
  private static final Map<String, String> PLOVER_RENAMES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private GoldReader() {}

  public static GoldSet read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".json") || name.endsWith(".jsonl")) return plover(file);
    if (name.endsWith(".xml")) return petrarch(file);
    if (PlvGoldReader.recognises(file)) {
      throw new IOException(file + ": a PLOVER sentence set (header " + PlvGoldReader.HEADER + "): read it with PlvGoldReader");
    }
    if (name.endsWith(".csv")) return codebook(file);
    throw new IOException(file + ": unknown gold format (want PETRARCH .xml or PLOVER .json)");
  }

  public static GoldSet petrarch(Path file) throws IOException {
    org.w3c.dom.Document xml;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = f.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IOException(file + ": not readable PETRARCH XML: " + e.getMessage(), e);
    }
    List<GoldSentence> out = new ArrayList<>();
    // <Config option="require_dyad" value="false"> between records changes PETRARCH's options from there on.
    Map<String, String> options = new java.util.LinkedHashMap<>();
    NodeList nodes = xml.getElementsByTagName("*");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element s = (Element) nodes.item(i);
      if (s.getTagName().equals("Config") && s.hasAttribute("option")) {
        options.put(s.getAttribute("option").strip(), s.getAttribute("value").strip());
        continue;
      }
      if (!s.getTagName().equals("Sentence")) continue;
      NodeList texts = s.getElementsByTagName("Text");
      if (texts.getLength() == 0) continue;
      String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
      LocalDate date = petrarchDate(s.getAttribute("date"));
      List<Triple> gold = new ArrayList<>();
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (!c.hasAttribute("eventcode")) continue;
        gold.add(new Triple(actor(c.getAttribute("sourcecode")), actor(c.getAttribute("targetcode")), c.getAttribute("eventcode")));
      }
      NodeList parses = s.getElementsByTagName("Parse");
      String parse = parses.getLength() == 0 ? null : parses.item(0).getTextContent().strip();
      out.add(new GoldSentence(s.getAttribute("id"), date, text, gold, parse == null || parse.isEmpty() ? null : parse, options));
    }
    return new GoldSet(file.getFileName().toString(), GoldSet.Kind.CAMEO, out);
  }

  private static LocalDate petrarchDate(String d) {
    try {
      return LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (RuntimeException e) {
      return LocalDate.of(2000, 1, 1);
    }
  }

  public static GoldSet plover(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
    List<GoldSentence> out = new ArrayList<>();
    for (JsonNode r : root) {
      String event = r.path("event").asText();
      if (event.equals("DOCUMENT") || !r.hasNonNull("text")) continue;
      event = PLOVER_RENAMES.getOrDefault(event, event);
      List<String> sources = codes(r.get("source"));
      List<String> targets = codes(r.get("target"));
      boolean reciprocal = r.path("textInfo").path("markup").asText().contains("SRC/TAR") && targets.isEmpty();
      List<Triple> gold = new ArrayList<>();
      if (reciprocal && sources.size() > 1) {
        // "Hungarian and Romanian officials agreed": each side acts towards the other. Two sides of one country ("the
        // Sudanese government and SPLM/A have agreed") are still two actors: SDN towards SDN, both ways.
        for (int i = 0; i < sources.size(); i++) {
          for (int j = 0; j < sources.size(); j++) if (i != j) gold.add(new Triple(sources.get(i), sources.get(j), event));
        }
      } else {
        for (String s : sources.isEmpty() ? List.of("---") : sources) {
          for (String t : targets.isEmpty() ? List.of("---") : targets) gold.add(new Triple(s, t, event));
        }
      }
      LocalDate date = LocalDate.parse(r.path("date").asText("2000-01-01"));
      out.add(new GoldSentence(r.path("id").asText(), date, r.get("text").asText(), gold));
    }
    return new GoldSet(file.getFileName().toString(), GoldSet.Kind.PLOVER, out);
  }

  /**
   * The CAMEO codebook's example sentences ({@code code,root_code,name,…,example}): each example expects an event
   * with its code; actors are not given, so only the event is scored ({@link GoldSet.Kind#CODEBOOK}).
   */
  public static GoldSet codebook(Path file) throws IOException {
    List<GoldSentence> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      List<String> cols = csv(lines.get(i));
      if (cols.size() < 8 || cols.get(7).isBlank() || cols.get(0).length() < 3) continue;
      // The codebook's curly quotes arrive as runs of replacement characters.
      String text = cols.get(7).replaceAll("\uFFFD+", "'").strip();
      out.add(new GoldSentence("CAMEO-" + cols.get(0), LocalDate.of(2000, 1, 1), text, List.of(new Triple("---", "---", cols.get(0)))));
    }
    return new GoldSet(file.getFileName().toString(), GoldSet.Kind.CODEBOOK, out);
  }

  /** One CSV record (RFC 4180 quoting; the codebook has no line breaks inside fields). */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static List<String> codes(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || !n.isArray()) return out;
    for (JsonNode a : n) {
      String c = a.path("code").asText("");
      if (!c.isBlank()) out.add(c);
    }
    return out;
  }

  private static String actor(String code) {
    return code == null || code.isBlank() ? "---" : code;
  }
}
