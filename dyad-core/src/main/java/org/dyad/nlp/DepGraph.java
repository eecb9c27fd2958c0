package org.dyad.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Enhanced++ Universal Dependencies of one sentence, over 0-based token indexes. A token may have several
 * heads (enhanced graphs propagate subjects over conjunctions and into controlled verbs).
 */
public final class DepGraph {
  /** A typed edge: {@code rel} such as "nsubj", "obl:with", "nmod:poss", "obl:agent". */
  public record Arc(int head, int dep, String rel) {}

  private final List<List<Arc>> out;
  private final List<List<Arc>> in;
  private final int size;

  public DepGraph(int size, List<Arc> arcs) {
    this.size = size;
    List<List<Arc>> o = new ArrayList<>();
    List<List<Arc>> i = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      o.add(new ArrayList<>());
      i.add(new ArrayList<>());
    }
    for (Arc a : arcs) {
      if (a.dep() < 0 || a.dep() >= size || a.head() >= size) continue;
      if (a.head() >= 0) o.get(a.head()).add(a);
      i.get(a.dep()).add(a);
    }
    for (int k = 0; k < size; k++) {
      o.set(k, Collections.unmodifiableList(o.get(k)));
      i.set(k, Collections.unmodifiableList(i.get(k)));
    }
    this.out = Collections.unmodifiableList(o);
    this.in = Collections.unmodifiableList(i);
  }

  public int size() {
    return size;
  }

  public List<Arc> children(int token) {
    return out.get(token);
  }

  public List<Arc> heads(int token) {
    return in.get(token);
  }

  /** Children whose relation is {@code rel} or a subtype of it ("obl" matches "obl:with"). */
  public List<Arc> children(int token, String rel) {
    List<Arc> r = new ArrayList<>();
    for (Arc a : out.get(token)) {
      if (a.rel().equals(rel) || a.rel().startsWith(rel + ":")) r.add(a);
    }
    return r;
  }

  /** The first head reached by a relation of the given kind, or -1. */
  public int head(int token, String rel) {
    for (Arc a : in.get(token)) {
      if (a.rel().equals(rel) || a.rel().startsWith(rel + ":")) return a.head();
    }
    return -1;
  }

  /** Undirected path length between two tokens, or a large number when they are not connected. */
  public int distance(int from, int to) {
    if (from == to) return 0;
    int[] dist = new int[size];
    java.util.Arrays.fill(dist, -1);
    java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
    dist[from] = 0;
    q.add(from);
    while (!q.isEmpty()) {
      int t = q.poll();
      List<Integer> next = new ArrayList<>();
      for (Arc a : out.get(t)) next.add(a.dep());
      for (Arc a : in.get(t)) if (a.head() >= 0) next.add(a.head());
      for (int n : next) {
        if (dist[n] < 0) {
          dist[n] = dist[t] + 1;
          if (n == to) return dist[n];
          q.add(n);
        }
      }
    }
    return 1000;
  }
}
