package org.distpolicy.jobs.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures how far distpolicy's installability verdict on crate capabilities agrees with cargo's
 * own resolver. For a sample of roots from a distpolicy run (every root distpolicy calls broken,
 * plus random installable ones), it asks cargo to resolve a package depending on exactly that
 * root, and classifies every disagreement. Not a test: it needs cargo and a real archive, so CI
 * never runs it; {@code datasets/debian/cargo-agreement.sh} builds and runs it.
 *
 * <pre>
 * CargoAgreement --run REPORTS/runs/ID --archive DIR --out DIR
 *                [--sample N] [--seed S] [--threads T] [--timeout SECONDS] [--cargo PATH]
 * </pre>
 */
public final class CargoAgreement {
    private CargoAgreement() {
    }

    /** Command-line options; defaults fit a 2-core machine shared with other work. */
    record Options(Path run, Path archive, Path out, int sample, long seed, int threads, long timeoutSeconds, String cargo) {
        static Options parse(String[] args) {
            Path run = null;
            Path archive = null;
            Path out = null;
            int sample = 1000;
            long seed = 20261122L;
            int threads = 2;
            long timeout = 120;
            String cargo = "cargo";
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--run" -> run = Path.of(value);
                    case "--archive" -> archive = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--sample" -> sample = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--timeout" -> timeout = Long.parseLong(value);
                    case "--cargo" -> cargo = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (run == null || archive == null || out == null) {
                throw new IllegalArgumentException("--run, --archive and --out are required");
            }
            return new Options(run, archive, out, sample, seed, threads, timeout, cargo);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            System.err.println("cargo-agreement: " + e.getMessage());
            System.err.println("usage: CargoAgreement --run REPORTS/runs/ID --archive DIR --out DIR [--sample N] [--seed S] [--threads T] [--timeout SECONDS] [--cargo PATH]");
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        DistpolicyRun run = DistpolicyRun.read(options.run());
        List<Root> sample = RootSample.draw(run, options.sample(), options.seed());
        long brokenInSample = sample.stream().filter(run.broken::containsKey).count();
        System.err.printf("distpolicy: %d roots, %d broken; comparing %d (%d broken) with %d cargo processes%n",
                run.roots.size(), run.broken.size(), sample.size(), brokenInSample, options.threads());

        List<Comparison> comparisons = compare(run, sample, options);
        String header = String.format(
                "distpolicy run `%s`; archive `%s`; %d of %d roots (all %d broken ones, the rest drawn with seed %d); "
                        + "cargo `generate-lockfile --offline`, %d in parallel, timeout %d s; took %d s.",
                options.run(), options.archive(), sample.size(), run.roots.size(), run.broken.size(), options.seed(),
                options.threads(), options.timeoutSeconds(), Duration.between(started, Instant.now()).toSeconds());
        AgreementReport.write(options.out(), comparisons, header);
        long agree = comparisons.stream().filter(Comparison::agree).count();
        System.err.printf("agree on %d of %d roots; see %s%n", agree, comparisons.size(), options.out().resolve("summary.md"));
    }

    private static List<Comparison> compare(DistpolicyRun run, List<Root> sample, Options options) throws IOException, InterruptedException {
        Files.createDirectories(options.out());
        Path scratch = Files.createTempDirectory("cargo-agreement-");
        CargoProbe probe = new CargoProbe(options.cargo(), options.archive(), scratch, options.timeoutSeconds());
        DisagreementClassifier classifier = new DisagreementClassifier(run);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Comparison>> futures = new ArrayList<>();
            for (Root root : sample) {
                futures.add(pool.submit(() -> {
                    CargoVerdict cargo = probe.check(root);
                    boolean agree = cargo.installable() == !run.broken.containsKey(root);
                    int n = done.incrementAndGet();
                    if (n % 100 == 0) {
                        System.err.printf("  %d / %d%n", n, sample.size());
                    }
                    return new Comparison(root, run.broken.get(root), cargo, agree ? null : classifier.classify(root, cargo));
                }));
            }
            List<Comparison> comparisons = new ArrayList<>();
            for (Future<Comparison> future : futures) {
                try {
                    comparisons.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("comparison failed", e.getCause());
                }
            }
            return comparisons;
        } finally {
            pool.shutdownNow();
            Files.deleteIfExists(scratch);
        }
    }
}
