package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.clean.HtmlExtractor;
import org.dyad.doc.Article;
import org.dyad.doc.DocError;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.Sources;
import org.dyad.io.EventWriter;
import org.dyad.io.OutputFormat;
import org.dyad.io.ReutersReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job in local mode with two cores against {@code dyad code}'s own loop (its readers, then one Coder,
 * article after article) on the same inputs: Reuters-21578 articles from the shared corpus, JSON lines with a bad
 * line, and a WARC with a page in French. Events (Parquet and GDELT) and document errors must be the same rows in
 * the same order.
 */
class CodeJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate DATE = LocalDate.of(2024, 3, 12);
  private static final int REUTERS = 10;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("CodeJobIT")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.jsonGenerator.ignoreNullFields", "false") // null fields stay, as dyad code writes them
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  @Test
  void sparkCodesTheSameEventsAndErrorsAsDyadCode(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    writeReutersExcerpt(in.resolve("reut2-000-excerpt.sgm"));
    writeJsonl(in.resolve("briefs.jsonl"));
    writeWarc(in.resolve("crawl.warc.gz"));
    Files.writeString(in.resolve(".hidden.txt"), "Russia attacked Ukraine.", StandardCharsets.UTF_8); // skipped, as dyad code skips it

    Expected want = expected(in);
    assertTrue(want.events().size() >= 15, "the inputs must give something to compare: " + want.events().size() + " events");
    assertTrue(want.errors().size() >= 2, "and some document errors: " + want.errors());

    String out = dir.resolve("out").toUri().toString();
    CodeJob.Result r = CodeJob.run(spark, new CodeJob.Spec(List.of(in.toString()), out,
        EnumSet.allOf(CodeJob.Output.class), JobOptions.defaults(DATE), 0, 0, false));
    assertEquals(3, r.files());
    assertEquals(want.articles(), r.articles());
    assertEquals(want.events().size(), r.events());
    assertEquals(8, r.partitionChars().length, "four coding partitions per core");

    // Parquet: event_id numbers events 1..n in dyad code's order; the other fields are dyad code's JSON lines.
    Dataset<Row> events = spark.read().parquet(out + "/events").orderBy("event_id");
    List<Long> ids = events.select("event_id").as(org.apache.spark.sql.Encoders.LONG()).collectAsList();
    for (int i = 0; i < ids.size(); i++) assertEquals(i + 1L, ids.get(i));
    String[] fields = EventRows.CODED.fieldNames();
    List<JsonNode> got = new ArrayList<>();
    for (String line : events.selectExpr(fields).toJSON().collectAsList()) got.add(JSON.readTree(line));
    assertEquals(want.events().size(), got.size());
    for (int i = 0; i < got.size(); i++) assertEquals(want.events().get(i), got.get(i), "event " + (i + 1));
    assertEquals(Stream.of(fields).toList(), iterable(got.get(0).fieldNames()), "the JSON lines' field order");

    // GDELT: the same rows as dyad code --to gdelt, but for DATEADDED (the time of the run).
    // Part files in name order are the rows in order, as `cat gdelt/part-*` gives them.
    assertEquals(withoutDateAdded(want.gdelt()), withoutDateAdded(lines(dir.resolve("out/gdelt"))));

    List<JsonNode> errors = new ArrayList<>();
    for (String line : lines(dir.resolve("out/errors"))) errors.add(JSON.readTree(line));
    assertEquals(want.errors(), errors);
  }

  /** The job's document errors as {@code doc_id: message}, in input order. */
  private static List<String> errorRows(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : lines(dir.resolve("out/errors"))) {
      JsonNode e = JSON.readTree(line);
      out.add(e.get("doc_id").asText() + ": " + e.get("message").asText());
    }
    return out;
  }

  private static CodeJob.Result runJob(Path dir, List<String> inputs) throws IOException {
    return CodeJob.run(spark, new CodeJob.Spec(inputs, dir.resolve("out").toUri().toString(), EnumSet.of(CodeJob.Output.PARQUET),
        JobOptions.defaults(DATE), 2, 0, false));
  }

  @Test
  @Tag("issue-15")
  void issue15_aFileThatBreaksItsReaderIsAnErrorRowAndTheExecutorGoesOn(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    // An Atom entry nested deeper than the XML library's recursive printer can go: it overflowed the executor's stack.
    Files.writeString(in.resolve("a-deep.atom"), "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        + "<title>Deep</title><id>urn:deep</id><updated>2024-03-12T00:00:00Z</updated><entry><title>Deep</title><id>urn:deep:1</id>"
        + "<updated>2024-03-12T00:00:00Z</updated><content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
        + "<span>".repeat(30_000) + "Negotiators met in Geneva." + "</span>".repeat(30_000) + "</div></content></entry></feed>");
    Files.writeString(in.resolve("b-good.jsonl"), "{\"id\": \"good\", \"date\": \"2024-03-12\", \"text\": "
        + "\"Iran condemned the Israeli airstrikes on Damascus on Monday.\"}\n");
    CodeJob.Result r = runJob(dir, List.of(in.toString()));
    assertEquals(1, r.articles());
    assertTrue(r.events() > 0, "the good article is coded");
    List<String> errors = errorRows(dir);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("a-deep.atom: the document is nested too deeply to be processed"), errors.toString());
  }

  @Test
  @Tag("issue-15")
  void issue15_errorsAfterTheLastReadableArticleAreKept(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("a-good.jsonl"), "{\"id\": \"good\", \"date\": \"2024-03-12\", \"text\": "
        + "\"Iran condemned the Israeli airstrikes on Damascus on Monday.\"}\n{\"id\": \"last\", \"text\": 12}\n");
    String missing = dir.resolve("b-missing.jsonl").toString();
    CodeJob.Result r = runJob(dir, List.of(good.toString(), missing));
    assertEquals(1, r.articles());
    List<String> errors = errorRows(dir);
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("last: no \"text\" string"), errors.toString());
    assertTrue(errors.get(1).startsWith("b-missing.jsonl: no such file or folder"), errors.toString());
    assertEquals(2, r.errors());
  }

  /** What dyad code writes for the inputs: its readers file by file, in name order, then one Coder article by article. */
  private record Expected(long articles, List<JsonNode> events, List<String> gdelt, List<JsonNode> errors) {}

  private static Expected expected(Path in) throws IOException {
    Coder coder = Coder.create(CoderOptions.defaults());
    Sources sources = new Sources(null, DATE, CoderOptions.DEFAULT_MAX_CHARS, HtmlExtractor.load(null));
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
    long articles = 0;
    List<JsonNode> events = new ArrayList<>();
    List<JsonNode> errors = new ArrayList<>();
    StringWriter jsonl = new StringWriter();
    StringWriter gdelt = new StringWriter();
    try (EventWriter j = EventWriter.of(OutputFormat.JSONL, jsonl); EventWriter g = EventWriter.of(OutputFormat.GDELT, gdelt)) {
      for (Path f : files) {
        List<Ingested> docs = new ArrayList<>();
        if (f.toString().endsWith(".sgm")) {
          for (Article a : ReutersReader.read(f, Integer.MAX_VALUE)) docs.add(Ingested.of(a, List.of()));
        } else {
          sources.openOne(f.toString(), null).forEachRemaining(docs::add);
        }
        for (Ingested d : docs) {
          if (d.article() == null) {
            errors.add(error(d.error()));
            continue;
          }
          articles++;
          CodedArticle c = coder.code(d.article());
          for (DocError e : c.errors()) errors.add(error(e));
          for (CodedEvent e : c.events()) {
            j.write(e);
            g.write(e);
          }
        }
      }
    }
    for (String line : jsonl.toString().split("\n")) {
      if (!line.isEmpty()) events.add(JSON.readTree(line));
    }
    return new Expected(articles, events, List.of(gdelt.toString().split("\n")), errors);
  }

  private static JsonNode error(DocError e) {
    return JSON.createObjectNode().put("doc_id", e.docId()).put("stage", e.stage()).put("code", e.code()).put("message", e.message());
  }

  private static List<String> withoutDateAdded(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String[] c = l.split("\t", -1);
      assertEquals(61, c.length, l);
      c[59] = "";
      out.add(String.join("\t", c));
    }
    return out;
  }

  private static List<String> lines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path part : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static List<String> iterable(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  /** The first articles of the shared Reuters-21578 file, as a file of their own (read here, never copied into the project). */
  private static void writeReutersExcerpt(Path to) throws IOException {
    Path sgm = shared().resolve("corpora/reuters21578/reut2-000.sgm");
    String text = new String(Files.readAllBytes(sgm), StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("<REUTERS.*?</REUTERS>", Pattern.DOTALL).matcher(text);
    StringBuilder sb = new StringBuilder();
    for (int n = 0; n < REUTERS && m.find(); n++) sb.append(m.group()).append('\n');
    Files.write(to, sb.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private static void writeJsonl(Path to) throws IOException {
    String briefs = Files.readString(root().resolve("examples/world-briefs.jsonl"), StandardCharsets.UTF_8);
    Files.writeString(to, briefs.strip() + "\n{\"id\": \"broken\", \"text\": \"Iran \n"
        + "{\"id\": \"no-text\", \"date\": \"2024-03-12\"}\n"
        + "{\"id\": \"bad-date\", \"date\": \"12/03/2024\", \"text\": \"Israel struck Gaza.\"}\n", StandardCharsets.UTF_8);
  }

  private static void writeWarc(Path to) throws IOException {
    try (WarcWriter w = new WarcWriter(FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      page(w, "https://wire.example/strikes", "Iran condemns strikes", "Iran condemned the Israeli airstrikes on Damascus on Monday, "
          + "calling them a violation of Syrian sovereignty. The foreign ministry in Tehran said the strikes had killed several "
          + "civilians and warned that the region could not afford another war. Israel did not comment on the report.");
      page(w, "https://wire.example/caracas", "Opposition leaders arrested", "Venezuelan police arrested opposition leaders in Caracas "
          + "on Tuesday, hours before a planned march against the government. Rights groups said at least twelve activists were "
          + "held overnight without charge, and the opposition called for new protests across the country later this week.");
      page(w, "https://lemonde.example/idleb", "Poutine et Erdogan", "Le président russe a rencontré mardi son homologue turc à Moscou, "
          + "alors que les frappes aériennes syriennes visaient la province d'Idleb tenue par les rebelles et que la Turquie se "
          + "disait prête à envoyer des troupes.");
    }
  }

  private static void page(WarcWriter w, String url, String title, String story) throws IOException {
    String html = "<!DOCTYPE html><html><head><title>" + title + "</title><meta property='article:published_time' "
        + "content='2024-03-12T08:00:00Z'></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><main><article><h1>"
        + title + "</h1><p>" + story.replace(". ", ".</p><p>") + "</p></article></main><footer>Copyright 2024</footer></body></html>";
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
    w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-12T10:00:00Z")).body(http).build());
  }

  private static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("examples"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    return p;
  }

  /**
   * The shared data folder beside the repository; without it (a fresh clone) the calling test is skipped with the
   * reason, unless DYAD_SHARED_REQUIRED is set (CI), where a missing folder fails it.
   */
  private static Path shared() {
    String prop = System.getProperty("dyad.shared");
    Path p = (prop != null ? Path.of(prop) : root().resolve("../shared")).normalize();
    if (!Files.isDirectory(p)) {
      String why = "CodeJobIT.sparkCodesTheSameEventsAndErrorsAsDyadCode needs the shared data folder (its Reuters-21578 corpus),"
          + " which is not at " + p + "; it sits beside the repository as ../shared (or give -Ddyad.shared=DIR)";
      if (System.getenv("DYAD_SHARED_REQUIRED") != null) throw new AssertionError("DYAD_SHARED_REQUIRED: " + why);
      Assumptions.assumeTrue(false, "skipped: " + why);
    }
    return p;
  }
}
