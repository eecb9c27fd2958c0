package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SizeBalancerTest {
  private static List<SizeBalancer.Sized> skewed(int n, long seed) {
    Random r = new Random(seed);
    List<SizeBalancer.Sized> out = new ArrayList<>();
    // News lengths are skewed: most articles short, a few very long.
    for (int i = 0; i < n; i++) out.add(new SizeBalancer.Sized(Position.ofDoc(i / 100, i % 100), (int) (200 + Math.exp(r.nextGaussian() * 1.2 + 7))));
    return out;
  }

  @Test
  void partitionsCarryAboutTheSameAmountOfText() {
    SizeBalancer b = SizeBalancer.of(skewed(500, 7), 8);
    long[] loads = b.loads();
    assertEquals(8, loads.length);
    double mean = Arrays.stream(loads).average().orElseThrow();
    long max = Arrays.stream(loads).max().orElseThrow();
    assertTrue(max / mean < 1.02, Arrays.toString(loads));
  }

  @Test
  void everyArticleHasAPartitionAndTheSameInputGivesTheSameOne() {
    List<SizeBalancer.Sized> articles = skewed(300, 3);
    SizeBalancer a = SizeBalancer.of(articles, 6);
    SizeBalancer b = SizeBalancer.of(articles, 6);
    for (SizeBalancer.Sized s : articles) {
      assertTrue(a.assigned(s.position()));
      int p = a.getPartition(s.position());
      assertTrue(p >= 0 && p < 6);
      assertEquals(p, b.getPartition(s.position()));
    }
  }

  @Test
  void neverMorePartitionsThanArticlesAndUnknownArticlesAreRefused() {
    SizeBalancer b = SizeBalancer.of(skewed(3, 1), 8);
    assertEquals(3, b.numPartitions());
    Position other = Position.ofDoc(9, 9);
    assertFalse(b.assigned(other));
    assertThrows(IllegalArgumentException.class, () -> b.getPartition(other));
    assertEquals(1, SizeBalancer.of(List.of(), 8).numPartitions());
  }
}
