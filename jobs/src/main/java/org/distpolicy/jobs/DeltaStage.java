package org.distpolicy.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.distpolicy.reports.ReportTables;

/**
 * The delta of a run against the previous complete run (LATEST before this one): this run's
 * findings are new or persisting by whether their fingerprint was there; the previous run's
 * fingerprints that are gone are fixed. first_seen comes from the previous delta, so it survives
 * any number of persisting nights.
 */
final class DeltaStage {
    static final String NEW = "new";
    static final String FIXED = "fixed";
    static final String PERSISTING = "persisting";
    /** The order of the delta's rows. */
    private static final Column[] ORDER = {col("status"), col("package"), col("version"), col("rule"), col("fingerprint")};

    private DeltaStage() {
    }

    record Counts(long added, long fixed, long persisting) {
    }

    static Counts write(SparkSession spark, RunDirectory run, String runId) throws IOException {
        StructType findingsSchema = ReportRows.schema(ReportTables.FINDINGS);
        Dataset<Row> current = spark.read().parquet(run.staged("findings"));
        Optional<String> previousRun = run.previousRun();
        Dataset<Row> delta;
        if (previousRun.isEmpty()) {
            delta = current.withColumn("status", lit(NEW)).withColumn("first_seen", lit(runId));
        } else {
            String previous = previousRun.get();
            Dataset<Row> previousFindings = aligned(spark.read().parquet(run.ofRun(previous, "findings")), findingsSchema);
            Dataset<Row> firstSeen = firstSeenOf(spark, run, previous, previousFindings);
            Dataset<Row> known = current.join(firstSeen, current.col("fingerprint").equalTo(firstSeen.col("seen_fingerprint")), "left");
            Dataset<Row> thisRun = known
                    .withColumn("status", when(col("seen_fingerprint").isNull(), lit(NEW)).otherwise(lit(PERSISTING)))
                    .withColumn("first_seen", coalesce(col("seen_first"), lit(runId)));
            Dataset<Row> gone = previousFindings.join(current.select("fingerprint").distinct(), new String[] {"fingerprint"}, "left_anti")
                    .dropDuplicates("fingerprint");
            Dataset<Row> fixed = gone.join(firstSeen, gone.col("fingerprint").equalTo(firstSeen.col("seen_fingerprint")), "left")
                    .withColumn("run_id", lit(runId))
                    .withColumn("status", lit(FIXED))
                    .withColumn("first_seen", coalesce(col("seen_first"), lit(previous)));
            delta = select(thisRun).unionByName(select(fixed));
        }
        delta = ReportRows.oneSortedFile(select(delta), ORDER).persist();
        delta.write().mode(SaveMode.ErrorIfExists).parquet(run.staged("delta"));
        Map<String, Long> byStatus = new HashMap<>();
        delta.groupBy("status").count().collectAsList().forEach(row -> byStatus.put(row.getString(0), row.getLong(1)));
        Counts counts = new Counts(byStatus.getOrDefault(NEW, 0L), byStatus.getOrDefault(FIXED, 0L), byStatus.getOrDefault(PERSISTING, 0L));
        delta.unpersist();
        return counts;
    }

    /**
     * The delta of a run whose tables are the previous run's (same inputs): every finding persists,
     * first seen when the previous delta says; nothing is new or fixed. The previous delta's rows
     * other than fixed are exactly its findings, so no join is needed.
     */
    static Counts writeUnchanged(SparkSession spark, RunDirectory run, String runId, String previous) {
        ReportRows.oneSortedFile(select(spark.read().parquet(run.ofRun(previous, "delta")).filter(col("status").notEqual(FIXED))
                        .withColumn("run_id", lit(runId)).withColumn("status", lit(PERSISTING))), ORDER)
                .write().mode(SaveMode.ErrorIfExists).parquet(run.staged("delta"));
        return new Counts(0, 0, spark.read().parquet(run.staged("delta")).count());
    }

    /** fingerprint → first_seen of what the previous run still had; a run from before deltas existed counts as its own first. */
    private static Dataset<Row> firstSeenOf(SparkSession spark, RunDirectory run, String previous, Dataset<Row> previousFindings)
            throws IOException {
        Dataset<Row> seen = run.hasTable(previous, "delta")
                ? spark.read().parquet(run.ofRun(previous, "delta")).filter(col("status").notEqual(FIXED)).select("fingerprint", "first_seen")
                : previousFindings.select(col("fingerprint"), lit(previous).as("first_seen"));
        return seen.dropDuplicates("fingerprint").select(col("fingerprint").as("seen_fingerprint"), col("first_seen").as("seen_first"));
    }

    /**
     * A previous run written before a column existed reads as null in it, or as false for a flag
     * that may not be null (waived: no policy waived anything back then).
     */
    private static Dataset<Row> aligned(Dataset<Row> table, StructType schema) {
        Column[] columns = Arrays.stream(schema.fields())
                .map(f -> Arrays.asList(table.columns()).contains(f.name()) ? col(f.name())
                        : (f.nullable() ? lit(null).cast(f.dataType()) : lit(false)).as(f.name()))
                .toArray(Column[]::new);
        return table.select(columns);
    }

    private static Dataset<Row> select(Dataset<Row> table) {
        return table.select(ReportTables.DELTA.columns().stream().map(c -> col(c.name())).toArray(Column[]::new));
    }
}
