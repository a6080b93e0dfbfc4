package org.distpolicy.jobs;

import static org.distpolicy.jobs.Nightlies.crate;
import static org.distpolicy.jobs.Nightlies.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.distpolicy.reports.ParquetTableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consecutive nightly runs: what is new, fixed and persisting, since when; --fail-on; history pruning. */
class DeltaJobTest {
    private static String latest(Path reports) throws IOException {
        return Files.readString(reports.resolve("LATEST")).trim();
    }

    /** "status rule package first_seen" for every delta row. */
    private static Set<String> delta(Path reports, String runId) throws IOException {
        return new ParquetTableReader().read(reports.resolve("runs").resolve(runId).resolve("delta").toString()).stream()
                .map(r -> r.get("status") + " " + r.get("rule") + " " + r.get("package") + " " + r.get("first_seen"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aFixedANewAndAnUnrelatedChangeGiveExactlyTheirDelta(@TempDir Path archive, @TempDir Path reports) throws IOException {
        crate(archive, "app", "1.0.0", "gone-dep = \"1\"");
        crate(archive, "tool", "1.0.0", "helper = { path = \"../helper\" }");
        crate(archive, "lib", "1.0.0", "");
        assertEquals(0, run(archive, reports));
        String first = latest(reports);
        assertEquals(Set.of("new cargo/missing-crate app " + first, "new cargo/missing-crate tool " + first,
                "new cargo/path-dependency tool " + first), delta(reports, first));

        Files.delete(archive.resolve("tool-1.0.0.crate"));
        crate(archive, "tool", "1.0.1", "");
        crate(archive, "newbie", "0.1.0", "tokio-util = { git = \"https://github.com/tokio-rs/tokio\" }");
        Files.delete(archive.resolve("lib-1.0.0.crate"));
        crate(archive, "lib", "1.1.0", "");
        assertEquals(0, run(archive, reports));
        String second = latest(reports);
        assertEquals(Set.of("persisting cargo/missing-crate app " + first,
                "fixed cargo/missing-crate tool " + first, "fixed cargo/path-dependency tool " + first,
                "new cargo/git-dependency newbie " + second, "new cargo/missing-crate newbie " + second), delta(reports, second));

        assertEquals(1, run(archive, reports, "--fail-on", "error", "--keep-runs", "2"), "errors remain: a red night");
        String third = latest(reports);
        assertEquals(Set.of("persisting cargo/missing-crate app " + first, "persisting cargo/git-dependency newbie " + second,
                "persisting cargo/missing-crate newbie " + second), delta(reports, third));
        try (Stream<Path> runs = Files.list(reports.resolve("runs"))) {
            assertEquals(Set.of(second, third), runs.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), "the oldest run is pruned");
        }
        assertEquals(2, run(archive, reports, "--keep-runs", "0"), "a usage error");
        assertEquals(2, run(archive, reports, "--fail-on", "fatal"), "a usage error");
        assertTrue(Files.readString(reports.resolve("runs").resolve(third).resolve("run.json")).contains("\"persisting\" : 3"));
        String html = Files.readString(reports.resolve("runs").resolve(third).resolve("summary.html"));
        assertEquals(3, html.split("class=\"new\"", -1).length - 1, "one bar per night: the summary is written before the oldest is pruned");
        assertTrue(html.contains("<title>" + second + ": 2 fixed</title>"), html);
    }
}
