package org.dyad.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.Entry;
import org.dyad.codebook.DictionaryException;
import org.dyad.events.Discards;
import org.dyad.events.VerbDictionary;
import org.dyad.events.VerbPattern;

/**
 * PETRARCH-format dictionaries from one folder, read into Dyad's own dictionaries so that users keep the
 * dictionaries they have: the verb file ({@code CAMEO.2.0.txt} or {@code *verbs*.txt}), every
 * {@code *.actors.txt}, the agents file and the discards file. Issue-coding files are not used. Lines that cannot
 * be read are skipped and listed in {@link #skipped()} as {@code file:line: reason}.
 */
public record PetrarchDictionaries(ActorDictionary actors, VerbDictionary verbs, Discards discards, int actorEntries,
    int verbPatterns, List<String> skipped, Lexicon lexicon) {

  /** The events stage that codes PETRARCH's way, on constituency trees ({@link TreeStage}). */
  public TreeStage treeStage() {
    return new TreeStage(lexicon);
  }

  /** True when the folder holds PETRARCH-format dictionaries rather than Dyad's own files. */
  public static boolean isPetrarch(Path dir) {
    return dir != null && !files(dir).isEmpty();
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> kind(p) != null).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String kind(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!n.endsWith(".txt")) return null;
    if (n.endsWith(".actors.txt")) return "actors";
    if (n.contains("agents")) return "agents";
    if (n.contains("discards")) return "discards";
    // Dyad's own verb file is "verbs.txt": a folder overriding it, or adding to it, is not a PETRARCH folder.
    boolean dyads = n.equals("verbs.txt") || n.equals(org.dyad.codebook.TsvFile.additionsName("verbs.txt"));
    if ((n.contains("verbs") && !dyads) || n.startsWith("cameo.")) return "verbs";
    return null;
  }

  public static PetrarchDictionaries load(Path dir) {
    List<String> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    List<VerbPattern> patterns = new ArrayList<>();
    List<Agent> agents = new ArrayList<>();
    java.util.Map<String, List<WordPattern>> words = new java.util.HashMap<>();
    Discards discards = Discards.NONE;
    boolean verbsSeen = false;
    for (Path p : files(dir)) {
      SourceLines src;
      try {
        src = SourceLines.read(p);
      } catch (IOException e) {
        throw new DictionaryException(List.of(p + ": cannot read: " + e.getMessage()));
      }
      switch (kind(p)) {
        case "actors" -> entries.addAll(ActorFile.read(src, problems));
        case "agents" -> entries.addAll(AgentFile.read(src, problems, agents));
        case "discards" -> discards = DiscardFile.read(src);
        default -> {
          verbsSeen = true;
          patterns.addAll(VerbFile.read(src, problems));
          WordPatternFile.read(src).forEach((k, v) -> words.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
      }
    }
    if (!verbsSeen) throw new DictionaryException(List.of(dir + ": no PETRARCH verb file (CAMEO.*.txt or *verbs*.txt)"));
    if (entries.isEmpty()) throw new DictionaryException(List.of(dir + ": no usable actor (*.actors.txt)"));
    // Dictionaries in this format are shared, decades-old files with known faults that PETRARCH itself skips.
    // Refusing them would refuse the users they are for: a faulty line is skipped and reported by file:line.
    return new PetrarchDictionaries(ActorDictionary.of(entries), VerbDictionary.of(patterns), discards, entries.size(), patterns.size(),
        List.copyOf(problems), new Lexicon(entries, agents, words, discards));
  }
}
