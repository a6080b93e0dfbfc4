package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.distpolicy.datasets.BadInputArchive;
import org.distpolicy.hash.Sha256;
import org.distpolicy.reports.Column;
import org.distpolicy.reports.ParquetTableReader;
import org.distpolicy.reports.ReportTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI end to end on local Spark and reads the reports back with parquet-mr only. */
class NightlyJobTest {
    private static final Path SAMPLE = Path.of("..", "datasets", "sample");

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String latestRun(Path reports) throws IOException {
        return reports.resolve("runs").resolve(Files.readString(reports.resolve("LATEST")).trim()).toString();
    }

    @Test
    void nightlyOnTheSampleFindsExactlyTheExpectedFindings(@TempDir Path reports) throws IOException {
        run("nightly", "--archive", SAMPLE.resolve("archive").toString(), "--reports", reports.toString());
        String runDir = latestRun(reports);
        ParquetTableReader reader = new ParquetTableReader();

        List<String> actual = new ArrayList<>();
        for (Map<String, Object> f : reader.read(runDir + "/findings")) {
            actual.add(String.join("\t", (String) f.get("rule"), (String) f.get("severity"), dash(f.get("package")),
                    dash(f.get("version")), dash(f.get("subject")), dash(f.get("class"))));
        }
        List<String> expected;
        try (Stream<String> lines = Files.lines(SAMPLE.resolve("expected-findings.tsv"))) {
            expected = lines.filter(l -> !l.startsWith("#") && !l.isBlank()).sorted().toList();
        }
        assertEquals(expected, actual.stream().sorted().toList());

        List<Map<String, Object>> inventory = reader.read(runDir + "/inventory");
        Set<Object> artifacts = inventory.stream().map(r -> r.get("artifact")).collect(Collectors.toSet());
        assertEquals(inventory.size(), artifacts.size(), "every artifact exactly once");
        assertEquals(45, inventory.size());
        assertTrue(Files.readString(Path.of(runDir, "summary.md")).contains("`cargo/path-dependency`"));
        assertTrue(Files.readString(Path.of(runDir, "run.json")).contains("\"artifacts\" : 45"));
        assertTrue(Files.readString(Path.of(runDir, "run.json")).contains("\"policy\" : \"default\""));
        assertTrue(reader.read(runDir + "/findings").stream().noneMatch(f -> (Boolean) f.get("waived") || f.get("maintainer") != null),
                "without a policy nothing is waived or assigned");
        Map<String, String> schema = reader.schema(runDir + "/inventory");
        assertEquals(ReportTables.INVENTORY.columns().stream().map(Column::name).toList(), List.copyOf(schema.keySet()));
        assertEquals("INT64", schema.get("size_bytes"));
        assertFalse(reader.read(runDir + "/files").isEmpty());

        List<Map<String, Object>> wanted = reader.read(runDir + "/wanted");
        assertEquals("serde_derive", wanted.get(0).get("package"), "most wanted first");
        assertEquals(4L, wanted.get(0).get("capabilities"));
        assertTrue(Files.readString(Path.of(runDir, "summary.md")).contains("| cargo | `serde_derive` | `*` | 4 | 2 |"));
        Set<Object> provided = reader.read(runDir + "/provides").stream().map(r -> r.get("capability")).collect(Collectors.toSet());
        assertTrue(provided.containsAll(Set.of("crate(uuid)", "crate(uuid/default)", "crate(uuid/serde)", "crate(uuid/macro-diagnostics)")));
        assertFalse(provided.contains("crate(uuid/uuid-macro-internal)"), "dep: syntax hides the implicit feature");
        List<Map<String, Object>> unmet = reader.read(runDir + "/requires").stream()
                .filter(r -> r.get("package").equals("old-itoa-user") && r.get("required_capability").equals("crate(itoa)")).toList();
        assertEquals(1, unmet.size());
        assertEquals(false, unmet.get(0).get("satisfied"));
        assertEquals("no-matching-version", unmet.get(0).get("status"));

        assertTrue(provided.containsAll(Set.of("gomod(github.com/example/logkit)", "golang(github.com/example/logkit)",
                "golang(github.com/example/logkit/color)", "golang(github.com/legacy/tool/internal/util)")));
        assertFalse(provided.contains("golang(github.com/example/logkit/color/testdata)"), "testdata is no package");
        assertFalse(provided.contains("golang(github.com/example/logkit/_examples/demo)"), "_ directories are ignored");
        assertFalse(provided.contains("golang(github.com/example/report/cmd/report)"), "a command cannot be imported");
        List<Map<String, Object>> isatty = reader.read(runDir + "/requires").stream()
                .filter(r -> "golang(github.com/mattn/go-isatty)".equals(r.get("required_capability"))).toList();
        assertEquals(1, isatty.size(), "the windows file and the ignored generator add nothing");
        assertEquals("color/color.go:5", isatty.get(0).get("origin"));
        assertEquals("missing-package", isatty.get(0).get("status"));
        assertEquals(">= v0.0.20", isatty.get(0).get("version_requirement"));
        assertEquals("github.com/mattn/go-isatty", isatty.get(0).get("dependency"));
        assertTrue(reader.read(runDir + "/requires").stream().anyMatch(r -> "golang(code.google.com/p/legacy-tool)".equals(r.get("required_capability"))
                && r.get("package").equals("github.com/example/report") && r.get("satisfied").equals(true)), "imported through a compatibility link");
        Map<Object, Object> brokenGo = reader.read(runDir + "/broken").stream().filter(r -> r.get("ecosystem").equals("go"))
                .collect(Collectors.toMap(r -> r.get("capability"), r -> r.get("rule")));
        assertEquals("go/module-too-old", brokenGo.get("golang(github.com/example/report)"));
        assertEquals("go/go-version-too-new", brokenGo.get("golang(github.com/example/future)"));
        assertTrue(wanted.stream().anyMatch(w -> w.get("ecosystem").equals("go") && w.get("package").equals("golang.org/x/text")
                && w.get("version_requirement").equals(">= v0.20.0")), wanted.toString());
    }

    @Test
    void aSecondRunKeepsTheFirstAndFingerprintsAreStable(@TempDir Path reports) throws IOException {
        String archive = SAMPLE.resolve("archive").toString();
        run("nightly", "--archive", archive, "--reports", reports.toString());
        String first = latestRun(reports);
        run("nightly", "--archive", archive, "--reports", reports.toString());
        String second = latestRun(reports);
        assertFalse(first.equals(second));
        assertTrue(Files.isDirectory(Path.of(first, "findings")));
        ParquetTableReader reader = new ParquetTableReader();
        assertEquals(fingerprints(reader, first), fingerprints(reader, second));
        try (Stream<Path> runs = Files.list(reports.resolve("runs"))) {
            assertEquals(2, runs.count(), "no staging directory is left behind");
        }
    }

    private static Set<Object> fingerprints(ParquetTableReader reader, String run) throws IOException {
        return reader.read(run + "/findings").stream().map(f -> f.get("fingerprint")).collect(Collectors.toSet());
    }

    @Test
    void thePolicyFileShapesTheFindings(@TempDir Path dir) throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.toml"), """
                [rules."artifact/unrecognized"]
                severity = "off"

                [rules."artifact/bad-manifest"]
                severity = "warning"

                [[waiver]]
                rule = "artifact/bad-manifest"
                package = "broken-*"
                reason = "upstream fixes the manifest in 0.2"

                [[waiver]]
                rule = "artifact/unreadable"
                package = "*"
                reason = "long gone"
                expires = 2020-01-31

                [[maintainer]]
                package = "broken-toml"
                email = "rust@example.org"
                name = "Rust SIG"
                """);
        Path reports = dir.resolve("reports");
        run("scan", "--archive", SAMPLE.resolve("archive").toString(), "--reports", reports.toString(), "--policy", policy.toString());
        String runDir = latestRun(reports);
        List<Map<String, Object>> findings = new ParquetTableReader().read(runDir + "/findings");

        assertFalse(findings.stream().anyMatch(f -> f.get("rule").equals("artifact/unrecognized")), "off drops the rule");
        Map<String, Object> badManifest = findings.stream().filter(f -> "broken-toml".equals(f.get("package"))).findFirst().orElseThrow();
        assertEquals("warning", badManifest.get("severity"));
        assertEquals(true, badManifest.get("waived"));
        assertEquals("upstream fixes the manifest in 0.2", badManifest.get("waiver_reason"));
        assertEquals("Rust SIG <rust@example.org>", badManifest.get("maintainer"));
        Map<String, Object> expired = findings.stream().filter(f -> f.get("rule").equals("policy/expired-waiver")).findFirst().orElseThrow();
        assertEquals("policy file, line 12", expired.get("artifact"));
        assertEquals(false, expired.get("waived"));
        long open = findings.stream().filter(f -> !(Boolean) f.get("waived")).count();
        assertTrue(open < findings.size());
        assertTrue(Files.readString(Path.of(runDir, "run.json")).contains("\"findings\" : " + open + ","), "waived findings are not counted");
        String digest = HexFormat.of().formatHex(Sha256.newDigest().digest(Files.readAllBytes(policy)));
        assertTrue(Files.readString(Path.of(runDir, "run.json")).contains("\"policy\" : \"" + digest + "\""));
    }

    @Test
    void notifyMailsTheSamplesMaintainersWithRootCausesAndWithoutSpark(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        String policy = SAMPLE.resolve("policy.toml").toString();
        run("nightly", "--archive", SAMPLE.resolve("archive").toString(), "--reports", reports.toString(), "--policy", policy);
        Path outbox = dir.resolve("outbox");
        assertTrue(run("notify", "--reports", reports.toString(), "--policy", policy, "--outbox", outbox.toString())
                .contains(": 2 digests due, 2 written to "));
        String goTeam = Files.readString(outbox.resolve("001-go-team@example.org.eml")).replace("\r\n", "\n");
        String qa = Files.readString(outbox.resolve("002-qa@example.org.eml")).replace("\r\n", "\n");
        assertTrue(goTeam.contains("== github.com/example/report ==\n[NEW] warning go/broken-transitively: 1 capability is broken by one root cause\n"
                + "    Why: github.com/example/logkit v1.1.0 package github.com/example/logkit: imports golang.org/x/text/language"), goTeam);
        assertTrue(qa.contains("== workspace-member 0.5.0 ==\n"), qa);
        assertTrue(qa.contains("    Why: serde 1.0.210 feature serde_derive: needs crate(serde_derive) =1.0.210: no version of serde_derive is archived "
                + "[cargo/missing-crate]\n    Affected: the package itself\n"), qa);
        assertTrue(qa.contains("    What to do: package serde_derive =1.0.210, or patch feature serde_derive out of Cargo.toml.\n"), qa);
        assertTrue(qa.contains("    Why: the crate needs crate(log) 0.4: no version of log is archived\n"
                + "    What to do: package log 0.4, or remove the dependency from Cargo.toml.\n"), qa);
        assertTrue(qa.contains("    What to do: package fancy-log-macros (any version), or remove the dependency from Cargo.toml.\n"), qa);
        assertFalse(goTeam.contains("github.com/example/vendored"), "the waived finding is not mailed");
        assertFalse((goTeam + qa).contains("broken by one root cause\n    Why: :"), "every broken-transitively finding found its root cause");
    }

    @Test
    void everyBadInputBecomesAFindingAndTheRunCompletes(@TempDir Path archive, @TempDir Path reports) throws IOException {
        Map<String, String> expected = BadInputArchive.write(archive);
        run("scan", "--archive", archive.toString(), "--reports", reports.toString());
        Map<String, String> statuses = new TreeMap<>();
        new ParquetTableReader().read(latestRun(reports) + "/inventory")
                .forEach(r -> assertEquals(null, statuses.put((String) r.get("artifact"), (String) r.get("status")), "once"));
        assertEquals(new TreeMap<>(expected), statuses);
    }

    @Test
    void helpAndUsageErrors() {
        assertTrue(run("nightly", "--help").contains("--archive"));
        assertTrue(run("scan", "--help").contains("--reports"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, Main.run(new String[] {"frobnicate"}, System.out, errStream));
        assertEquals(2, Main.run(new String[] {"nightly", "--no-such-option"}, System.out, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command"));
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
