package org.distpolicy.jobs;

import java.io.IOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaRDDLike;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.facts.ArtifactScanner;
import org.distpolicy.facts.FactsKeys;
import org.distpolicy.facts.ScannedArtifact;
import scala.Tuple2;

/**
 * Lists the archive on the driver into a {@link Listing} (artifact references only, never
 * content, streamed to size-balanced chunk files), then keys and reads each artifact exactly
 * once on the executors, one task per chunk.
 */
final class ScanStage {
    private ScanStage() {
    }

    static Listing list(SparkSession spark, ArchiveAccess archive, String directory) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return Listing.write(archive, directory, jsc.hadoopConfiguration(), jsc.defaultParallelism() * 2);
    }

    /** The scanned artifacts, persisted: later stages read facts from here, never the archive again. */
    static JavaRDD<ScannedArtifact> scan(ArchiveAccess archive, JavaRDD<ArtifactRef> artifacts, ReadLimits limits) {
        return Blocks.persist(artifacts.mapPartitions(refs -> {
            ArtifactScanner scanner = new ArtifactScanner(archive, limits);
            return map(refs, scanner::scan);
        }));
    }

    /** Likewise, each scan under its artifact's facts-cache key (null for none). */
    static JavaPairRDD<String, ScannedArtifact> scanKeyed(ArchiveAccess archive, JavaPairRDD<String, ArtifactRef> artifacts, ReadLimits limits) {
        return Blocks.persist(artifacts.mapPartitionsToPair(refs -> {
            ArtifactScanner scanner = new ArtifactScanner(archive, limits);
            return map(refs, ref -> new Tuple2<>(ref._1(), scanner.scan(ref._2())));
        }));
    }

    /**
     * Each artifact under its facts-cache key (null for an artifact that cannot be hashed), in the
     * listing's partitions, persisted. Keys of file artifacts may hash their bytes, so they are
     * computed on the executors.
     */
    static JavaPairRDD<String, ArtifactRef> keyed(JavaRDD<ArtifactRef> artifacts, FactsKeys keys) {
        return Blocks.persist(artifacts.mapToPair(ref -> new Tuple2<>(keys.key(ref), ref)));
    }

    /**
     * The keyed artifacts whose key is not among {@code cached} (and those without a key), each
     * back in its listing chunk's partition: what is left to read stays size-balanced.
     */
    static JavaPairRDD<String, ArtifactRef> uncached(JavaPairRDD<String, ArtifactRef> keyed, JavaRDD<String> cached, int chunks) {
        JavaPairRDD<String, Tuple2<Integer, ArtifactRef>> chunked = JavaPairRDD.fromJavaRDD(keyed.mapPartitionsWithIndex(
                (chunk, refs) -> map(refs, ref -> new Tuple2<>(ref._1(), new Tuple2<>(chunk, ref._2()))), true));
        JavaPairRDD<String, Tuple2<Integer, ArtifactRef>> misses = chunked.filter(ref -> ref._1() == null)
                .union(chunked.filter(ref -> ref._1() != null).subtractByKey(cached.mapToPair(key -> new Tuple2<>(key, true))));
        // Chunk i hashes to partition i of as many partitions as chunks.
        return misses.mapToPair(miss -> new Tuple2<>(miss._2()._1(), new Tuple2<>(miss._1(), miss._2()._2())))
                .partitionBy(new HashPartitioner(Math.max(1, chunks)))
                .mapToPair(Tuple2::_2);
    }

    /** About this many artifacts' share of the graph per partition: 100k crates resolved in 53 s with 6 partitions, 140 s with 60 and 89 s with 2. */
    private static final long ARTIFACTS_PER_CHECK_PARTITION = 20_000;

    /**
     * How many partitions the checks after the scan take (one per core at least). The scan is cut
     * into small, even tasks to read; every later job (the graph's shuffles and fixpoint rounds,
     * the copy search, the report tables) costs per partition, where hundreds of tasks would each
     * cost more to ship and start than their share of the work.
     */
    static int checkPartitions(JavaRDDLike<?, ?> scanned) {
        long artifacts = scanned.count();
        return (int) Math.max(scanned.context().defaultParallelism(),
                (artifacts + ARTIFACTS_PER_CHECK_PARTITION - 1) / ARTIFACTS_PER_CHECK_PARTITION);
    }

    /** The scans in {@link #checkPartitions} partitions (merged, not shuffled): what every check after the scan runs on. */
    static <T> JavaRDD<T> forChecks(JavaRDD<T> scanned) {
        return scanned.coalesce(checkPartitions(scanned));
    }

    /** Maps lazily: a task holds one artifact's scan at a time before handing it on. */
    private static <A, B> Iterator<B> map(Iterator<A> from, Function<A, B> map) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(from, Spliterator.ORDERED), false).map(map).iterator();
    }
}
