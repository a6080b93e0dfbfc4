package org.distpolicy.jobs;

import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.hash.Sha256;
import org.distpolicy.reports.ReportTables;
import org.distpolicy.reports.TableSpec;
import org.distpolicy.rules.Finding;

/**
 * Everything a run's tables are a function of, as one digest: the tool version, the checks asked
 * for, the distro profile, the policy file, which waivers have expired by today, and every
 * artifact's facts-cache key. Two runs with the same digest write the same rows (but for run_id),
 * so a run whose digest equals the previous complete run's copies that run's tables instead of
 * resolving the whole archive again; any change anywhere gives another digest and a full check.
 */
final class RunInputs {
    static final String DIGEST_KEY = "inputs_digest";

    private RunInputs() {
    }

    /** The digest, or empty when some artifact has no key (it could not be hashed, so it may have changed). */
    static Optional<String> digest(RunOptions options, JavaRDD<String> keys, LocalDate today) {
        KeySum artifacts = keys.map(KeySum::of).fold(KeySum.NONE, KeySum::plus);
        if (artifacts.unkeyed() > 0) {
            return Optional.empty();
        }
        MessageDigest sha256 = Sha256.newDigest();
        update(sha256, Version.build());
        update(sha256, String.valueOf(options.packageRules()));
        update(sha256, options.profile().rustc());
        update(sha256, options.profile().go());
        update(sha256, String.join(",", options.profile().targets()));
        update(sha256, options.policy().digest());
        options.policy().expiredWaiverFindings(today).stream().map(Finding::fingerprint).sorted().forEach(f -> update(sha256, f));
        update(sha256, artifacts.count() + " " + artifacts.sum().toString(16));
        return Optional.of(Sha256.hex(sha256));
    }

    /**
     * The artifacts' keys folded on the executors into one value that does not depend on their
     * order or on how they are partitioned: the count, and the sum modulo 2^256 of each key's
     * sha256 (addition is commutative and associative, so any partitioning and any order of the
     * partial sums give the same total). The same keys give the same sum; a changed, added or
     * removed key changes it unless a sha256 collision is contrived, and every key names its
     * artifact's path, so no two artifacts of a listing share one that could cancel out.
     */
    record KeySum(long count, long unkeyed, BigInteger sum) implements Serializable {
        private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);
        static final KeySum NONE = new KeySum(0, 0, BigInteger.ZERO);

        static KeySum of(String key) {
            if (key == null) {
                return new KeySum(1, 1, BigInteger.ZERO);
            }
            MessageDigest sha256 = Sha256.newDigest();
            return new KeySum(1, 0, new BigInteger(1, sha256.digest(key.getBytes(StandardCharsets.UTF_8))));
        }

        KeySum plus(KeySum other) {
            return new KeySum(count + other.count, unkeyed + other.unkeyed, sum.add(other.sum).mod(MODULUS));
        }
    }

    private static void update(MessageDigest digest, String value) {
        digest.update((value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The previous complete run when its run.json records the same inputs digest (and so the same tables). */
    static Optional<String> sameAsPrevious(RunDirectory run, String digest) throws IOException {
        Optional<String> previous = run.previousRun();
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> json = run.readText(previous.get(), "run.json");
        boolean same = json.isPresent() && digest.equals(new ObjectMapper().readTree(json.get()).path(DIGEST_KEY).asText(null));
        return same ? previous : Optional.empty();
    }

    /**
     * Writes the previous run's tables as this run's: the same rows under this run's id. The delta
     * is computed afresh. The copies are small jobs whose cost is mostly latency, so they run side by side.
     */
    static void copyTables(SparkSession spark, RunDirectory run, String previous, String runId) throws IOException {
        List<String> tables = new ArrayList<>();
        for (TableSpec table : ReportTables.ofRun()) {
            if (table != ReportTables.DELTA && run.hasTable(previous, table.name())) {
                tables.add(table.name());
            }
        }
        ExecutorService copiers = Executors.newFixedThreadPool(Math.max(1, tables.size()));
        try {
            List<Future<?>> copies = new ArrayList<>();
            for (String table : tables) {
                copies.add(copiers.submit(() -> spark.read().parquet(run.ofRun(previous, table)).withColumn("run_id", lit(runId))
                        .write().mode(SaveMode.ErrorIfExists).parquet(run.staged(table))));
            }
            for (Future<?> copy : copies) {
                copy.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while copying the previous run's tables", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot copy the previous run's tables", e.getCause());
        } finally {
            copiers.shutdownNow();
        }
    }
}
