package org.dyad.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a run: the given master, else spark-submit's, else all local cores. */
final class Sessions {
  private Sessions() {}

  static SparkSession create(String master) {
    SparkSession.Builder b = SparkSession.builder().appName("dyad-spark")
        // Rows carry java.time.LocalDate, as Dyad's events do, whatever the JVM's time zone.
        .config("spark.sql.datetime.java8API.enabled", "true");
    if (master != null) b.master(master);
    else if (!new SparkConf().contains("spark.master")) b.master("local[*]");
    return b.getOrCreate();
  }
}
