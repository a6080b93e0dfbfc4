package org.distpolicy.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The benchmark: runs the whole nightly pipeline several times on one archive (reports into a
 * temporary directory, removed afterwards) and prints the median wall time of each stage with
 * its throughput. The first run warms the JVM and the page cache and is left out when there are
 * more than one.
 */
final class Bench {
    private Bench() {
    }

    static void run(SparkSession spark, RunOptions options, int repeat, PrintStream out) throws IOException {
        Path reports = Files.createTempDirectory("distpolicy-bench");
        try {
            List<RunJob.Result> results = new ArrayList<>();
            for (int i = 0; i < repeat + (repeat > 1 ? 1 : 0); i++) {
                results.add(RunJob.run(spark, new RunOptions(options.archive(), reports.toString(), options.master(),
                        options.limits(), options.profile(), true, options.keepRuns(), options.policy(), options.cache())));
            }
            List<RunJob.Result> measured = results.size() > 1 ? results.subList(1, results.size()) : results;
            print(measured, out);
        } finally {
            try (Stream<Path> files = Files.walk(reports)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void print(List<RunJob.Result> results, PrintStream out) {
        Map<String, Long> counts = results.get(0).clock().counts();
        Map<String, Double> median = new LinkedHashMap<>();
        results.get(0).clock().seconds().keySet().forEach(stage -> median.put(stage,
                median(results.stream().map(r -> r.clock().seconds().getOrDefault(stage, 0.0)).toList())));
        double total = median(results.stream().map(r -> r.clock().seconds().values().stream().mapToDouble(Double::doubleValue).sum()).toList());
        out.printf("archive: %d artifacts, %.1f MiB, %d files, %d crates, %d Go trees (%d .go files), %d requirement edges,"
                        + " %d resolution rounds, %d conflict-walk rounds; %d measured runs%n",
                counts.get("artifacts"), counts.get("artifact_bytes") / 1048576.0, counts.get("files"),
                counts.getOrDefault("crates", 0L), counts.getOrDefault("go_modules", 0L), counts.getOrDefault("go_files", 0L),
                counts.getOrDefault("requirement_edges", 0L),
                counts.getOrDefault("resolution_rounds", 0L), counts.getOrDefault("conflict_rounds", 0L), results.size());
        out.printf("%-12s %9s  %s%n", "stage", "median s", "throughput");
        median.forEach((stage, seconds) -> out.printf("%-12s %9.2f  %s%n", stage, seconds, throughput(stage, seconds, counts)));
        out.printf("%-12s %9.2f  %.0f artifacts/s%n", "total", total, counts.get("artifacts") / total);
    }

    private static String throughput(String stage, double seconds, Map<String, Long> counts) {
        return switch (stage) {
            case "list" -> String.format("%.0f artifacts/s", counts.get("artifacts") / seconds);
            case "read+parse" -> String.format("%.0f artifacts/s, %.1f MiB/s, %.0f files/s, %.0f .go files/s", counts.get("artifacts") / seconds,
                    counts.get("artifact_bytes") / 1048576.0 / seconds, counts.get("files") / seconds,
                    counts.getOrDefault("go_files", 0L) / seconds);
            case "resolve" -> String.format("%.0f crates/s, %.0f Go trees/s, %.0f requirement edges/s",
                    counts.getOrDefault("crates", 0L) / seconds, counts.getOrDefault("go_modules", 0L) / seconds,
                    counts.getOrDefault("requirement_edges", 0L) / seconds);
            case "copy" -> String.format("%.0f countable files joined/s (%d files)", counts.getOrDefault("countable_files", 0L) / seconds,
                    counts.getOrDefault("countable_files", 0L));
            default -> "";
        };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
