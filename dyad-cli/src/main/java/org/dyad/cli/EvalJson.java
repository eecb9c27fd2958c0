package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dyad.eval.EvalReport;
import org.dyad.eval.GeoEvaluator;
import org.dyad.eval.PlvReport;
import org.dyad.eval.Score;

/** {@code dyad eval --json}: one object of totals per gold file and mode, never a sentence. */
final class EvalJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalJson() {}

  static String plv(PlvReport r, String mode) {
    ObjectNode o = head(r.gold(), mode, "plv", r.sentences());
    score(o.putObject("plover_type"), r.types());
    o.put("dyad_recall", r.dyadRecall()).put("dyad_hits", r.dyadHits()).put("untyped_events", r.untypedEvents());
    var bands = o.putArray("bands");
    for (PlvReport.Band b : r.bands()) {
      bands.addObject().put("from", b.from()).put("to", b.to()).put("events", b.events()).put("gold_type", b.goldType())
          .put("precision", b.precision());
    }
    ObjectNode labels = o.putObject("labels");
    for (PlvReport.LabelRecall l : r.labels()) {
      labels.putObject(l.label()).put("sentences", l.sentences()).put("found", l.found()).put("recall", l.recall());
    }
    return o.toString();
  }

  static String events(EvalReport r, String kind, String mode) {
    ObjectNode o = head(r.gold(), mode, kind, r.sentences());
    o.put("sentence_accuracy", r.sentenceAccuracy());
    ObjectNode levels = o.putObject("levels");
    for (Score s : r.scores()) score(levels.putObject(s.level()), s);
    return o.toString();
  }

  static String geo(GeoEvaluator.Report r, List<GeoEvaluator.Result> rows) {
    ObjectNode o = JSON.createObjectNode().put("gold", r.gold()).put("kind", "geo").put("articles", r.articles())
        .put("toponyms", r.toponyms()).put("found", r.found());
    var systems = o.putArray("systems");
    for (GeoEvaluator.Result x : rows) {
      systems.addObject().put("system", x.system()).put("acc_161km", x.accuracy161()).put("auc", x.auc()).put("median_km", x.medianKm());
    }
    return o.toString();
  }

  private static ObjectNode head(String gold, String mode, String kind, int sentences) {
    return JSON.createObjectNode().put("gold", gold).put("kind", kind).put("mode", mode).put("sentences", sentences);
  }

  private static void score(ObjectNode o, Score s) {
    o.put("precision", s.precision()).put("recall", s.recall()).put("f1", s.f1()).put("tp", s.truePositives())
        .put("fp", s.falsePositives()).put("fn", s.falseNegatives());
  }
}
