package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.InventoryRecord;
import org.distpolicy.facts.ScannedArtifact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

class FactsCacheTest extends LocalSparkTest {
    @TempDir
    Path reports;

    @Test
    void loadsTheScansOfTheKeysItHolds() throws IOException {
        FactsCache cache = FactsCache.under(reports.toString(), jsc.hadoopConfiguration());
        cache.add(spark, entries("k-a", "a", "k-b", "b"), "run-1");
        FactsCache.Found found = cache.load(spark, keys("k-a", "k-missing"));
        assertEquals(1, found.count());
        assertEquals(Map.of("k-a", "a-1.0.0.crate"), artifactsByKey(found));
        assertEquals(List.of("k-a"), found.keys().collect());
        Blocks.unpersist(found.scans());
    }

    @Test
    void aKeyLeftInTwoSegmentsLoadsOnce() throws IOException {
        FactsCache cache = FactsCache.under(reports.toString(), jsc.hadoopConfiguration());
        cache.add(spark, entries("k-a", "a", "k-b", "b"), "run-1");
        // As a compaction killed after publishing its segment and before deleting the old ones leaves them.
        cache.add(spark, entries("k-a", "a"), "run-1-compacted");
        FactsCache.Found found = cache.load(spark, keys("k-a", "k-b"));
        assertEquals(2, found.count());
        assertEquals(Map.of("k-a", "a-1.0.0.crate", "k-b", "b-1.0.0.crate"), artifactsByKey(found));
        assertEquals(2, found.scans().count());
        Blocks.unpersist(found.scans());
    }

    @Test
    void anEmptyCacheFindsNothing() throws IOException {
        FactsCache.Found found = FactsCache.under(reports.toString(), jsc.hadoopConfiguration()).load(spark, keys("k-a"));
        assertEquals(0, found.count());
        assertEquals(0, found.scans().count());
        Blocks.unpersist(found.scans());
    }

    private static JavaPairRDD<String, ScannedArtifact> entries(String... keysAndNames) {
        List<Tuple2<String, ScannedArtifact>> entries = new ArrayList<>();
        for (int i = 0; i < keysAndNames.length; i += 2) {
            entries.add(new Tuple2<>(keysAndNames[i], scan(keysAndNames[i + 1])));
        }
        return jsc.parallelizePairs(entries, 2);
    }

    private static ScannedArtifact scan(String name) {
        return new ScannedArtifact(new InventoryRecord(name + "-1.0.0.crate", ArtifactKind.CRATE, name, "1.0.0", 10, 1, "00",
                InventoryRecord.OK, null), List.of(new FileEntry("Cargo.toml", 10, "00")), null, List.of());
    }

    private static Dataset<String> keys(String... keys) {
        return spark.createDataset(List.of(keys), Encoders.STRING());
    }

    private static Map<String, String> artifactsByKey(FactsCache.Found found) {
        return found.scans().collect().stream().collect(Collectors.toMap(Tuple2::_1, t -> t._2().inventory().artifact()));
    }
}
