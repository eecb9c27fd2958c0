package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dyad.clean.HtmlExtractor;
import org.jsoup.Jsoup;

/**
 * Scores main-text extraction on a trafilatura-style gold set: {@code evaldata.json} maps each page URL to
 * {@code {file, with: [...], without: [...]}}. Each "with" snippet found in the extracted text is a true positive
 * (else a false negative); each "without" snippet found is a false positive (else a true negative). Runs of white
 * space (no-break spaces included) count as one space on both sides, so line breaks never decide a snippet.
 */
public final class ExtractionEval {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  /** Counts over all pages. */
  public record Result(int pages, int tp, int fn, int fp, int tn) {
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private ExtractionEval() {}

  /** Scores every page of {@code dir/evaldata.json}; pages live in {@code dir/html/}, gzipped or not. */
  public static Result score(Path dir, HtmlExtractor extractor) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    int pages = 0;
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> page = it.next();
      String file = page.getValue().get("file").asText();
      Path f = dir.resolve("html").resolve(file);
      if (!Files.exists(f)) f = dir.resolve("html").resolve(file + ".gz");
      String text;
      try (InputStream raw = Files.newInputStream(f);
          InputStream in = f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        text = norm(extractor.extract(Jsoup.parse(in, null, page.getKey()), page.getKey()).text());
      }
      pages++;
      for (JsonNode w : page.getValue().get("with")) {
        if (text.contains(norm(w.asText()))) tp++;
        else fn++;
      }
      for (JsonNode w : page.getValue().get("without")) {
        if (text.contains(norm(w.asText()))) fp++;
        else tn++;
      }
    }
    return new Result(pages, tp, fn, fp, tn);
  }

  private static String norm(String s) {
    return SPACES.matcher(s).replaceAll(" ");
  }
}
