package org.dyad.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds near-duplicate articles (one wire story republished by many sites, with a changed headline, byline or
 * last paragraph) with MinHash over word 4-gram shingles and locality-sensitive hashing: 128 hash functions in
 * 32 bands of 4, so pairs above about 0.45 Jaccard similarity meet in some band, and a pair counts as a duplicate
 * when its estimated similarity reaches the threshold. The first copy seen is the original; later copies link to
 * it and are counted. One instance per run; not thread-safe (call it from the reading thread).
 */
public final class NearDuplicates {
  /** Default similarity (estimated Jaccard of shingle sets) from which two articles are copies. */
  public static final double DEFAULT_THRESHOLD = 0.6;
  private static final int HASHES = 128;
  private static final int ROWS = 4;
  private static final int SHINGLE_WORDS = 4;
  /** Texts with fewer shingles than this are too short to compare reliably and are never called copies. */
  private static final int MIN_SHINGLES = 8;
  private static final long[] SEEDS = seeds();

  private final double threshold;
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final Map<String, Integer> copies = new LinkedHashMap<>();

  public NearDuplicates(double threshold) {
    if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    this.threshold = threshold;
  }

  /** The earlier article this one copies and how similar they are. */
  public record Match(String firstId, double similarity) {}

  /** The earlier article that {@code text} is a near-copy of, or null (then it is remembered as an original). */
  public Match check(String id, String text) {
    return check(id, signature(text));
  }

  /** As {@link #check(String, String)} for a text's {@link #signature} (null: too short to compare). */
  public Match check(String id, int[] sig) {
    if (sig == null) return null;
    int best = -1;
    double bestSim = 0;
    long[] keys = new long[HASHES / ROWS];
    for (int b = 0; b < keys.length; b++) {
      keys[b] = bandKey(sig, b);
      for (int other : buckets.getOrDefault(keys[b], List.of())) {
        double s = similarity(sig, signatures.get(other));
        if (s > bestSim) {
          bestSim = s;
          best = other;
        }
      }
    }
    if (best >= 0 && bestSim >= threshold) {
      String first = ids.get(best);
      copies.merge(first, 1, Integer::sum);
      return new Match(first, bestSim);
    }
    remember(id, sig, keys);
    return null;
  }

  /**
   * Remembers an original without comparing it: one seen by an earlier run (an event store keeps the signatures
   * of its originals, so copies are found across runs), or one the caller keeps apart whatever it resembles.
   */
  public void remember(String id, int[] sig) {
    if (sig == null) return;
    remember(id, sig, bandKeys(sig));
  }

  private void remember(String id, int[] sig, long[] keys) {
    int index = ids.size();
    ids.add(id);
    signatures.add(sig);
    for (long k : keys) buckets.computeIfAbsent(k, x -> new ArrayList<>(1)).add(index);
  }

  private static long[] bandKeys(int[] sig) {
    long[] keys = new long[HASHES / ROWS];
    for (int b = 0; b < keys.length; b++) keys[b] = bandKey(sig, b);
    return keys;
  }

  private static long bandKey(int[] sig, int b) {
    long k = b;
    for (int r = 0; r < ROWS; r++) k = mix(k * 31 + sig[b * ROWS + r]);
    return k;
  }

  /** For each original that has copies: how many later copies were seen (GDELT's NumArticles minus one). */
  public Map<String, Integer> copies() {
    return Map.copyOf(copies);
  }

  /** The text's MinHash signature (128 values), or null when it is too short to compare. */
  public static int[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> tokens = new ArrayList<>(words.length);
    for (String w : words) {
      if (!w.isEmpty()) tokens.add(w);
    }
    // Scripts written without spaces (Chinese, Japanese, Thai) shingle by characters instead of words.
    if (tokens.size() < MIN_SHINGLES + SHINGLE_WORDS && text.length() > 200) {
      tokens.clear();
      text.codePoints().filter(Character::isLetterOrDigit).forEach(c -> tokens.add(new String(Character.toChars(c))));
    }
    int n = tokens.size() - SHINGLE_WORDS + 1;
    if (n < MIN_SHINGLES) return null;
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + SHINGLE_WORDS; j++) h = 31 * h + tokens.get(j).hashCode();
      for (int k = 0; k < HASHES; k++) {
        int v = (int) (mix(h ^ SEEDS[k]) >>> 33);
        if (v < sig[k]) sig[k] = v;
      }
    }
    return sig;
  }

  private static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return same / (double) a.length;
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) s[i] = mix(x += 0x9E3779B97F4A7C15L);
    return s;
  }
}
