package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.io.EventLine;
import org.dyad.io.JsonlEventReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventDiffTest {
  private static EventLine event(String doc, int sentence, int trigger, String source, String target, String code, String rule) {
    return new EventLine(doc, sentence, "Sentence " + sentence + " of " + doc + ".", new EventLine.Actor(source, source),
        target == null ? null : new EventLine.Actor(target, target), code, null, rule, 0.5, "met", trigger);
  }

  private static final EventLine MEET = event("d1", 0, 5, "USAGOV", "RUSGOV", "040", "consult.meet");
  private static final EventLine FIGHT = event("d1", 1, 9, "SYRMIL", "SYRREB", "190", "fight.attack");
  private static final EventLine THREAT = event("d2", 0, 3, "IRN", "USA", "138", "fight.attack+intent:ready");

  @Test
  void sameCodesAtOneTriggerAreNoDifferenceWhateverTheRule() {
    EventLine renamed = event("d1", 0, 5, "USAGOV", "RUSGOV", "040", "consult.meet-with");
    assertEquals(List.of(), EventDiff.of(List.of(MEET, FIGHT), List.of(FIGHT, renamed)).changes());
  }

  @Test
  void findsAddedRemovedAndChangedEventsInDocumentOrder() {
    EventLine retargeted = event("d1", 1, 9, "SYRMIL", null, "190", "fight.attack");
    EventDiff d = EventDiff.of(List.of(MEET, FIGHT), List.of(retargeted, THREAT));
    assertEquals(3, d.changes().size());
    assertEquals(new EventDiff.Change(EventDiff.Kind.REMOVED, MEET, null), d.changes().get(0));
    assertEquals(new EventDiff.Change(EventDiff.Kind.CHANGED, FIGHT, retargeted), d.changes().get(1));
    assertEquals(new EventDiff.Change(EventDiff.Kind.ADDED, null, THREAT), d.changes().get(2));
    assertEquals(1, d.count(EventDiff.Kind.ADDED));
  }

  @Test
  void aSecondEventAtOneTriggerIsAddedNotChanged() {
    EventLine second = event("d1", 0, 5, "USAGOV", "CHNGOV", "040", "consult.meet");
    EventDiff d = EventDiff.of(List.of(MEET), List.of(MEET, second));
    assertEquals(List.of(new EventDiff.Change(EventDiff.Kind.ADDED, null, second)), d.changes());
  }

  @Test
  void countsByRuleIdAndByFullRule() {
    EventLine fightNow = event("d3", 0, 1, "SYRMIL", "SYRREB", "190", "fight.attack+intent:ready");
    EventLine fightBefore = event("d3", 0, 1, "SYRMIL", "SYRREB", "193", "fight.attack");
    EventDiff d = EventDiff.of(List.of(MEET, fightBefore), List.of(THREAT, fightNow));
    assertEquals(List.of(new EventDiff.RuleCount("fight.attack", 1, 0, 1), new EventDiff.RuleCount("consult.meet", 0, 1, 0)),
        d.byRule(true), "a change between two rules of one id counts once");
    assertEquals(List.of(new EventDiff.RuleCount("fight.attack+intent:ready", 1, 0, 1), new EventDiff.RuleCount("consult.meet", 0, 1, 0),
        new EventDiff.RuleCount("fight.attack", 0, 0, 1)), d.byRule(false));
  }

  @Test
  void keepsOnlyTheRuleAskedForInTheOldOrTheNewEvent() {
    EventLine recoded = event("d1", 0, 5, "USAGOV", "RUSGOV", "190", "fight.attack");
    EventDiff d = EventDiff.of(List.of(MEET, FIGHT), List.of(recoded, THREAT)).withRule("consult");
    assertEquals(1, d.changes().size());
    assertEquals(recoded, d.changes().get(0).after(), "the old event's rule was consult.meet");
  }

  @Test
  void aSampleIsTheSameForTheSameSeed() {
    List<EventLine> many = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) many.add(event("d" + i, 0, 1, "USA", "RUS", "040", "consult.meet"));
    EventDiff all = EventDiff.of(List.of(), many);
    EventDiff a = all.sample(20, 7);
    assertEquals(20, a.changes().size());
    assertEquals(a, all.sample(20, 7));
    assertEquals(a.changes().stream().sorted(java.util.Comparator.comparingInt(c -> many.indexOf(c.after()))).toList(), a.changes(),
        "drawn changes keep their order");
    assertEquals(all, all.sample(80, 7), "asking for more than there are keeps them all");
  }

  @Test
  void readsTheLinesDyadCodeWrites(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("e.jsonl"), """
        {"doc_id":"a1","sentence":2,"date":"2024-01-02","date_precision":"day","source":{"code":"RUSGOV","text":"Moscow","start":0,"end":6,"origin":"metonym"},"target":null,"event":{"code":"010","root":"01","label":"Make statement","quad_class":1,"goldstein":0.0,"plover":null},"text":"Moscow said.","rule":"say.say","confidence":0.6,"trigger":{"text":"said","start":7,"end":11},"location":null}

        """);
    List<EventLine> lines = JsonlEventReader.read(f);
    assertEquals(1, lines.size());
    EventLine e = lines.get(0);
    assertEquals(new EventLine.Actor("RUSGOV", "Moscow"), e.source());
    assertNull(e.target());
    assertNull(e.plover());
    assertEquals(7, e.triggerStart());
    assertEquals("say.say", e.rule());
    Files.writeString(f, "{\"doc_id\":\"a\"}\n");
    IOException ex = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> JsonlEventReader.read(f));
    assertEquals(true, ex.getMessage().contains("e.jsonl:1:"), ex.getMessage());
  }
}
