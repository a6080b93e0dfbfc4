package org.distpolicy.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.facts.InventoryRecord;
import org.distpolicy.release.PackageVersion;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.rules.Ecosystem;
import scala.Tuple2;

/**
 * The resolution graph of a complete run, read back from its provides/, requires/ and
 * inventory/ tables instead of the archive. The requires table does not say which artifact a
 * requirement comes from: those requirements carry a null artifact.
 */
final class RunTables {
    private final SparkSession spark;
    private final String run;

    private RunTables(SparkSession spark, String run) {
        this.spark = spark;
        this.run = run;
    }

    /** The run a path names: a complete run directory (it holds run.json), or a reports directory's LATEST one; empty otherwise. */
    static Optional<RunTables> at(SparkSession spark, String path) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path dir = new Path(path);
        FileSystem fs = dir.getFileSystem(conf);
        if (fs.exists(new Path(dir, "run.json")) && fs.exists(new Path(dir, "requires"))) {
            return Optional.of(new RunTables(spark, fs.makeQualified(dir).toString()));
        }
        Path latest = new Path(dir, "LATEST");
        if (!fs.exists(latest)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(latest)) {
            String id = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            Path runDir = new Path(dir, "runs/" + id);
            if (!fs.exists(new Path(runDir, "requires"))) {
                throw new IOException(runDir + " has no requires/ table: it is a scan-only run or from before the graph was written");
            }
            return Optional.of(new RunTables(spark, fs.makeQualified(runDir).toString()));
        }
    }

    String path() {
        return run;
    }

    JavaRDD<Provide> provides() {
        return spark.read().parquet(run + "/provides").select("package", "version", "capability").javaRDD()
                .map(r -> new Provide(r.getString(0), versionOf(r, 1), Capability.parse(r.getString(2))));
    }

    JavaRDD<Requirement> requirements() {
        return spark.read().parquet(run + "/requires")
                .select("package", "version", "capability", "dependency", "required_capability", "version_requirement", "kind", "weak",
                        "foreign_target", "origin")
                .javaRDD()
                .map(r -> new Requirement(null, r.getString(0), versionOf(r, 1), Capability.parse(r.getString(2)), r.getString(3),
                        Capability.parse(r.getString(4)), r.getString(5), DependencyKind.valueOf(r.getString(6).toUpperCase(Locale.ROOT)),
                        r.getBoolean(7), r.getBoolean(8), r.getString(9)));
    }

    /** Each package the run could read, with its artifact. */
    JavaRDD<Tuple2<PackageVersion, String>> packages() {
        return spark.read().parquet(run + "/inventory")
                .filter(col("package").isNotNull().and(col("ecosystem").isNotNull()).and(col("status").equalTo(InventoryRecord.OK)))
                .select("ecosystem", "package", "version", "artifact").javaRDD()
                .map(r -> new Tuple2<>(new PackageVersion(Ecosystem.valueOf(r.getString(0).toUpperCase(Locale.ROOT)), r.getString(1), r.getString(2)),
                        r.getString(3)));
    }

    /** Reports carry null for a Go tree without a version; the engine, the empty version. */
    private static String versionOf(Row r, int column) {
        return r.isNullAt(column) ? "" : r.getString(column);
    }
}
