package org.dyad.events;

import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.nlp.Token;

/**
 * One trigger's event while the cascade works on it: each step may change its code, append its provenance to the
 * rule, or fill in sources and targets. It lives only inside {@link EventStage#codeSentence}; the finished events
 * are {@link Event} records.
 */
final class EventDraft {
  final Token trigger;
  final VerbPattern pattern;
  final boolean noun;
  String code;
  String rule;
  boolean negated;
  /** The trigger's own negation was read as a stated refusal (12x), which is asserted whatever its auxiliary. */
  boolean refusedHere;
  FactualityStep.Reading reading;
  /** The complement whose pattern refined the code ("urged … to extradite"), or -1. */
  int about = -1;
  VerbPattern aboutPattern;
  List<Mention> sources;
  List<Mention> targets;

  EventDraft(Token trigger, VerbPattern pattern) {
    this.trigger = trigger;
    this.pattern = pattern;
    this.noun = trigger.isNoun();
    this.code = pattern.code();
    this.rule = pattern.id();
  }

  int t() {
    return trigger.index();
  }

  String root() {
    return code.substring(0, 2);
  }

  /** Appends a step's provenance to the rule. */
  void tag(String provenance) {
    rule = rule + provenance;
  }

  /** Force and protest: the acts whose target may be a place. */
  boolean violent() {
    return EventStage.PLACE_TARGET_ROOTS.contains(root());
  }

  boolean severalSides() {
    return sources.stream().map(Mention::country).distinct().count() > 1;
  }
}
