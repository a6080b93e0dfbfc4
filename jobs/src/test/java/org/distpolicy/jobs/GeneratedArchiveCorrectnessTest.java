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
import org.distpolicy.rules.RuleCatalogue;
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

        // Every rule the generator claims to inject is a rule of the catalogue and occurs, in the ground truth and in the findings.
        List<String> injected = SyntheticArchive.INJECTED_RULES;
        assertEquals(List.of(), injected.stream().filter(r -> RuleCatalogue.find(r).isEmpty()).toList(), "injected rules not in the catalogue");
        assertEquals(List.of(), injected.stream().filter(r -> expectedCounts.keySet().stream().noneMatch(k -> k.startsWith(r + "\t"))).toList(),
                "injected rules without an expected finding");
        assertEquals(List.of(), injected.stream().filter(r -> scores.getOrDefault(r, new Score()).truePositives == 0).toList(),
                "injected rules distpolicy never found");
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
