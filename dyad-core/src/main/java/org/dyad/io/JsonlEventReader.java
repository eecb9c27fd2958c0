package org.dyad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads back the events {@link JsonlEventWriter} wrote, one JSON object a line (blank lines are skipped). */
public final class JsonlEventReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlEventReader() {}

  public static List<EventLine> read(Path file) throws IOException {
    List<EventLine> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) continue;
        try {
          out.add(parse(line));
        } catch (JsonProcessingException e) {
          throw new IOException(file + ":" + n + ": not an event line of dyad code --to jsonl: invalid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IllegalArgumentException e) {
          throw new IOException(file + ":" + n + ": not an event line of dyad code --to jsonl: " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /** One line; throws IllegalArgumentException when a field every event has is missing. */
  public static EventLine parse(String line) throws JsonProcessingException {
    JsonNode n = JSON.readTree(line);
    for (String f : new String[] {"doc_id", "sentence", "source", "event", "trigger"}) {
      if (n == null || !n.hasNonNull(f)) throw new IllegalArgumentException("no \"" + f + "\"");
    }
    JsonNode event = n.get("event");
    JsonNode trigger = n.get("trigger");
    return new EventLine(n.get("doc_id").asText(), n.get("sentence").asInt(), n.path("text").asText(""), actor(n.get("source")),
        actor(n.get("target")), event.path("code").asText(""), text(event.get("plover")), text(n.get("rule")),
        n.path("confidence").asDouble(0), trigger.path("text").asText(""), trigger.path("start").asInt(-1));
  }

  private static EventLine.Actor actor(JsonNode a) {
    if (a == null || a.isNull()) return null;
    return new EventLine.Actor(a.path("code").asText(""), a.path("text").asText(""));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
