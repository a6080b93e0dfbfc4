package org.distpolicy.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArchiveLayout;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.archive.SizeBalancedBins;
import org.distpolicy.facts.ArtifactScanner;
import org.distpolicy.facts.FactsKeys;
import org.distpolicy.facts.ScannedArtifact;
import scala.Tuple2;

/**
 * Lists the archive on the driver (artifact references only, never content), balances the
 * artifacts into size-even partitions and reads each artifact exactly once on the executors.
 */
final class ScanStage {
    /** About this much compressed input per task keeps tasks short enough to balance and long enough to amortize. */
    private static final long TARGET_PARTITION_BYTES = 64L << 20;

    private ScanStage() {
    }

    static List<ArtifactRef> list(ArchiveAccess archive) throws IOException {
        ArchiveLayout layout = new ArchiveLayout();
        archive.forEachFile("", layout::add);
        return layout.artifacts();
    }

    /** The scanned artifacts, persisted: later stages read facts from here, never the archive again. */
    static JavaRDD<ScannedArtifact> scan(SparkSession spark, ArchiveAccess archive, List<ArtifactRef> artifacts, ReadLimits limits) {
        return balanced(spark, artifacts)
                .flatMap(bin -> {
                    ArtifactScanner scanner = new ArtifactScanner(archive, limits);
                    return bin.stream().map(scanner::scan).iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * Each artifact's facts-cache key by path (absent for an artifact that cannot be hashed).
     * Keys of file artifacts may hash their bytes, so they are computed on the executors.
     */
    static Map<String, String> keys(SparkSession spark, List<ArtifactRef> artifacts, FactsKeys keys) {
        Map<String, String> byPath = new HashMap<>();
        balanced(spark, artifacts)
                .flatMap(bin -> bin.stream().map(ref -> new Tuple2<>(ref.path(), keys.key(ref))).filter(t -> t._2() != null).iterator())
                .collect()
                .forEach(t -> byPath.put(t._1(), t._2()));
        return byPath;
    }

    private static JavaRDD<ArrayList<ArtifactRef>> balanced(SparkSession spark, List<ArtifactRef> artifacts) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<List<ArtifactRef>> bins = SizeBalancedBins.bins(artifacts, jsc.defaultParallelism() * 2, TARGET_PARTITION_BYTES);
        List<ArrayList<ArtifactRef>> serializableBins = bins.stream().map(ArrayList::new).toList();
        return jsc.parallelize(serializableBins, Math.max(1, serializableBins.size()));
    }
}
