package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.clean.CleanText;
import org.dyad.clean.Dropped;
import org.dyad.clean.Extraction;
import org.dyad.clean.HtmlExtractor;
import org.dyad.clean.Cleaned;
import org.dyad.clean.LanguageId;
import org.dyad.clean.LineCleaner;
import org.dyad.clean.NearDuplicates;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;
import org.dyad.doc.DocumentGuard;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.options.FormatOption;
import org.dyad.options.InputOptions;
import org.dyad.options.DictionariesOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad clean}: pages, archives, feeds or text in; one cleaned article per JSON line out, with its language,
 * the parts dropped and why, and the earlier article it copies when it is a near-duplicate.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
    description = {"Extract and clean articles without coding them.",
        "Reads INPUT files or folders (recursively; standard input when none or '-') and writes one JSON line per article:",
        "{id, url, title, date, language, text, dropped: [{text, reason}], duplicate_of?, similarity?}.",
        "Documents that cannot be read are reported on standard error (and in --errors) and the run goes on."})
public final class CleanCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin FormatOption format;
  @Mixin InputOptions input;
  @Mixin DictionariesOption dictionaries;
  @Mixin ErrorsOption errors;
  @Mixin InputFiles files;

  @Option(names = "--to", description = "Output format: jsonl (the only one).", defaultValue = "jsonl")
  String to;

  @Option(names = "--duplicate-similarity", description = "Estimated shingle similarity from which an article is a near-copy of an earlier one (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + NearDuplicates.DEFAULT_THRESHOLD)
  double duplicateSimilarity;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!DyadCommand.dictionariesUsable(dictionaries.dir(), err)) return DyadCommand.USAGE;
    if (!to.toLowerCase(Locale.ROOT).equals("jsonl")) {
      err.println("dyad: unknown output format '" + to + "' for clean (jsonl)");
      return 2;
    }
    LineCleaner lines = LineCleaner.load(dictionaries.dir());
    LanguageId languages = LanguageId.shared();
    NearDuplicates duplicates = new NearDuplicates(duplicateSimilarity);
    Sources sources = new Sources(format.from(), input.dateOrToday(), input.maxChars(), HtmlExtractor.load(dictionaries.dir()));
    Writer out = spec.commandLine().getOut();
    int articles = 0;
    int failures = 0;
    int copies = 0;
    // Counting the inputs reads them once more: only worth it when a bar is drawn.
    boolean bar = Progress.stderrIsTerminal() && !files.names().contains("-");
    Progress progress = new Progress(err, bar ? CodeCommand.expectedArticles(files.names()) : -1, bar, false);
    try (ErrorsOption.Sink errFile = errors.open(err)) {
      Iterator<Ingested> it = sources.open(files.names(), files.stdin);
      while (it.hasNext()) {
        Ingested doc = it.next();
        DocError[] failed = {doc.error()};
        // The line rules and the language check read the article too: a failure there is also the document's error.
        ObjectNode line = doc.article() == null ? null : DocumentGuard.call(doc.article().id(), "clean",
            () -> cleaned(doc, lines, languages, failed), e -> {
              failed[0] = e;
              return null;
            });
        if (line == null) {
          failures++;
          progress.clear();
          errFile.report(failed[0]);
          continue;
        }
        articles++;
        progress.update(articles, -1);
        NearDuplicates.Match m = duplicates.check(doc.article().id(), line.get("text").asText());
        if (m != null) {
          copies++;
          line.put("duplicate_of", m.firstId());
          line.put("similarity", Math.round(m.similarity() * 100) / 100.0);
        }
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
    } finally {
      progress.clear();
      out.flush();
    }
    err.println("dyad: " + articles + " article(s) cleaned, " + failures + " document error(s), " + copies
        + " near-duplicate(s) of " + duplicates.copies().size() + " original(s)");
    err.flush();
    return articles == 0 ? DyadCommand.NOTHING_READ : 0;
  }

  /**
   * The article after the line rules, as its JSON line (without the duplicate link); null, with its error in
   * {@code failed[0]}, when the rules left nothing, as {@code code} reports it.
   */
  private static ObjectNode cleaned(Ingested doc, LineCleaner lines, LanguageId languages, DocError[] failed) {
    Article a = doc.article();
    Cleaned cleaned = Cleaned.of(lines, languages, a.text());
    CleanText clean = cleaned.text();
    if (cleaned.language() == null) {
      failed[0] = new DocError(a.id(), "clean", "reject.empty", clean.nothingLeft());
      return null;
    }
    String language = cleaned.language();
    String text = compact(clean.text());
    ObjectNode n = JSON.createObjectNode();
    n.put("id", a.id());
    n.put("url", a.url());
    n.put("title", a.title());
    n.put("date", a.date().toString());
    n.put("language", language);
    n.put("text", text);
    ArrayNode dropped = n.putArray("dropped");
    for (Extraction.Removed r : doc.dropped()) dropped.addObject().put("text", r.text()).put("reason", r.reason());
    for (Dropped d : clean.dropped()) dropped.addObject().put("text", d.text()).put("reason", d.reason());
    return n;
  }

  /** The line cleaner blanks what it drops to keep offsets; the clean output does not need them. */
  private static String compact(String text) {
    return text.replaceAll("(?m)^[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
