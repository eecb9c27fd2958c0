package org.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.CodedArticle;
import org.dyad.CodedEvent;
import org.dyad.Coder;
import org.dyad.doc.DocError;
import org.dyad.doc.DocumentGuard;
import org.dyad.io.GdeltEventWriter;
import scala.Tuple2;

/**
 * The dyad-spark job: list the inputs, read them (one task per group of files), spread the articles over
 * partitions by size, code each partition with the JVM's one {@link Coder}, then number the events in input order
 * and write them (Parquet partitioned by date; GDELT rows on request) with every document error beside them.
 *
 * <p>Output under {@code out}: {@code events/date=YYYY-MM-DD/*.parquet}, {@code gdelt/part-*} (tab-separated,
 * in event order), {@code errors/part-*.json} ({@code {"doc_id","stage","code","message"}}, in input order).
 */
public final class CodeJob {
  /** What to write. */
  public enum Output { PARQUET, GDELT }

  /**
   * A run: {@code partitions} for coding (0: four per core, so a free core always finds work); {@code articles}:
   * code only the first N articles in input order (0: all).
   */
  public record Spec(List<String> inputs, String out, Set<Output> outputs, JobOptions options, int partitions, long articles,
      boolean overwrite) {}

  /** What a run did; {@code firstErrors}: the first document errors in input order, for the console. */
  public record Result(int files, long articles, long events, long errors, List<ErrorData> firstErrors, long[] partitionChars) {}

  private static final StructType ERRORS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", StringType, false), DataTypes.createStructField("stage", StringType, false),
      DataTypes.createStructField("code", StringType, false), DataTypes.createStructField("message", StringType, false)));

  private CodeJob() {}

  public static Result run(SparkSession spark, Spec spec) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
    JobOptions options = spec.options();
    List<InputFiles.InputFile> files = InputFiles.list(spec.inputs(), sc.hadoopConfiguration());
    SaveMode mode = spec.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    List<JavaRDD<?>> cached = new ArrayList<>();
    try {
      JavaRDD<ReadItem> read = sc.parallelize(files, Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4)))
          .mapPartitions(part -> {
            DocumentReader reader = new DocumentReader(options, conf);
            return flatMap(part, reader::read);
          })
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      cached.add(read);

      // The driver learns each article's place and size (not its text) to cut at --articles and balance partitions.
      List<SizeBalancer.Sized> sizes = new ArrayList<>(read.filter(i -> i.article() != null)
          .map(i -> new SizeBalancer.Sized(i.position(), i.article().text().length())).collect());
      sizes.sort(Comparator.comparing(SizeBalancer.Sized::position));
      boolean cut = spec.articles() > 0 && sizes.size() > spec.articles();
      if (cut) sizes = sizes.subList(0, (int) spec.articles());
      // Only --articles ends the input early, after its last article: the errors of documents after that one are of
      // documents not read on. Without it every error is kept, those after the last readable article included.
      Position last = cut ? sizes.get(sizes.size() - 1).position() : null;
      int partitions = spec.partitions() > 0 ? spec.partitions() : sc.defaultParallelism() * 4;
      SizeBalancer balancer = SizeBalancer.of(sizes, partitions);

      boolean gdelt = spec.outputs().contains(Output.GDELT);
      String added = GdeltEventWriter.dateAdded(LocalDateTime.now());
      JavaRDD<CodedItem> coded = read.filter(i -> i.article() != null && balancer.assigned(i.position()))
          .mapToPair(i -> new Tuple2<>(i.position(), i.article()))
          .partitionBy(balancer)
          .flatMap(t -> code(options, t._1(), t._2(), gdelt, added).iterator())
          .persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(coded);

      // Events numbered in dyad code's order: input file, document, then the document's own order.
      JavaRDD<Tuple2<CodedItem, Long>> numbered = coded.filter(c -> c.event() != null)
          .sortBy(CodedItem::position, true, balancer.numPartitions()).zipWithIndex().map(t -> new Tuple2<>(t._1(), t._2() + 1))
          .persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(numbered);
      long events = numbered.count();
      if (spec.outputs().contains(Output.PARQUET)) {
        Dataset<Row> rows = spark.createDataFrame(numbered.map(t -> EventRows.withId(t._2(), t._1().event())), EventRows.SCHEMA);
        rows.orderBy("date", "event_id").write().mode(mode).partitionBy("date").parquet(spec.out() + "/events");
      }
      if (gdelt) {
        JavaRDD<String> lines = numbered.map(t -> t._2() + "\t" + t._1().gdeltTail());
        spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(mode).text(spec.out() + "/gdelt");
      }

      JavaRDD<ErrorData> errors = read.filter(i -> i.error() != null && (last == null || i.position().compareTo(last) <= 0))
          .map(i -> new CodedItem(i.position(), null, null, i.error()))
          .union(coded.filter(c -> c.error() != null))
          .sortBy(CodedItem::position, true, Math.max(1, sc.defaultParallelism()))
          .map(CodedItem::error);
      cached.add(errors.persist(StorageLevel.MEMORY_AND_DISK()));
      JavaRDD<Row> errorRows = errors.map(e -> RowFactory.create(e.docId(), e.stage(), e.code(), e.message()));
      spark.createDataFrame(errorRows, ERRORS).write().mode(mode).json(spec.out() + "/errors");
      return new Result(files.size(), sizes.size(), events, errors.count(), errors.take(20), balancer.loads());
    } finally {
      for (JavaRDD<?> r : cached) r.unpersist(false);
    }
  }

  /**
   * One article coded as {@code dyad code} codes it: its errors, then its events, each at its place. A failure
   * of the pipeline on this article is the article's error, and the partition goes on.
   */
  static List<CodedItem> code(JobOptions options, Position at, ArticleData a, boolean gdelt, String added) {
    Coder coder = Coders.get(options.coderOptions()); // outside the try: a dictionary error must stop the job
    List<CodedItem> out = new ArrayList<>();
    CodedArticle c = DocumentGuard.call(a.id(), "pipeline", () -> coder.code(a.article()), e -> {
      out.add(new CodedItem(at.at(0), null, null, ErrorData.of(e)));
      return null;
    });
    if (c == null) return out;
    int i = 0;
    for (DocError e : c.errors()) out.add(new CodedItem(at.at(i++), null, null, ErrorData.of(e)));
    for (CodedEvent e : c.events()) {
      String tail = null;
      if (gdelt) {
        String line = GdeltEventWriter.line(e, 0, added);
        tail = line.substring(line.indexOf('\t') + 1); // the id comes when all events are numbered
      }
      out.add(new CodedItem(at.at(i++), EventRows.of(e), tail, null));
    }
    return out;
  }

  private static <A, B> Iterator<B> flatMap(Iterator<A> in, java.util.function.Function<A, Iterator<B>> f) {
    return new Iterator<>() {
      private Iterator<B> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && in.hasNext()) current = f.apply(in.next());
        return current.hasNext();
      }

      @Override
      public B next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        return current.next();
      }
    };
  }
}
