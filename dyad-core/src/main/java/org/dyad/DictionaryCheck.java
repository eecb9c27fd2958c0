package org.dyad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.actors.ActorDictionary;
import org.dyad.clean.HtmlExtractor;
import org.dyad.clean.LineCleaner;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.DictionaryException;
import org.dyad.codebook.DictionaryFolder;
import org.dyad.events.Complements;
import org.dyad.events.ConfidenceStep;
import org.dyad.events.FactualityStep;
import org.dyad.events.VerbDictionary;
import org.dyad.petrarch.PetrarchDictionaries;

/**
 * Reads every file a dictionary folder can replace, as the coder and the extractor would, and collects what is
 * wrong with each, {@code file:line: message}, instead of stopping at the first bad file as loading does.
 * {@code errors} keep the folder from being used; {@code skipped} are lines of PETRARCH files the coder passes
 * over (the 2015 Phoenix files have some) and may use the folder all the same.
 */
public record DictionaryCheck(List<String> errors, List<String> skipped) {
  public DictionaryCheck {
    errors = List.copyOf(errors);
    skipped = List.copyOf(skipped);
  }

  public static DictionaryCheck of(Path dir) {
    List<String> errors = new ArrayList<>();
    String unusable = DictionaryFolder.problem(dir);
    if (unusable != null) return new DictionaryCheck(List.of(unusable), List.of());
    if (PetrarchDictionaries.isPetrarch(dir)) {
      PetrarchDictionaries[] pd = new PetrarchDictionaries[1];
      collect(errors, d -> pd[0] = PetrarchDictionaries.load(d), dir);
      collect(errors, HtmlExtractor::load, dir);
      return new DictionaryCheck(errors, pd[0] == null ? List.of() : pd[0].skipped());
    }
    // The codebook first: the actor, verb and complement files are checked against its codes.
    Codebook[] codebook = new Codebook[1];
    collect(errors, d -> codebook[0] = Codebook.load(d), dir);
    if (codebook[0] == null) codebook[0] = Codebook.load(null); // the rest is still checked, against the built-in codes
    collect(errors, d -> ActorDictionary.load(d, codebook[0]), dir);
    collect(errors, d -> VerbDictionary.load(d, codebook[0]), dir);
    collect(errors, d -> Complements.load(d, codebook[0]), dir);
    collect(errors, LineCleaner::load, dir);
    collect(errors, FactualityStep::load, dir);
    collect(errors, ConfidenceStep::load, dir);
    collect(errors, HtmlExtractor::load, dir);
    return new DictionaryCheck(errors, List.of());
  }

  private static void collect(List<String> errors, Consumer<Path> load, Path dir) {
    try {
      load.accept(dir);
    } catch (DictionaryException e) {
      for (String p : e.problems()) if (!errors.contains(p)) errors.add(p);
    } catch (IllegalArgumentException e) {
      errors.add(e.getMessage());
    }
  }
}
