package org.dyad.events;

import java.util.List;
import java.util.Locale;

/**
 * Phrases whose presence means "do not code": in a sentence ({@code sentence}) or anywhere in the article
 * ({@code story}: sports results, weather reports). Each phrase is a list of lower-case words that must follow
 * one another.
 */
public record Discards(List<List<String>> sentence, List<List<String>> story) {
  public static final Discards NONE = new Discards(List.of(), List.of());

  public boolean isEmpty() {
    return sentence.isEmpty() && story.isEmpty();
  }

  /** The first sentence-level phrase found in the words, or null. */
  public String inSentence(List<String> words) {
    return find(sentence, words);
  }

  /** The first story-level phrase found in the words, or null. */
  public String inStory(List<String> words) {
    return find(story, words);
  }

  private static String find(List<List<String>> phrases, List<String> words) {
    for (List<String> p : phrases) {
      outer:
      for (int i = 0; i + p.size() <= words.size(); i++) {
        for (int k = 0; k < p.size(); k++) {
          if (!words.get(i + k).toLowerCase(Locale.ROOT).equals(p.get(k))) continue outer;
        }
        return String.join(" ", p);
      }
    }
    return null;
  }
}
