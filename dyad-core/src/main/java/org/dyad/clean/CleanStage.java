package org.dyad.clean;

import java.util.Set;
import org.dyad.doc.Document;
import org.dyad.doc.Key;
import org.dyad.pipeline.Stage;

/**
 * First stage: checks the article is codable (not empty, not binary, within the size limit, English by {@link LanguageId}) and
 * blanks out lines that are not part of it.
 */
public final class CleanStage implements Stage {
  public static final Key<CleanText> CLEAN = new Key<>("clean", CleanText.class);
  private final LineCleaner cleaner;
  private final int maxChars;

  public CleanStage(LineCleaner cleaner, int maxChars) {
    this.cleaner = cleaner;
    this.maxChars = maxChars;
  }

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(CLEAN);
  }

  @Override
  public void process(Document doc) {
    String text = doc.article().text();
    if (text.isBlank()) {
      doc.error(name(), "reject.empty", "empty article: no text to code");
      return;
    }
    if (text.length() > maxChars) {
      doc.error(name(), "reject.too-large", "article has " + text.length() + " characters, over the size limit of "
          + maxChars + " (raise it with --max-chars)");
      return;
    }
    if (TextChecks.looksBinary(text)) {
      doc.error(name(), "reject.binary", "article looks like binary data, not text");
      return;
    }
    Cleaned cleaned = Cleaned.of(cleaner, LanguageId.shared(), text);
    if (cleaned.language() == null) {
      doc.error(name(), "reject.empty", cleaned.text().nothingLeft());
      return;
    }
    String language = cleaned.language();
    if (!language.equals("en") && !language.equals(LanguageId.UNKNOWN)) {
      doc.error(name(), "reject.language", "article is not in English (looks like '" + language + "'); Dyad codes English news");
      return;
    }
    doc.put(CLEAN, cleaned.text());
  }
}
