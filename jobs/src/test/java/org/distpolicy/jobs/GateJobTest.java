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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.distpolicy.reports.ParquetTableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release gate on small archives: what blocks, who is blamed, what is credited, and the toolchain what-if. */
class GateJobTest {
    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome gate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(Stream.concat(Stream.of("gate"), Stream.of(args)).toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path onlyGate(Path reports) throws IOException {
        try (Stream<Path> gates = Files.list(reports.resolve("gates"))) {
            List<Path> all = gates.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    /** "status blocking rule package version blame" for every row of the gate table but the persisting ones. */
    private static Set<String> changedRows(Path gate) throws IOException {
        return new ParquetTableReader().read(gate.resolve("gate").toString()).stream()
                .filter(r -> !r.get("status").equals("persisting"))
                .map(r -> r.get("status") + " " + r.get("blocking") + " " + r.get("rule") + " " + r.get("package") + " " + r.get("version")
                        + " " + r.get("blame"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** core 2.0.0 comes, core 1.4.0 goes, mid needs core 1.2 and app needs mid; returns the removal list. */
    private static Path strandingMajorBump(Path baseline, Path candidate) throws IOException {
        crate(baseline, "core", "1.4.0", "");
        crate(baseline, "mid", "1.0.0", "[dependencies]\ncore = \"1.2\"\n");
        crate(baseline, "app", "0.3.0", "[dependencies]\nmid = \"1\"\n");
        crate(baseline, "missing-user", "0.1.0", "[dependencies]\nnot-packaged = \"1\"\n");
        crate(candidate, "core", "2.0.0", "");
        Path removals = candidate.resolveSibling(candidate.getFileName() + ".remove");
        Files.writeString(removals, "# core 1 goes: everything moves to 2\ncore@1.4.0\n");
        return removals;
    }

    private static final Set<String> STRANDED = Set.of(
            "new true cargo/unsatisfiable-version mid 1.0.0 removed core@1.4.0",
            "new false cargo/broken-transitively app 0.3.0 removed core@1.4.0");

    @Test
    void aSemverMajorBumpThatStrandsReverseDependenciesFailsWithTheRemovalBlamed(@TempDir Path baseline, @TempDir Path candidate,
                                                                                @TempDir Path reports) throws IOException {
        Path removals = strandingMajorBump(baseline, candidate);

        Outcome outcome = gate("--baseline", baseline.toString(), "--candidate", candidate.toString(), "--remove", removals.toString(),
                "--reports", reports.toString());
        assertEquals(1, outcome.exit(), outcome.err());
        assertTrue(outcome.out().contains("FAILED"), outcome.out());
        Path gate = onlyGate(reports);
        assertEquals(STRANDED, changedRows(gate));
        List<Map<String, Object>> persisting = new ParquetTableReader().read(gate.resolve("gate").toString()).stream()
                .filter(r -> r.get("status").equals("persisting")).toList();
        assertEquals(List.of("cargo/missing-crate missing-user false"),
                persisting.stream().map(r -> r.get("rule") + " " + r.get("package") + " " + r.get("blocking")).toList(),
                "a problem the baseline had already never blocks");
        String md = Files.readString(gate.resolve("gate.md"));
        assertTrue(md.contains("FAILED (1 blocking finding)"), md);
        assertTrue(md.contains("| `cargo/unsatisfiable-version` | error | mid | 1.0.0 | removed core@1.4.0 |"), md);
        assertTrue(md.contains("Changes (2): added core@2.0.0; removed core@1.4.0."), md);
    }

    @Test
    void aRunAsBaselineGivesTheArchivesVerdictWithoutReadingTheArchive(@TempDir Path baseline, @TempDir Path candidate,
                                                                      @TempDir Path reports) throws IOException {
        Path removals = strandingMajorBump(baseline, candidate);
        assertEquals(0, Main.run(new String[] {"nightly", "--archive", baseline.toString(), "--reports", reports.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        try (Stream<Path> crates = Files.list(baseline)) {
            for (Path crate : crates.toList()) {
                Files.delete(crate);
            }
        }

        Outcome outcome = gate("--baseline", reports.toString(), "--candidate", candidate.toString(), "--remove", removals.toString(),
                "--reports", reports.toString());
        assertEquals(1, outcome.exit(), outcome.err());
        assertEquals(STRANDED, changedRows(onlyGate(reports)));
    }

    @Test
    void anUpdateThatFixesABrokenFeaturePassesIsCreditedAndRetiresAnOldLine(@TempDir Path baseline, @TempDir Path candidate,
                                                                           @TempDir Path reports) throws IOException {
        crate(baseline, "uuid", "1.10.0", "");
        crate(baseline, "app", "1.0.0", "[dependencies]\nuuid = { version = \"1.10\", features = [\"serde\"] }\n");
        crate(baseline, "nom", "5.1.3", "");
        crate(baseline, "nom", "7.1.3", "");
        crate(baseline, "parser", "1.0.0", "[dependencies]\nnom = \"5\"\n");
        crate(baseline, "lexer", "1.0.0", "[dependencies]\nnom = \"7\"\n");
        crate(candidate, "uuid", "1.11.0", "[features]\nserde = []\n");
        crate(candidate, "parser", "1.1.0", "[dependencies]\nnom = \"7\"\n");

        Outcome outcome = gate("--baseline", baseline.toString(), "--candidate", candidate.toString(), "--reports", reports.toString());
        assertEquals(0, outcome.exit(), outcome.err());
        Path gate = onlyGate(reports);
        assertEquals(Set.of(
                "fixed false cargo/missing-dependency-feature app 1.0.0 updated uuid@1.11.0 (was 1.10.0)",
                "new false archive/unused-compat-version nom 5.1.3 null"), changedRows(gate));
        String md = Files.readString(gate.resolve("gate.md"));
        assertTrue(md.contains("PASSED"), md);
        assertTrue(md.contains("### Fixed"), md);
        assertTrue(md.contains("### Old semver lines nothing needs any more"), md);
    }

    @Test
    void helpAndMissingOptionsNeedNoSpark() {
        Outcome help = gate("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--block-on") && help.out().contains("Exit codes: 0 passed, 1 blocked"), help.out());
        Outcome missing = gate("--candidate", "x");
        assertEquals(2, missing.exit());
        assertEquals("distpolicy gate: --baseline and --candidate are required", missing.err().strip());
        assertEquals(2, gate("--baseline", "a", "--candidate", "b", "--block-on", "fatal").exit());
    }

    @Test
    void aRustcWhatIfFlipsRustVersionFindingsAndAnUnknownRemovalIsAUsageError(@TempDir Path baseline, @TempDir Path candidate,
                                                                             @TempDir Path reports) throws IOException {
        crate(baseline, "modern", "1.2.0", "rust-version = \"1.70\"\n");
        crate(baseline, "user", "0.1.0", "[dependencies]\nmodern = \"1\"\n");
        crate(baseline, "classic", "1.0.0", "rust-version = \"1.56\"\n");

        Outcome outcome = gate("--baseline", baseline.toString(), "--candidate", candidate.toString(), "--reports", reports.toString(),
                "--rustc", "1.60.0");
        assertEquals(1, outcome.exit(), outcome.err());
        assertEquals(Set.of(
                "new true cargo/rust-version-too-new modern 1.2.0 rustc 1.60.0 (what-if)",
                "new false cargo/broken-transitively user 0.1.0 rustc 1.60.0 (what-if)"), changedRows(onlyGate(reports)));

        Path removals = candidate.resolveSibling(candidate.getFileName() + ".remove");
        Files.writeString(removals, "serde\n");
        Outcome bad = gate("--baseline", baseline.toString(), "--candidate", candidate.toString(), "--remove", removals.toString(),
                "--reports", reports.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("removal serde matches no package of the baseline"), bad.err());
    }
}
