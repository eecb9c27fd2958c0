package org.dyad.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.spark.Partitioner;

/**
 * Spreads articles over partitions so each holds about the same amount of text (longest first, each to the
 * lightest partition so far), so no core sits idle while one long partition finishes. Text length stands for
 * coding time. The assignment is deterministic; it is the partitioner of the coding stage, and articles it does
 * not know (past {@code --articles}) are left out before the shuffle.
 */
public final class SizeBalancer extends Partitioner {
  private static final long serialVersionUID = 1L;
  private final HashMap<Position, Integer> assignment;
  private final int partitions;
  private final long[] loads;

  /** An article's position and text length. */
  public record Sized(Position position, int length) implements java.io.Serializable {}

  private SizeBalancer(HashMap<Position, Integer> assignment, long[] loads) {
    this.assignment = assignment;
    this.partitions = loads.length;
    this.loads = loads;
  }

  public static SizeBalancer of(List<Sized> articles, int partitions) {
    int n = Math.max(1, Math.min(partitions, articles.size()));
    List<Sized> bySize = new ArrayList<>(articles);
    bySize.sort(Comparator.comparingInt(Sized::length).reversed().thenComparing(Sized::position));
    // (load, partition): the lightest partition first, the lower index on ties.
    PriorityQueue<long[]> load = new PriorityQueue<>(Comparator.<long[]>comparingLong(l -> l[0]).thenComparingLong(l -> l[1]));
    for (int p = 0; p < n; p++) load.add(new long[] {0, p});
    HashMap<Position, Integer> assignment = new HashMap<>();
    long[] loads = new long[n];
    for (Sized a : bySize) {
      long[] lightest = load.poll();
      assignment.put(a.position(), (int) lightest[1]);
      lightest[0] += Math.max(1, a.length());
      loads[(int) lightest[1]] = lightest[0];
      load.add(lightest);
    }
    return new SizeBalancer(assignment, loads);
  }

  public boolean assigned(Position p) {
    return assignment.containsKey(p);
  }

  /** Characters per partition, for reports. */
  public long[] loads() {
    return loads.clone();
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    Integer p = assignment.get((Position) key);
    if (p == null) throw new IllegalArgumentException("article at " + key + " was not assigned a partition");
    return p;
  }
}
