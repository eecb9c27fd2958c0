package org.dyad.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Dyad's tab-separated data files: {@code #} comments, blank lines skipped, a fixed number of columns.
 * Every problem is collected as {@code file:line: message} so a dictionary author sees all of them at once.
 */
public final class TsvFile {
  /**
   * One data line: the file it is in, its 1-based line number, its columns, and whether it comes from an
   * additions file ({@link #additionsName}) rather than from the file it adds to.
   */
  public record Row(String file, int line, List<String> cols, boolean added) {
    public String col(int i) {
      return cols.get(i);
    }
  }

  private final String name;
  private final List<Row> rows;
  private final List<String> problems = new ArrayList<>();

  private TsvFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = rows;
  }

  /**
   * Opens a data file: from {@code overrideDir} when it holds a file of that name, else the built-in resource;
   * then the rows of the additions file of that name in {@code overrideDir} ({@code actors.additions.tsv} for
   * {@code actors.tsv}), if there is one, follow its rows, so one entry can be added without copying the file.
   */
  public static TsvFile open(String resource, Path overrideDir, int minCols, int maxCols) {
    String fileName = resource.substring(resource.lastIndexOf('/') + 1);
    TsvFile base = null;
    if (overrideDir != null) {
      Path p = overrideDir.resolve(fileName);
      if (Files.isRegularFile(p)) base = readFile(p, minCols, maxCols, false);
    }
    if (base == null) {
      try (InputStream in = TsvFile.class.getResourceAsStream("/org/dyad/" + resource)) {
        if (in == null) throw new IllegalStateException("built-in dictionary missing: " + resource);
        base = read(resource, in, minCols, maxCols, false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    Path additions = overrideDir == null ? null : overrideDir.resolve(additionsName(fileName));
    if (additions == null || !Files.isRegularFile(additions)) return base;
    TsvFile more = readFile(additions, minCols, maxCols, true);
    List<Row> rows = new ArrayList<>(base.rows);
    rows.addAll(more.rows);
    TsvFile both = new TsvFile(base.name, rows);
    both.problems.addAll(base.problems);
    both.problems.addAll(more.problems);
    return both;
  }

  /** The name of the file whose rows are added to data file {@code fileName}: {@code .additions} before its extension. */
  public static String additionsName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return fileName.substring(0, dot) + DictionaryFolder.ADDITIONS + fileName.substring(dot);
  }

  private static TsvFile readFile(Path p, int minCols, int maxCols, boolean added) {
    try (InputStream in = Files.newInputStream(p)) {
      return read(p.toString(), in, minCols, maxCols, added);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  private static TsvFile read(String name, InputStream in, int minCols, int maxCols, boolean added) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String body = stripComment(line);
        if (body.isBlank()) continue;
        List<String> cols = new ArrayList<>();
        for (String c : body.split("\t")) {
          if (!c.isBlank()) cols.add(c.strip());
        }
        if (cols.size() < minCols || cols.size() > maxCols) {
          problems.add(name + ":" + n + ": expected " + (minCols == maxCols ? minCols : minCols + "-" + maxCols)
              + " tab-separated columns, found " + cols.size());
          continue;
        }
        rows.add(new Row(name, n, List.copyOf(cols), added));
      }
    }
    TsvFile f = new TsvFile(name, rows);
    f.problems.addAll(problems);
    return f;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    // A '#' only starts a comment at the line start or after whitespace, so "C#" or "#1" inside a name survive.
    while (hash > 0 && !Character.isWhitespace(line.charAt(hash - 1))) hash = line.indexOf('#', hash + 1);
    return hash < 0 ? line : line.substring(0, hash);
  }

  public String name() {
    return name;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Records a problem found while interpreting a row. */
  public void problem(Row row, String message) {
    problems.add(row.file() + ":" + row.line() + ": " + message);
  }

  public List<String> problems() {
    return problems;
  }

  /** Splits a {@code a|b|c} list column; {@code -} is the empty list. */
  public static List<String> list(String col) {
    if (col.equals("-")) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : col.split("\\|")) {
      if (!s.isBlank()) out.add(s.strip());
    }
    return out;
  }
}
