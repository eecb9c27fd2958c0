package org.dyad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.doc.Article;

/** Codes each sentence of a PLOVER sentence set once with a {@link Coder} and scores it with a {@link PlvScorer}. */
public final class PlvEvaluator {
  /**
   * The sets give no dates. Only types and text spans are scored, so the date matters only where it decides
   * whether a named leader was in office (a government actor or an elite); mid-2018 is within the era most of the
   * tune set's sentences come from.
   */
  static final LocalDate DATE = LocalDate.of(2018, 7, 1);

  /**
   * The sets name types as PLOVER did before 2021: YIELD is CAMEO 08 whole, which PLOVER 2021 (and so Dyad) splits
   * into CONCEDE and RETREAT. Where a set uses YIELD and neither newer name, Dyad's two types are scored as YIELD.
   */
  static final Map<String, String> YIELD_SPLIT = Map.of("CONCEDE", "YIELD", "RETREAT", "YIELD");

  private final Coder coder;
  private final int threads;

  public PlvEvaluator(Coder coder, int threads) {
    this.coder = coder;
    this.threads = threads;
  }

  public PlvReport evaluate(PlvGold gold) {
    List<Article> articles = new ArrayList<>();
    for (PlvGold.Sentence s : gold.sentences()) articles.add(Article.of(s.id(), DATE, s.text()));
    List<CodedArticle> coded = BatchCoder.codeAll(coder, threads, articles);
    Map<String, String> renames = renames(gold);
    PlvScorer scorer = new PlvScorer();
    List<PlvReport.Miss> misses = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      PlvGold.Sentence s = gold.sentences().get(i);
      List<ProducedEvent> produced = new ArrayList<>();
      for (CodedEvent e : coded.get(i).events()) produced.add(ProducedEvent.of(e).renamed(renames));
      // A check set's sentences are never kept, so no caller can list them.
      if (!scorer.add(s, produced).right() && !gold.checkSet()) misses.add(new PlvReport.Miss(s.id(), s.text(), s.gold(), produced));
    }
    return scorer.report(gold.name(), gold.checkSet(), misses);
  }

  /** The type names Dyad's events are scored under for {@code gold}: YIELD for CONCEDE and RETREAT where it uses YIELD. */
  static Map<String, String> renames(PlvGold gold) {
    Set<String> types = gold.types();
    boolean older = types.contains("YIELD") && !types.contains("CONCEDE") && !types.contains("RETREAT");
    return older ? YIELD_SPLIT : Map.of();
  }
}
