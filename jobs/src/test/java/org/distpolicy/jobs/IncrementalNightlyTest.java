package org.distpolicy.jobs;

import static org.distpolicy.jobs.Nightlies.crate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.archive.ArtifactKind;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.InventoryRecord;
import org.distpolicy.facts.ScannedArtifact;
import org.distpolicy.reports.ParquetTableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightlies with the facts cache: an unchanged archive reuses the previous run's tables, a changed
 * one re-reads only the changed artifacts yet resolves the whole archive, and a kept run's facts
 * load back from the cache.
 */
class IncrementalNightlyTest {
    private static void run(Path archive, Path reports, String... extra) {
        assertEquals(0, Nightlies.run(archive, reports, extra));
    }

    private static String latest(Path reports) throws IOException {
        return Files.readString(reports.resolve("LATEST")).trim();
    }

    private static JsonNode runJson(Path reports, String runId) throws IOException {
        return new ObjectMapper().readTree(reports.resolve("runs").resolve(runId).resolve("run.json").toFile());
    }

    private static List<Map<String, Object>> table(Path reports, String runId, String table) throws IOException {
        return new ParquetTableReader().read(reports.resolve("runs").resolve(runId).resolve(table).toString());
    }

    /** The rows of a table without run_id: what two runs over the same inputs must agree on. */
    private static Set<String> rows(Path reports, String runId, String table) throws IOException {
        return table(reports, runId, table).stream().map(r -> {
            Map<String, Object> copy = new TreeMap<>(r);
            assertEquals(runId, copy.remove("run_id"));
            return copy.toString();
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void anUnchangedArchiveReusesTablesAndAChangedOneReadsOnlyWhatChanged(@TempDir Path archive, @TempDir Path reports) throws IOException {
        crate(archive, "app", "1.0.0", "gone-dep = \"1\"");
        crate(archive, "lib", "1.0.0", "");
        crate(archive, "tool", "1.0.0", "lib = \"1\"");
        run(archive, reports);
        String first = latest(reports);
        JsonNode firstJson = runJson(reports, first);
        assertEquals(3, firstJson.path("stage_counts").path("cache_misses").asLong());
        assertEquals(0, firstJson.path("stage_counts").path("cache_hits").asLong());
        assertTrue(firstJson.path("tables_reused_from").isNull());
        String summary = Files.readString(reports.resolve("runs").resolve(first).resolve("summary.md"));
        assertTrue(summary.contains("## Top packages by findings") && summary.contains("| cargo | `app` | 1 | 0 | 0 | 1 |"), summary);

        run(archive, reports);
        String second = latest(reports);
        assertEquals(first, runJson(reports, second).path("tables_reused_from").asText(), "nothing changed: the tables are the first run's");
        assertEquals(firstJson.path("inputs_digest"), runJson(reports, second).path("inputs_digest"));
        for (String table : List.of("inventory", "findings", "files", "provides", "requires", "wanted", "broken")) {
            assertEquals(rows(reports, first, table), rows(reports, second, table), table);
        }
        assertEquals(Set.of("persisting cargo/missing-crate app " + first),
                table(reports, second, "delta").stream().map(r -> r.get("status") + " " + r.get("rule") + " " + r.get("package") + " "
                        + r.get("first_seen")).collect(Collectors.toSet()));

        Files.delete(archive.resolve("lib-1.0.0.crate"));
        crate(archive, "lib", "2.0.0", "");
        run(archive, reports);
        String third = latest(reports);
        JsonNode thirdJson = runJson(reports, third);
        assertTrue(thirdJson.path("tables_reused_from").isNull());
        assertEquals(1, thirdJson.path("stage_counts").path("cache_misses").asLong(), "only the new lib is read");
        assertEquals(2, thirdJson.path("stage_counts").path("cache_hits").asLong());
        assertEquals(Set.of("persisting cargo/missing-crate app", "new cargo/unsatisfiable-version tool"),
                table(reports, third, "delta").stream().map(r -> r.get("status") + " " + r.get("rule") + " " + r.get("package"))
                        .collect(Collectors.toSet()), "resolution still sees the whole archive: tool lost the lib it needs");

        SparkSession spark = Sparks.session("cache test", "local[2]");
        try {
            FactsCache cache = FactsCache.under(reports.toString(), spark.sparkContext().hadoopConfiguration());
            for (String runId : List.of(first, third)) {
                Set<String> artifacts = cache.loadRun(spark, reports.resolve("runs").resolve(runId).toString()).map(s -> s.inventory().artifact())
                        .collect().stream().collect(Collectors.toSet());
                assertEquals(table(reports, runId, "inventory").stream().map(r -> (String) r.get("artifact")).collect(Collectors.toSet()),
                        artifacts, "a kept run's facts load back, the replaced lib's too");
            }
        } finally {
            spark.stop();
        }
    }

    @Test
    void anotherProfileOrNoCacheChecksEverythingAgain(@TempDir Path archive, @TempDir Path reports) throws IOException {
        crate(archive, "app", "1.0.0", "gone-dep = \"1\"");
        run(archive, reports);
        run(archive, reports, "--rustc", "1.80.0");
        JsonNode otherProfile = runJson(reports, latest(reports));
        assertTrue(otherProfile.path("tables_reused_from").isNull(), "the profile is an input");
        assertEquals(1, otherProfile.path("stage_counts").path("cache_hits").asLong(), "but the facts are the same");

        run(archive, reports, "--no-cache");
        String uncached = latest(reports);
        assertTrue(runJson(reports, uncached).path("tables_reused_from").isNull());
        assertTrue(runJson(reports, uncached).path("inputs_digest").isNull());
        assertEquals(Set.of("null"), table(reports, uncached, "inventory").stream().map(r -> String.valueOf(r.get("cache_key")))
                .collect(Collectors.toSet()));
    }

    @Test
    void aScanRoundTripsThroughTheCacheSerialization() {
        ScannedArtifact scanned = new ScannedArtifact(new InventoryRecord("a-1.0.0.crate", ArtifactKind.CRATE, "a", "1.0.0", 10, 1, "00",
                InventoryRecord.OK, null), List.of(new FileEntry("Cargo.toml", 10, "00")), null, List.of());
        assertEquals(scanned, FactsCache.deserialize(FactsCache.serialize(scanned)));
    }
}
