package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.dyad.Coder;

/**
 * A short hash of the dictionaries an article was coded with: the built-in data files of dyad-core plus the
 * override folder. An article stored under another fingerprint is coded again on re-ingest and its events
 * replaced; one stored under the same fingerprint is skipped without coding.
 */
public final class DictionaryFingerprint {
  private DictionaryFingerprint() {}

  /**
   * The fingerprint of the dictionaries and of the coding options that change what is coded (--no-one-a-day,
   * --min-confidence, --fast, --factuality): re-ingesting with other options codes the articles again. With the
   * default options it is {@link #of(Path)}'s, so stores coded before options counted are not coded again.
   */
  public static String ofCoding(org.dyad.CoderOptions o) {
    String base = of(o.dictionaries());
    org.dyad.CoderOptions d = org.dyad.CoderOptions.defaults();
    if (o.oneADay() == d.oneADay() && o.minConfidence() == d.minConfidence() && o.fast() == d.fast() && o.allFactualities() == d.allFactualities()) {
      return base;
    }
    String options = base + " one-a-day=" + o.oneADay() + " min-confidence=" + o.minConfidence() + " fast=" + o.fast() + " all=" + o.allFactualities();
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(options.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public static String of(Path overrides) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      builtIn(md);
      if (overrides != null && Files.isDirectory(overrides)) {
        for (Path p : sortedFiles(overrides)) {
          md.update(overrides.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(p));
        }
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionaries to fingerprint them", e);
    }
  }

  /** The data files (not classes) under org/dyad in dyad-core, from its jar or its classes folder. */
  private static void builtIn(MessageDigest md) throws IOException {
    Path where;
    try {
      where = Path.of(Coder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      return; // unknown origin: the override folder alone decides
    }
    if (Files.isDirectory(where)) {
      for (Path p : sortedFiles(where.resolve("org/dyad"))) {
        if (p.toString().endsWith(".class")) continue;
        md.update(where.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(Files.readAllBytes(p));
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        List<JarEntry> entries = new ArrayList<>();
        jar.stream().filter(e -> e.getName().startsWith("org/dyad/") && !e.isDirectory() && !e.getName().endsWith(".class")).forEach(entries::add);
        entries.sort(java.util.Comparator.comparing(JarEntry::getName));
        for (JarEntry e : entries) {
          md.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          try (InputStream in = jar.getInputStream(e)) {
            md.update(in.readAllBytes());
          }
        }
      }
    }
  }

  private static List<Path> sortedFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
