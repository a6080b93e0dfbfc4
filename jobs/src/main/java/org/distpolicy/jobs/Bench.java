package org.distpolicy.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.archive.ArchiveAccess;

/**
 * The benchmark: runs the whole nightly pipeline several times on one archive (reports into a
 * temporary directory, removed afterwards) and prints the median wall time of each stage with
 * its throughput and peak heap, then the floor ({@link ReadFloor}: only decompressing and
 * hashing the same artifacts on the same cores) and the ratio of the run to it. The first run
 * warms the JVM and the page cache and is left out when there are more than one.
 */
final class Bench {
    private static final double MIB = 1048576.0;

    private Bench() {
    }

    /** The largest execution memory (sorts, joins, aggregations) any one task used. */
    private static final class PeakExecutionMemory extends SparkListener {
        private final AtomicLong peak = new AtomicLong();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            if (taskEnd.taskMetrics() != null) {
                peak.accumulateAndGet(taskEnd.taskMetrics().peakExecutionMemory(), Math::max);
            }
        }
    }

    static void run(SparkSession spark, RunOptions options, int repeat, PrintStream out) throws IOException {
        PeakExecutionMemory executionMemory = new PeakExecutionMemory();
        spark.sparkContext().addSparkListener(executionMemory);
        Path reports = Files.createTempDirectory("distpolicy-bench");
        try {
            // What the driver retains of the listing (the chunk files' directory and counts: the references
            // are on disk), measured before any run leaves garbage or cached blocks behind.
            ArchiveAccess archive = ArchiveAccesses.forRoot(options.archive(), spark.sparkContext().hadoopConfiguration());
            long before = usedHeapAfterGc();
            Listing listing = ScanStage.list(spark, archive, reports.resolve("listing").toUri().toString());
            long retained = usedHeapAfterGc() - before;
            List<RunJob.Result> results = new ArrayList<>();
            for (int i = 0; i < repeat + (repeat > 1 ? 1 : 0); i++) {
                results.add(RunJob.run(spark, new RunOptions(options.archive(), reports.toString(), options.master(),
                        options.limits(), options.profile(), true, options.keepRuns(), options.policy(), options.cache())));
            }
            List<RunJob.Result> measured = results.size() > 1 ? results.subList(1, results.size()) : results;
            int threads = spark.sparkContext().defaultParallelism();
            List<ReadFloor.Result> floors = new ArrayList<>();
            for (int i = 0; i < Math.max(1, repeat); i++) {
                floors.add(ReadFloor.measure(archive, listing, threads));
            }
            print(measured, floors, threads, out);
            out.printf("memory: peak heap per stage is this JVM's (in local mode the driver and the executors share it); max heap %.0f MiB;%n"
                            + "  the driver's listing retains %.1f MiB for %d artifacts (%.0f bytes each); largest Spark task execution memory %.1f MiB%n",
                    Runtime.getRuntime().maxMemory() / MIB, retained / MIB, listing.artifacts(), (double) retained / Math.max(1, listing.artifacts()),
                    executionMemory.peak.get() / MIB);
        } finally {
            spark.sparkContext().removeSparkListener(executionMemory);
            try (Stream<Path> files = Files.walk(reports)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The least used heap over a few full collections: one collection can leave what only the next
     * frees (objects kept by finalizers or soft references), which made the parallel collector's
     * before-listing reading the larger one.
     */
    private static long usedHeapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static void print(List<RunJob.Result> results, List<ReadFloor.Result> floors, int threads, PrintStream out) {
        Map<String, Long> counts = results.get(0).clock().counts();
        Map<String, Double> median = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Long> peakHeap = new LinkedHashMap<>();
        results.get(0).clock().seconds().keySet().forEach(stage -> {
            median.put(stage, median(results.stream().map(r -> r.clock().seconds().getOrDefault(stage, 0.0)).toList()));
            cpu.put(stage, median(results.stream().map(r -> r.clock().cpuSeconds().getOrDefault(stage, 0.0)).toList()));
            peakHeap.put(stage, results.stream().mapToLong(r -> r.clock().peakHeapBytes().getOrDefault(stage, 0L)).max().orElse(0));
        });
        double total = median(results.stream().map(r -> r.clock().seconds().values().stream().mapToDouble(Double::doubleValue).sum()).toList());
        double totalCpu = median(results.stream().map(r -> r.clock().cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum()).toList());
        double floor = median(floors.stream().map(ReadFloor.Result::seconds).toList());
        double floorCpu = median(floors.stream().map(ReadFloor.Result::cpuSeconds).toList());
        out.printf("archive: %d artifacts, %.1f MiB, %d files, %d crates, %d Go trees (%d .go files), %d requirement edges,"
                        + " %d resolution rounds, %d conflict-walk rounds; %d measured runs on %d cores%s%n",
                counts.get("artifacts"), counts.get("artifact_bytes") / MIB, counts.getOrDefault("files", 0L),
                counts.getOrDefault("crates", 0L), counts.getOrDefault("go_modules", 0L), counts.getOrDefault("go_files", 0L),
                counts.getOrDefault("requirement_edges", 0L),
                counts.getOrDefault("resolution_rounds", 0L), counts.getOrDefault("conflict_rounds", 0L), results.size(), threads,
                median.containsKey("reuse") ? " (unchanged inputs: the previous run's tables were reused, nothing read or resolved)" : "");
        out.printf("jvm: %s %s; JIT: %s%n", System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                jit(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.printf("%-12s %9s %6s %8s %14s  %s%n", "stage", "median s", "share", "CPU s", "peak heap MiB", "throughput (wall)");
        median.forEach((stage, seconds) -> out.printf("%-12s %9.2f %5.0f%% %8.2f %14.0f  %s%n", stage, seconds, 100 * seconds / total,
                cpu.get(stage), peakHeap.get(stage) / MIB, throughput(stage, seconds, counts)));
        out.printf("%-12s %9.2f %5.0f%% %8.2f %14.0f  %.0f artifacts/s%n", "total", total, 100.0, totalCpu,
                peakHeap.values().stream().mapToLong(Long::longValue).max().orElse(0) / MIB, counts.get("artifacts") / total);
        out.printf("%-12s %9.2f %6s %8.2f %14s  %.0f artifacts/s, %.1f MiB/s unpacked (%.1f MiB): only decompress and hash, %d threads, no Spark%n",
                "floor", floor, "", floorCpu, "", counts.get("artifacts") / floor, floors.get(0).unpackedBytes() / MIB / floor,
                floors.get(0).unpackedBytes() / MIB, threads);
        out.printf("ratio to the floor: total %.2fx wall, %.2fx CPU; read+parse %.2fx wall, %.2fx CPU%n", total / floor, totalCpu / floorCpu,
                median.getOrDefault("read+parse", 0.0) / floor, cpu.getOrDefault("read+parse", 0.0) / floorCpu);
    }

    private static String throughput(String stage, double seconds, Map<String, Long> counts) {
        return switch (stage) {
            case "list" -> String.format("%.0f artifacts/s", counts.get("artifacts") / seconds);
            case "read+parse" -> String.format("%.0f artifacts/s, %.1f MiB/s, %.0f files/s, %.0f .go files/s", counts.get("artifacts") / seconds,
                    counts.get("artifact_bytes") / MIB / seconds, counts.get("files") / seconds,
                    counts.getOrDefault("go_files", 0L) / seconds);
            case "rules" -> String.format("%.0f artifacts/s (%d per-package findings)", counts.get("artifacts") / seconds,
                    counts.getOrDefault("package_findings", 0L));
            case "resolve" -> String.format("%.0f crates/s, %.0f Go trees/s, %.0f requirement edges/s",
                    counts.getOrDefault("crates", 0L) / seconds, counts.getOrDefault("go_modules", 0L) / seconds,
                    counts.getOrDefault("requirement_edges", 0L) / seconds);
            case "copy" -> String.format("%.0f countable files joined/s (%d files)", counts.getOrDefault("countable_files", 0L) / seconds,
                    counts.getOrDefault("countable_files", 0L));
            case "write" -> String.format("%.0f artifacts/s", counts.get("artifacts") / seconds);
            default -> "";
        };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * The JIT set-up the JVM arguments give: the launcher's two modes differ by 10 to 15 % in wall
     * time, so figures must say which they were taken with.
     */
    static String jit(List<String> jvmArguments) {
        String directives = "-XX:CompilerDirectivesFile=";
        return jvmArguments.stream().filter(a -> a.startsWith(directives)).reduce((first, last) -> last)
                .map(a -> "compiler directives " + a.substring(directives.length()) + " (DISTPOLICY_JIT=quick)")
                .orElse("the JVM's default (DISTPOLICY_JIT=full)");
    }
}
