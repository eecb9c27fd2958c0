package org.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.CodedEvent;
import org.dyad.events.ActorRef;
import org.dyad.geo.Location;

/**
 * The Parquet schema of events: the fields and names of {@code dyad code --to jsonl} (JsonlEventWriter), nested
 * the same way, after an {@code event_id} that numbers events in {@code dyad code}'s output order (GDELT's
 * GLOBALEVENTID for the same run). Dates are Parquet dates; the output is partitioned by {@code date}.
 */
public final class EventRows {
  private static final StructType ACTOR = struct(
      field("code", StringType, false), field("name", StringType, true), field("text", StringType, true), field("start", IntegerType, false),
      field("end", IntegerType, false), field("origin", StringType, true));
  private static final StructType EVENT = struct(
      field("code", StringType, false), field("root", StringType, true), field("label", StringType, true),
      field("quad_class", IntegerType, false), field("goldstein", DoubleType, true), field("plover", StringType, true));
  private static final StructType TRIGGER = struct(
      field("text", StringType, true), field("start", IntegerType, false), field("end", IntegerType, false));
  private static final StructType LOCATION = struct(
      field("name", StringType, true), field("geonameid", IntegerType, false), field("lat", DoubleType, false),
      field("lon", DoubleType, false), field("country", StringType, true), field("admin1", StringType, true),
      field("feature_code", StringType, true), field("precision", StringType, true));

  /** The fields of one event as coded, in JsonlEventWriter's order. */
  public static final StructType CODED = struct(
      field("doc_id", StringType, false), field("sentence", IntegerType, false), field("date", DateType, false),
      field("date_precision", StringType, true), field("source", ACTOR, true), field("target", ACTOR, true),
      field("event", EVENT, false), field("text", StringType, true), field("rule", StringType, true),
      field("confidence", DoubleType, false), field("factuality", StringType, false), field("trigger", TRIGGER, false),
      field("location", LOCATION, true));

  /** What is written: {@code event_id} then {@link #CODED}. */
  public static final StructType SCHEMA = withId();

  private EventRows() {}

  /** An event's row without its id (dates as {@link java.time.LocalDate}: the session runs with the Java 8 date API). */
  public static Row of(CodedEvent e) {
    return RowFactory.create(e.docId(), e.sentence(), e.date(), e.datePrecision(), actor(e.source()), actor(e.target()),
        RowFactory.create(e.event().code(), e.event().root(), e.event().name(), e.event().quadClass(),
            Double.isNaN(e.event().goldstein()) ? null : e.event().goldstein(),
            e.event().plover().equals("-") ? null : e.event().plover()),
        e.text(), e.rule(), e.confidence(), e.factuality().label(), RowFactory.create(e.trigger(), e.triggerStart(), e.triggerEnd()),
        location(e.location()));
  }

  /** The row with its id in front. */
  public static Row withId(long id, Row coded) {
    Object[] v = new Object[coded.length() + 1];
    v[0] = id;
    for (int i = 0; i < coded.length(); i++) v[i + 1] = coded.get(i);
    return RowFactory.create(v);
  }

  private static Row actor(ActorRef a) {
    return a == null ? null : RowFactory.create(a.code(), a.name(), a.text(), a.start(), a.end(), a.origin());
  }

  private static Row location(Location l) {
    if (l == null) return null;
    return RowFactory.create(l.name(), l.geonameId(), l.lat(), l.lon(), l.country().isEmpty() ? null : l.country(),
        l.admin1().isEmpty() ? null : l.admin1(), l.featureCode(), l.precision());
  }

  private static StructType withId() {
    StructField[] f = new StructField[CODED.fields().length + 1];
    f[0] = field("event_id", LongType, false);
    System.arraycopy(CODED.fields(), 0, f, 1, CODED.fields().length);
    return createStructType(f);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }

  private static StructType struct(StructField... fields) {
    return createStructType(List.of(fields));
  }
}
