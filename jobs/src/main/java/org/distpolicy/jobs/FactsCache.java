package org.distpolicy.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
import org.distpolicy.facts.FactsKeys;
import org.distpolicy.facts.ScannedArtifact;
import scala.Tuple2;

/**
 * The facts cache under {@code <reports>/cache/facts/}: each artifact's {@link ScannedArtifact}
 * under its {@link FactsKeys} key, shared by all runs of that reports directory. A run adds what
 * it had to read as one segment (a Parquet table of key, artifact and the serialized scan),
 * staged and renamed into place, so a killed run leaves no half segment; a key's value never
 * changes, so a segment left twice by a killed compaction only duplicates entries.
 *
 * <p>Every run records the key of each artifact in its inventory ({@code cache_key}), so the facts
 * of any kept run can be loaded again ({@link #loadRun}) without reading its archive: entries stay
 * while a kept run uses them ({@link #retainOnly}).
 */
public final class FactsCache {
    private static final StructType SCHEMA = new StructType()
            .add("key", DataTypes.StringType, false)
            .add("artifact", DataTypes.StringType, false)
            .add("scan", DataTypes.BinaryType, false);
    /** Rewrite the segments once this share of their entries is used by no kept run. */
    private static final double DEAD_SHARE_TO_COMPACT = 0.25;

    private final FileSystem fs;
    private final Path segments;
    private final Path staging;

    private FactsCache(FileSystem fs, Path cache) {
        this.fs = fs;
        this.segments = new Path(cache, "facts");
        this.staging = new Path(cache, ".staging");
    }

    /** The cache of a reports directory (created on first write). */
    public static FactsCache under(String reportsDir, Configuration conf) throws IOException {
        Path reports = new Path(reportsDir);
        FileSystem fs = reports.getFileSystem(conf);
        return new FactsCache(fs, new Path(fs.makeQualified(reports), "cache"));
    }

    /**
     * What the cache holds of some keys.
     *
     * @param scans the cached scans by key, one per key found, kept ({@link Blocks#unpersist} when done)
     * @param count how many keys were found
     */
    public record Found(JavaPairRDD<String, ScannedArtifact> scans, long count) {
        /** The keys found. */
        public JavaRDD<String> keys() {
            return scans.keys();
        }
    }

    /**
     * The cached scans of those of {@code keys} the cache holds; an absent key is simply not found.
     * Nothing is collected to the driver. The segments are joined with the keys once: each query of
     * the join would run it again (with adaptive execution, even turning it into an RDD does).
     */
    public Found load(SparkSession spark, Dataset<String> keys) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> present = segmentPaths();
        if (present.isEmpty()) {
            return new Found(Blocks.persist(JavaPairRDD.fromJavaRDD(jsc.emptyRDD())), 0);
        }
        // The keys come in the listing's many small chunks; the join's tasks cost per partition.
        Dataset<String> fewer = keys.coalesce(Math.max(1, jsc.defaultParallelism()));
        JavaPairRDD<String, ScannedArtifact> entries = Blocks.persist(spark.read().schema(SCHEMA).parquet(present.toArray(String[]::new))
                .join(fewer.toDF("key"), "key", "left_semi")
                .javaRDD()
                .mapToPair(row -> new Tuple2<>(row.<String>getAs("key"), deserialize(row.getAs("scan")))));
        long found = entries.count();
        long distinct = entries.keys().distinct().count();
        if (distinct == found) {
            return new Found(entries, found);
        }
        // A killed compaction left some keys in two segments; their values are equal.
        JavaPairRDD<String, ScannedArtifact> once = Blocks.persist(entries.reduceByKey((a, b) -> a));
        once.count();
        Blocks.unpersist(entries);
        return new Found(once, distinct);
    }

    /**
     * The scans of every artifact of a complete run, from the cache_key column of its inventory:
     * the facts that run checked, without reading its archive again (kept: {@link Blocks#unpersist} when done).
     *
     * @param runPath the run's directory ({@code <reports>/runs/<run-id>})
     * @throws IOException when the run recorded no keys (written with --no-cache or before the
     *                     cache existed) or some of its entries are gone
     */
    public JavaRDD<ScannedArtifact> loadRun(SparkSession spark, String runPath) throws IOException {
        Dataset<Row> inventory = spark.read().parquet(new Path(runPath, "inventory").toString());
        if (!List.of(inventory.columns()).contains("cache_key")) {
            throw new IOException(runPath + " records no cache keys (written before the facts cache existed)");
        }
        Dataset<String> keys = inventory.select("cache_key").as(Encoders.STRING());
        long unkeyed = keys.filter(col("cache_key").isNull()).count();
        if (unkeyed > 0) {
            throw new IOException(runPath + ": " + unkeyed + " artifacts have no cache key (run with --no-cache, or unreadable when keyed)");
        }
        Found found = load(spark, keys);
        long missing = keys.distinct().count() - found.count();
        if (missing > 0) {
            Blocks.unpersist(found.scans());
            throw new IOException(runPath + ": " + missing + " of its artifacts are no longer in the facts cache");
        }
        JavaRDD<ScannedArtifact> scans = Blocks.persist(found.scans().values());
        scans.count();
        Blocks.unpersist(found.scans());
        return scans;
    }

    /** Adds entries as one new segment named {@code name} (a run id); nothing is written for none. */
    void add(SparkSession spark, JavaPairRDD<String, ScannedArtifact> entries, String name) throws IOException {
        JavaRDD<Row> rows = entries.map(e -> RowFactory.create(e._1(), e._2().inventory().artifact(), serialize(e._2())));
        Path staged = new Path(staging, name);
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Overwrite).parquet(staged.toString());
        publish(staged, name);
    }

    /**
     * Drops the entries no kept run uses once they are a quarter of the cache: segments with no
     * used entry are deleted, the rest rewritten into one segment (staged, renamed, then the old
     * ones deleted). Returns how many entries were dropped.
     */
    long retainOnly(SparkSession spark, Dataset<String> used, String name) throws IOException {
        List<String> present = segmentPaths();
        if (present.isEmpty()) {
            return 0;
        }
        Dataset<Row> all = spark.read().schema(SCHEMA).parquet(present.toArray(String[]::new));
        Dataset<Row> usedKeys = used.toDF("key");
        long total = all.count();
        long dead = all.select("key").join(usedKeys, "key", "left_anti").count();
        if (dead == 0 || dead < total * DEAD_SHARE_TO_COMPACT) {
            return 0;
        }
        Path staged = new Path(staging, name + "-compacted");
        Dataset<Row> live = all.join(usedKeys, "key", "left_semi").select("key", "artifact", "scan");
        live.write().mode(SaveMode.Overwrite).parquet(staged.toString());
        Path compacted = publish(staged, name + "-compacted");
        for (String segment : present) {
            if (!new Path(segment).equals(compacted)) {
                fs.delete(new Path(segment), true);
            }
        }
        return dead;
    }

    private Path publish(Path staged, String name) throws IOException {
        fs.mkdirs(segments);
        Path done = new Path(segments, name);
        if (!fs.rename(staged, done)) {
            throw new IOException("cannot rename " + staged + " to " + done);
        }
        return fs.makeQualified(done);
    }

    private List<String> segmentPaths() throws IOException {
        List<String> paths = new ArrayList<>();
        if (fs.exists(segments)) {
            for (FileStatus status : fs.listStatus(segments)) {
                if (status.isDirectory()) {
                    paths.add(fs.makeQualified(status.getPath()).toString());
                }
            }
        }
        paths.sort(null);
        return paths;
    }

    static byte[] serialize(ScannedArtifact scanned) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(scanned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ScannedArtifact deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ContextClassLoaderInput(new ByteArrayInputStream(bytes))) {
            return (ScannedArtifact) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a cache entry of another distpolicy version", e);
        }
    }

    /** Resolves classes by the task's class loader: on a cluster the application jar is not on the system class path. */
    private static final class ContextClassLoaderInput extends ObjectInputStream {
        ContextClassLoaderInput(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
