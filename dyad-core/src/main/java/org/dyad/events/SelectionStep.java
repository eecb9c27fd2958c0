package org.dyad.events;

import static org.dyad.events.Clauses.complementOf;
import static org.dyad.events.Clauses.purposeHead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;

/**
 * The selection step of the event cascade: of the events one sentence yields, which are reported. An act told by
 * its purpose or by what it calls for gives way to that; a noun that a coded verb acts on is no second event; one
 * event per source, target and root, the most specific. Asserted events and the others are selected apart
 * ({@link EventStage}), so that a denied act never pushes out one that was done.
 */
final class SelectionStep {
  private SelectionStep() {}

  static List<Event> select(Sentence s, DepGraph g, List<Event> candidates) {
    List<Event> found = new ArrayList<>(candidates);
    // "opened fire to disperse demonstrators": an act with no target is told by its purpose, which has one.
    List<Event> aimed = List.copyOf(found);
    // Likewise "called on Arabs to unite and mobilize against Sharon": the call is told by what it calls for.
    found.removeIf(e -> e.target() == null && aimed.stream().anyMatch(o -> o.target() != null && o.source().code().equals(e.source().code())
        && (purposeHead(g, s, o.trigger()) == e.trigger() || complementOf(g, o.trigger()) == e.trigger())));
    return keepBest(dropNominalObjects(found, g));
  }
  /** "lifted a blockade", "condemned the attack": the noun is what the verb acts on, not a second event. */
  static List<Event> dropNominalObjects(List<Event> found, DepGraph g) {
    java.util.Set<Integer> verbTriggers = new java.util.HashSet<>();
    // "announced a suspension of air links": what a statement announces is the event, not a thing it acts on.
    for (Event e : found) if (!e.code().startsWith("01")) verbTriggers.add(e.trigger());
    List<Event> out = new ArrayList<>();
    for (Event e : found) {
      int v = g.head(e.trigger(), "obj");
      if (v < 0) v = g.head(e.trigger(), "obl");
      if (v >= 0 && verbTriggers.contains(v) && v != e.trigger()) continue;
      out.add(e);
    }
    return out;
  }

  /** One event per (source, target, root): the most specific code, then the most confident. Bare statements yield to any other event. */
  static List<Event> keepBest(List<Event> found) {
    boolean other = found.stream().anyMatch(e -> !e.code().startsWith("01"));
    Map<String, Event> best = new LinkedHashMap<>();
    for (Event e : found) {
      if (other && e.code().equals("010")) continue;
      String key = e.source().identity() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + e.code().substring(0, 2);
      Event prev = best.get(key);
      if (prev == null || better(e, prev)) best.put(key, e);
    }
    List<Event> out = new ArrayList<>(best.values());
    // A targetless event is dropped when the same source has the same root with a target.
    out.removeIf(e -> e.target() == null && out.stream().anyMatch(o -> o.target() != null && o.source().code().equals(e.source().code())
        && o.code().substring(0, 2).equals(e.code().substring(0, 2))));
    out.sort((a, b) -> a.trigger() - b.trigger());
    return out;
  }

  private static boolean better(Event a, Event b) {
    int sa = specificity(a.code());
    int sb = specificity(b.code());
    if (sa != sb) return sa > sb;
    return a.confidence() > b.confidence();
  }

  private static int specificity(String code) {
    return code.length() * 2 + (code.endsWith("0") ? 0 : 1);
  }}
