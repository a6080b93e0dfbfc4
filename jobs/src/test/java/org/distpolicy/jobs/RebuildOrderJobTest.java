package org.distpolicy.jobs;

import static org.distpolicy.jobs.TestCrates.crate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.distpolicy.reports.ParquetTableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rebuild-order on a small archive with a feature cycle, from the archive and from a run's tables. */
class RebuildOrderJobTest {
    private static int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** The newest rebuild order of a reports directory. */
    private static Path newest(Path reports) throws IOException {
        try (Stream<Path> orders = Files.list(reports.resolve("rebuild-orders"))) {
            return orders.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    /** "wave build package version cycle dropped" per row, in wave order. */
    private static List<String> rows(Path order) throws IOException {
        return new ParquetTableReader().read(order.resolve("rebuild_order").toString()).stream()
                .map(r -> r.get("wave") + " " + r.get("build") + " " + r.get("package") + " " + r.get("version") + " " + r.get("cycle_id")
                        + " " + r.get("dropped_features"))
                .toList();
    }

    @Test
    void aFeatureCycleIsBootstrappedAndTheRunsGraphGivesTheSameOrder(@TempDir Path archive, @TempDir Path reports) throws IOException {
        crate(archive, "foo", "1.0.0", "[dependencies]\nbar = { version = \"1\", optional = true }\n[features]\nextra = [\"dep:bar\"]\n");
        crate(archive, "bar", "1.0.0", "[dependencies]\nfoo = \"1\"\n");
        crate(archive, "app", "0.1.0", "[dependencies]\nfoo = { version = \"1\", features = [\"extra\"] }\n");
        crate(archive, "leaf", "0.2.0", "[dev-dependencies]\napp = \"0.1\"\n");
        List<String> expected = List.of(
                "1 bootstrap foo 1.0.0 C1 extra", "1 full leaf 0.2.0 null null", "2 full bar 1.0.0 C1 null",
                "3 final foo 1.0.0 C1 null", "4 full app 0.1.0 null null");

        assertEquals(0, run("rebuild-order", "--archive", archive.toString(), "--reports", reports.toString()));
        Path fromArchive = newest(reports);
        assertEquals(expected, rows(fromArchive));
        List<Map<String, Object>> findings = new ParquetTableReader().read(fromArchive.resolve("findings").toString());
        assertEquals(1, findings.size());
        assertEquals("archive/dependency-cycle", findings.get(0).get("rule"));
        assertEquals("foo", findings.get(0).get("package"));
        assertEquals("foo-1.0.0.crate", findings.get(0).get("artifact"));
        String md = Files.readString(fromArchive.resolve("rebuild-order.md"));
        assertTrue(md.contains("- wave 1 (2): foo 1.0.0 (bootstrap without extra, C1), leaf 0.2.0"), md);
        assertTrue(md.contains("- C1: build cycle of 2 packages (bar 1.0.0, foo 1.0.0); bootstrap: first build foo 1.0.0 without feature `extra`"), md);

        assertEquals(0, run("nightly", "--archive", archive.toString(), "--reports", reports.toString()));
        Path changed = reports.resolve("changed.txt");
        Files.writeString(changed, "bar\n");
        assertEquals(0, run("rebuild-order", "--reports", reports.toString()));
        assertEquals(expected, rows(newest(reports)), "the run's tables give the graph the archive gives");
        assertEquals(0, run("rebuild-order", "--reports", reports.toString(), "--changed", changed.toString()));
        assertEquals(List.of("1 bootstrap foo 1.0.0 C1 extra", "2 full bar 1.0.0 C1 null", "3 final foo 1.0.0 C1 null",
                "4 full app 0.1.0 null null"), rows(newest(reports)), "leaf does not need bar");
    }
}
