package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.distpolicy.datasets.synthetic.GroundTruth;
import org.distpolicy.datasets.synthetic.SyntheticArchive;
import org.distpolicy.reports.ParquetTableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Correctness at scale: a generated archive of a few thousand packages, checked by nightly, must
 * give exactly the generator's ground truth: precision and recall 100% for every rule.
 *
 * <p>A finding is compared as (rule, package, version, subject) with "-" for none, the subject
 * as the findings table has it (a feature, dependency, module path, import path or directory
 * with its trailing slash). The comparison counts duplicates: two missing dependencies of one
 * crate's base are two findings with the same four fields, and must be two.
 */
class GeneratedArchiveCorrectnessTest {
    private static final int CRATES = 1200;
    private static final int GO_MODULES = 250;
    /** Higher than the default so that every kind of injected problem occurs many times. */
    private static final double PROBLEM_RATE = 0.1;

    @Test
    void everyRuleFindsExactlyTheGroundTruth(@TempDir Path dir) throws IOException {
        Path generated = dir.resolve("generated");
        assertEquals(0, Main.run(new String[] {"generate", "--crates", String.valueOf(CRATES), "--go-modules", String.valueOf(GO_MODULES),
                "--seed", "42", "--problem-rate", String.valueOf(PROBLEM_RATE), "--out", generated.toString()}, System.out, System.err));
        Path archive = generated.resolve(SyntheticArchive.ARCHIVE);
        Path reports = dir.resolve("reports");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"nightly", "--archive", archive.toString(), "--reports", reports.toString()},
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        String run = reports.resolve("runs").resolve(Files.readString(reports.resolve("LATEST")).trim()).toString();

        List<String> actual = new ArrayList<>();
        for (Map<String, Object> f : new ParquetTableReader().read(run + "/findings")) {
            actual.add(new GroundTruth.Row((String) f.get("rule"), (String) f.get("package"), (String) f.get("version"),
                    (String) f.get("subject")).tsv());
        }
        List<String> expected = GroundTruth.read(generated.resolve(GroundTruth.FILE_NAME));

        Map<String, Score> scores = new TreeMap<>();
        Map<String, Long> expectedCounts = counts(expected);
        Map<String, Long> actualCounts = counts(actual);
        Set<String> keys = new TreeSet<>(expectedCounts.keySet());
        keys.addAll(actualCounts.keySet());
        List<String> wrong = new ArrayList<>();
        for (String key : keys) {
            long e = expectedCounts.getOrDefault(key, 0L);
            long a = actualCounts.getOrDefault(key, 0L);
            Score score = scores.computeIfAbsent(key.substring(0, key.indexOf('\t')), r -> new Score());
            score.truePositives += Math.min(e, a);
            score.expected += e;
            score.found += a;
            if (e != a) {
                wrong.add((a > e ? "unexpected " : "missed ") + Math.abs(a - e) + "x " + key);
            }
        }
        StringBuilder table = new StringBuilder(String.format("%-36s %8s %8s %9s %7s%n", "rule", "expected", "found", "precision", "recall"));
        scores.forEach((rule, s) -> table.append(String.format("%-36s %8d %8d %8.1f%% %6.1f%%%n", rule, s.expected, s.found,
                100.0 * s.truePositives / Math.max(1, s.found), 100.0 * s.truePositives / Math.max(1, s.expected))));
        System.out.print(table);
        assertTrue(wrong.isEmpty(), table + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));

        Set<String> covered = scores.keySet();
        Set<String> injected = Set.of("artifact/unreadable", "artifact/bad-manifest", "artifact/unsafe-entry", "artifact/unrecognized",
                "cargo/missing-crate", "cargo/unsatisfiable-version", "cargo/undefined-feature", "cargo/missing-dependency-feature",
                "cargo/broken-transitively", "cargo/rust-version-too-new", "cargo/path-dependency", "cargo/git-dependency",
                "cargo/foreign-registry", "cargo/patch-section", "cargo/bundled-crate", "cargo/dev-dependency-unsatisfiable",
                "go/missing-module", "go/missing-package", "go/module-too-old", "go/go-version-too-new", "go/local-replace",
                "go/replace-to-fork", "go/vendored-dependencies", "go/inconsistent-vendoring", "go/broken-transitively");
        assertTrue(covered.containsAll(injected), "every injected kind occurs: missing " + new TreeSet<>(injected).stream()
                .filter(r -> !covered.contains(r)).toList());
    }

    private static Map<String, Long> counts(List<String> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
    }

    private static final class Score {
        long expected;
        long found;
        long truePositives;
    }
}
