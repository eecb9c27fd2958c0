package org.dyad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dyad.io.EventLine;

/**
 * What changed between two runs of {@code dyad code --to jsonl} on the same input. Events are keyed by document,
 * sentence and trigger start: at one key, events with the same source, target and event codes are unchanged; the
 * rest are paired in file order as changed, and what is left over was added or removed. A change of rule or
 * confidence alone is not a difference: the output a user sees is the same.
 */
public record EventDiff(List<Change> changes) {
  public enum Kind { ADDED, REMOVED, CHANGED }

  /** One difference; {@code before} is null for an added event, {@code after} for a removed one. */
  public record Change(Kind kind, EventLine before, EventLine after) {
    /** The event as it is now, or as it was when it was removed. */
    public EventLine event() {
      return after != null ? after : before;
    }

    /** The rules involved: the old and the new event's, once each. */
    public Set<String> rules() {
      Set<String> out = new LinkedHashSet<>();
      if (before != null && before.rule() != null) out.add(before.rule());
      if (after != null && after.rule() != null) out.add(after.rule());
      return out;
    }
  }

  /** How many differences a rule took part in, by kind. */
  public record RuleCount(String rule, int added, int removed, int changed) {
    public int total() {
      return added + removed + changed;
    }
  }

  private record Key(String docId, int sentence, int triggerStart) {}

  public EventDiff {
    changes = List.copyOf(changes);
  }

  public static EventDiff of(List<EventLine> before, List<EventLine> after) {
    Map<String, Integer> docOrder = new HashMap<>();
    for (EventLine e : before) docOrder.putIfAbsent(e.docId(), docOrder.size());
    for (EventLine e : after) docOrder.putIfAbsent(e.docId(), docOrder.size());
    Map<Key, List<EventLine>> old = byKey(before);
    Map<Key, List<EventLine>> now = byKey(after);
    Set<Key> keys = new LinkedHashSet<>(old.keySet());
    keys.addAll(now.keySet());
    List<Change> out = new ArrayList<>();
    for (Key k : keys) compare(old.getOrDefault(k, List.of()), now.getOrDefault(k, List.of()), out);
    out.sort(Comparator.comparingInt((Change c) -> docOrder.get(c.event().docId())).thenComparingInt(c -> c.event().sentence())
        .thenComparingInt(c -> c.event().triggerStart()).thenComparing(Change::kind));
    return new EventDiff(out);
  }

  private static Map<Key, List<EventLine>> byKey(List<EventLine> events) {
    Map<Key, List<EventLine>> out = new LinkedHashMap<>();
    for (EventLine e : events) out.computeIfAbsent(new Key(e.docId(), e.sentence(), e.triggerStart()), k -> new ArrayList<>()).add(e);
    return out;
  }

  /** The events at one key: identical codes cancel out, then leftovers pair up as changes in file order. */
  private static void compare(List<EventLine> before, List<EventLine> after, List<Change> out) {
    List<EventLine> gone = new ArrayList<>(before);
    List<EventLine> come = new ArrayList<>();
    for (EventLine a : after) {
      int i = indexOfCodes(gone, a);
      if (i >= 0) gone.remove(i);
      else come.add(a);
    }
    int paired = Math.min(gone.size(), come.size());
    for (int i = 0; i < paired; i++) out.add(new Change(Kind.CHANGED, gone.get(i), come.get(i)));
    for (EventLine e : gone.subList(paired, gone.size())) out.add(new Change(Kind.REMOVED, e, null));
    for (EventLine e : come.subList(paired, come.size())) out.add(new Change(Kind.ADDED, null, e));
  }

  private static int indexOfCodes(List<EventLine> events, EventLine e) {
    for (int i = 0; i < events.size(); i++) if (events.get(i).codes().equals(e.codes())) return i;
    return -1;
  }

  /** Only the differences where the old or the new event's rule contains {@code text}. */
  public EventDiff withRule(String text) {
    return new EventDiff(changes.stream().filter(c -> c.rules().stream().anyMatch(r -> r.contains(text))).toList());
  }

  /** {@code n} differences drawn at random, the same ones for the same seed and input, kept in their order. */
  public EventDiff sample(int n, long seed) {
    if (n >= changes.size()) return this;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) order.add(i);
    Collections.shuffle(order, new Random(seed));
    List<Integer> drawn = new ArrayList<>(order.subList(0, Math.max(0, n)));
    Collections.sort(drawn);
    return new EventDiff(drawn.stream().map(changes::get).toList());
  }

  public int count(Kind kind) {
    return (int) changes.stream().filter(c -> c.kind() == kind).count();
  }

  /**
   * Differences per rule, most first: by the rule's id (up to the first '+', so "fight.attack+intent:ready" counts
   * as "fight.attack") when {@code idOnly}, else by the full rule. A change between two rules counts for both.
   */
  public List<RuleCount> byRule(boolean idOnly) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Change c : changes) {
      Set<String> rules = new LinkedHashSet<>();
      for (String r : c.rules()) rules.add(idOnly ? ruleId(r) : r);
      for (String r : rules) counts.computeIfAbsent(r, k -> new int[3])[c.kind().ordinal()]++;
    }
    List<RuleCount> out = new ArrayList<>();
    counts.forEach((r, n) -> out.add(new RuleCount(r, n[0], n[1], n[2])));
    out.sort(Comparator.comparingInt(RuleCount::total).reversed().thenComparing(RuleCount::rule));
    return out;
  }

  static String ruleId(String rule) {
    int plus = rule.indexOf('+');
    return plus < 0 ? rule : rule.substring(0, plus);
  }
}
