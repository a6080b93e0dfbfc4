package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.distpolicy.reports.ParquetTableReader;
import org.distpolicy.reports.ReportTables;
import org.distpolicy.reports.TableSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * nightly on a real Spark standalone cluster (a master and two one-core workers, separate JVMs on
 * loopback), submitted with spark-submit and the cluster jar as the README shows, writes the same
 * reports as the local run; and it still does when a worker dies in the middle of the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SparkClusterIT {
    private static final Path ARCHIVE = Path.of("..", "datasets", "sample", "archive").toAbsolutePath().normalize();
    /** A run takes well under a minute on two idle cores; the margin is for a machine shared with other builds. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);
    /** Tables written sorted into one file: equal row for row; the others are equal as multisets of rows. */
    private static final List<TableSpec> SORTED_TABLES = List.of(ReportTables.INVENTORY, ReportTables.FINDINGS, ReportTables.DELTA,
            ReportTables.WANTED, ReportTables.BROKEN);

    private static Path work;
    private static LoopbackSparkCluster cluster;
    private static Path localRun;

    @BeforeAll
    static void startClusterAndRunLocally() throws IOException {
        work = Path.of("target", "spark-cluster").toAbsolutePath();
        if (Files.exists(work)) {
            PathUtils.deleteDirectory(work);
        }
        Files.createDirectories(work);
        Path reports = work.resolve("reports-local");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"nightly", "--archive", ARCHIVE.toString(), "--reports", reports.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        localRun = latestRun(reports);
        List<String> jvmOptions = List.of(Files.readString(Path.of("target", "launcher", "jvm.options")).trim().split("\\s+"));
        cluster = LoopbackSparkCluster.start(work, clusterJar(), jvmOptions, 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void nightlyOnTheClusterWritesTheReportsOfTheLocalRun() throws Exception {
        Path reports = work.resolve("reports-cluster");
        Process driver = submit("driver-cluster", reports);
        assertFinished(driver, work.resolve("driver-cluster.log"));
        assertSameReports(localRun, latestRun(reports));
    }

    @Test
    @Order(2)
    void nightlySurvivesAWorkerDyingInTheMiddleOfTheRun() throws Exception {
        Path reports = work.resolve("reports-killed-worker");
        Process driver = submit("driver-killed-worker", reports);
        Path probe = work.resolve("driver-killed-worker");
        Path killRequest = probe.resolve(ClusterRunProbe.KILL);
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (!Files.exists(killRequest) && driver.isAlive() && Instant.now().isBefore(deadline)) {
            LoopbackSparkCluster.sleep(Duration.ofMillis(10));
        }
        assertTrue(Files.exists(killRequest) && driver.isAlive(), () -> "the run is still going when a task starts after the scan; "
                + tailOf(work.resolve("driver-killed-worker.log")));
        String executor = Files.readString(killRequest);
        cluster.killWorkerRunning(executor);

        assertFinished(driver, work.resolve("driver-killed-worker.log"));
        List<String> events = Files.readAllLines(probe.resolve(ClusterRunProbe.EVENTS));
        assertTrue(events.stream().anyMatch(e -> e.startsWith("executor-removed " + executor + " ")), events::toString);
        assertFalse(recomputedPartitions(events).isEmpty(), () -> "persisted partitions lost with the worker are computed again: " + events);
        assertSameReports(localRun, latestRun(reports));
    }

    /** Persisted partitions stored on more than one executor: with one replica, only those lost were computed twice. */
    private static Set<String> recomputedPartitions(List<String> events) {
        Map<String, Set<String>> executorsByBlock = new TreeMap<>();
        for (String event : events) {
            String[] words = event.split(" ");
            if (words[0].equals("rdd-block-stored")) {
                executorsByBlock.computeIfAbsent(words[1], b -> new TreeSet<>()).add(words[2]);
            }
        }
        executorsByBlock.values().removeIf(executors -> executors.size() < 2);
        return executorsByBlock.keySet();
    }

    private static Process submit(String name, Path reports) throws IOException {
        Path probe = Files.createDirectories(work.resolve(name));
        Map<String, String> conf = new TreeMap<>(Map.of(
                "spark.cores.max", "2",
                "spark.executor.memory", "1g",
                "spark.executor.extraJavaOptions", cluster.executorJavaOptions(),
                // Both executors take part from the first task on, so the one killed holds scanned artifacts and shuffle output.
                "spark.scheduler.minRegisteredResourcesRatio", "1.0",
                "spark.scheduler.maxRegisteredResourcesWaitingTime", "120s",
                // Fewer, larger tasks than the default's 16 (the reports do not depend on it): each task costs a round trip.
                "spark.sql.shuffle.partitions", "4",
                "spark.extraListeners", ClusterRunProbe.class.getName(),
                ClusterRunProbe.DIR, probe.toString()));
        return cluster.submit(work.resolve(name + ".log"), LoopbackSparkCluster.locationOf(ClusterRunProbe.class), conf, clusterJar(),
                List.of("nightly", "--archive", ARCHIVE.toString(), "--reports", reports.toString()));
    }

    private static void assertFinished(Process driver, Path log) throws Exception {
        boolean finished = driver.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            driver.destroyForcibly();
        }
        assertTrue(finished, () -> "the run did not finish in " + RUN_TIMEOUT + "; " + tailOf(log));
        assertEquals(Main.OK, driver.exitValue(), () -> tailOf(log));
    }

    private static String tailOf(Path log) {
        try {
            return "the end of " + log + ":\n" + LoopbackSparkCluster.tail(log);
        } catch (IOException e) {
            return "no log " + log + ": " + e;
        }
    }

    /** Every report table, summary.md and run.json's counts are the same but for the run's id. */
    private static void assertSameReports(Path expectedRun, Path actualRun) throws IOException {
        ParquetTableReader reader = new ParquetTableReader();
        String expectedId = expectedRun.getFileName().toString();
        String actualId = actualRun.getFileName().toString();
        for (TableSpec table : ReportTables.ofRun()) {
            List<String> expected = rows(reader, expectedRun.resolve(table.name()), expectedId);
            List<String> actual = rows(reader, actualRun.resolve(table.name()), actualId);
            if (!SORTED_TABLES.contains(table)) {
                expected = expected.stream().sorted().toList();
                actual = actual.stream().sorted().toList();
            }
            assertTrue(!expected.isEmpty(), table.name() + " has rows");
            assertEquals(expected, actual, table.name());
        }
        assertEquals(Files.readString(expectedRun.resolve("summary.md")).replace(expectedId, "<run>"),
                Files.readString(actualRun.resolve("summary.md")).replace(actualId, "<run>"), "summary.md");
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(expectedRun.resolve("run.json").toFile()).path("counts"),
                json.readTree(actualRun.resolve("run.json").toFile()).path("counts"), "run.json counts");
    }

    /**
     * The table's rows in file order, each as column=value text, the run's id (run_id, first_seen)
     * replaced, and the facts-cache key only as present or not: it is salted with the build that ran
     * (the cluster jar here, the test classes locally).
     */
    private static List<String> rows(ParquetTableReader reader, Path table, String runId) throws IOException {
        return reader.read(table.toString()).stream()
                .map(row -> {
                    Map<String, Object> normalized = new TreeMap<>(row);
                    normalized.replaceAll((column, value) -> runId.equals(value) ? "<run>"
                            : column.equals("cache_key") && value != null ? "<key>" : value);
                    return normalized.toString();
                })
                .toList();
    }

    private static Path latestRun(Path reports) throws IOException {
        return reports.resolve("runs").resolve(Files.readString(reports.resolve("LATEST")).trim());
    }

    private static Path clusterJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().endsWith("-cluster.jar")).max(Comparator.naturalOrder()).orElseThrow(
                    () -> new IllegalStateException("no target/*-cluster.jar: the cluster test runs after package (mvn verify)")).toAbsolutePath();
        }
    }
}
