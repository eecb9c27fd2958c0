package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.doc.Article;

/** Codes every gold sentence with a {@link Coder} and scores the result. */
public final class Evaluator {
  private final Coder coder;
  private final int threads;

  public Evaluator(Coder coder, int threads) {
    this.coder = coder;
    this.threads = Math.max(1, threads);
  }

  public EvalReport evaluate(GoldSet set) {
    List<List<Triple>> produced = codeAll(set);
    Scorer scorer = new Scorer(switch (set.kind()) {
      case PLOVER -> Scorer.PLOVER_LEVELS;
      case CAMEO -> Scorer.CAMEO_LEVELS;
      case CODEBOOK -> Scorer.CODEBOOK_LEVELS;
    });
    List<EvalReport.Miss> misses = new ArrayList<>();
    for (int i = 0; i < set.sentences().size(); i++) {
      GoldSentence g = set.sentences().get(i);
      List<Triple> p = produced.get(i);
      if (set.kind() == GoldSet.Kind.CODEBOOK) p = closest(g.gold().get(0).event(), p);
      if (!scorer.add(g.gold(), p)) misses.add(new EvalReport.Miss(g.id(), g.text(), g.gold(), produced.get(i)));
    }
    return new EvalReport(set.name(), scorer.sentences(), scorer.sentenceAccuracy(), scorer.scores(), misses);
  }

  private List<List<Triple>> codeAll(GoldSet set) {
    List<Article> articles = new ArrayList<>();
    for (GoldSentence g : set.sentences()) articles.add(new Article(g.id(), g.date(), g.text(), null, null, null, g.parse(), g.options()));
    List<List<Triple>> out = new ArrayList<>();
    for (CodedArticle a : BatchCoder.codeAll(coder, threads, articles)) out.add(triples(set.plover(), a));
    return out;
  }

  /**
   * For a codebook example only the event matters, and an example often reports more than one event: keep the
   * produced event that shares the most leading digits with the expected code (none when nothing was coded).
   */
  static List<Triple> closest(String expected, List<Triple> produced) {
    Triple best = null;
    int bestLen = -1;
    for (Triple t : produced) {
      int n = 0;
      while (n < Math.min(expected.length(), t.event().length()) && expected.charAt(n) == t.event().charAt(n)) n++;
      if (n > bestLen) {
        bestLen = n;
        best = t;
      }
    }
    return best == null ? List.of() : List.of(best);
  }

  static List<Triple> triples(boolean plover, CodedArticle a) {
    List<Triple> out = new ArrayList<>();
    for (CodedEvent e : a.events()) {
      String event = plover ? e.event().plover() : e.event().code();
      if (plover && event.equals("-")) continue;
      String src = plover ? Scorer.country(e.source().code()) : e.source().code();
      String tgt = e.target() == null ? "---" : plover ? Scorer.country(e.target().code()) : e.target().code();
      out.add(new Triple(src, tgt, event));
    }
    return out;
  }
}
