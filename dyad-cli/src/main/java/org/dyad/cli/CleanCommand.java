package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.clean.CleanText;
import org.dyad.clean.Dropped;
import org.dyad.clean.Extraction;
import org.dyad.clean.HtmlExtractor;
import org.dyad.clean.LanguageId;
import org.dyad.clean.LineCleaner;
import org.dyad.clean.NearDuplicates;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;
import org.dyad.doc.DocumentGuard;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.io.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Option(names = "--from", description = "Input format: ${COMPLETION-CANDIDATES} (default: detected per file from its name and first bytes; standard input: text).",
      converter = Formats.InputConverter.class, completionCandidates = Formats.InputNames.class)
  InputFormat from;

  @Option(names = "--to", description = "Output format: jsonl (the only one).", defaultValue = "jsonl")
  String to;

  @Option(names = "--date", description = "Date for articles that state none (YYYY-MM-DD). Default: today.")
  LocalDate date;

  @Option(names = "--dictionaries", paramLabel = "DIR", description = "Folder whose rule files (line-rules.tsv, block-rules.tsv, html-hints.tsv) replace the built-in ones.")
  Path dictionaries;

  @Option(names = "--errors", paramLabel = "FILE", description = "Also write per-document errors to FILE as JSON lines.")
  Path errorsFile;

  @Option(names = "--max-chars", converter = Bounds.AtLeastOne.class, description = "Text files and JSON texts longer than this are rejected (default: ${DEFAULT-VALUE}).", defaultValue = "1000000")
  int maxChars;

  @Option(names = "--duplicate-similarity", description = "Estimated shingle similarity from which an article is a near-copy of an earlier one (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + NearDuplicates.DEFAULT_THRESHOLD)
  double duplicateSimilarity;

  @Parameters(paramLabel = "INPUT", description = "Files or folders to clean; '-' or nothing: standard input.")
  List<String> inputs = new ArrayList<>();

  /** Replaced in tests; the real standard input otherwise. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!DyadCommand.dictionariesUsable(dictionaries, err)) return DyadCommand.USAGE;
    if (!to.toLowerCase(Locale.ROOT).equals("jsonl")) {
      err.println("dyad: unknown output format '" + to + "' for clean (jsonl)");
      return 2;
    }
    LineCleaner lines = LineCleaner.load(dictionaries);
    LanguageId languages = LanguageId.shared();
    NearDuplicates duplicates = new NearDuplicates(duplicateSimilarity);
    Sources sources = new Sources(from, date == null ? LocalDate.now() : date, maxChars, HtmlExtractor.load(dictionaries));
    Writer out = spec.commandLine().getOut();
    int articles = 0;
    int errors = 0;
    int copies = 0;
    // Counting the inputs reads them once more: only worth it when a bar is drawn.
    boolean bar = Progress.stderrIsTerminal() && !inputs.isEmpty() && !inputs.contains("-");
    Progress progress = new Progress(err, bar ? CodeCommand.expectedArticles(inputs) : -1, bar, false);
    try (Writer errFile = errorsFile == null ? null : Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8)) {
      Iterator<Ingested> it = sources.open(inputs, stdin);
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
          errors++;
          progress.clear();
          report(failed[0], err, errFile);
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
    err.println("dyad: " + articles + " article(s) cleaned, " + errors + " document error(s), " + copies
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
    CleanText clean = lines.clean(a.text());
    if (clean.nothingLeft() != null) {
      failed[0] = new DocError(a.id(), "clean", "reject.empty", clean.nothingLeft());
      return null;
    }
    String text = compact(clean.text());
    ObjectNode n = JSON.createObjectNode();
    n.put("id", a.id());
    n.put("url", a.url());
    n.put("title", a.title());
    n.put("date", a.date().toString());
    n.put("language", languages.detect(text));
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

  private static void report(DocError e, PrintWriter err, Writer errFile) throws IOException {
    err.println("dyad: " + e.docId() + ": " + e.message());
    if (errFile == null) return;
    ObjectNode m = JSON.createObjectNode();
    m.put("doc_id", e.docId());
    m.put("stage", e.stage());
    m.put("code", e.code());
    m.put("message", e.message());
    errFile.write(JSON.writeValueAsString(m));
    errFile.write('\n');
  }
}
