package org.distpolicy.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.facts.InventoryRecord;
import org.distpolicy.facts.ScannedArtifact;
import org.distpolicy.policy.Policy;
import org.distpolicy.release.ChangeSet;
import org.distpolicy.release.GateEntry;
import org.distpolicy.release.PackageSelector;
import org.distpolicy.release.PackageVersion;
import org.distpolicy.reports.GateMarkdown;
import org.distpolicy.reports.GateVerdict;
import org.distpolicy.reports.ReportTables;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.distpolicy.rules.archive.ArchiveUnusedCompatVersion;
import scala.Tuple2;

/**
 * The release gate: the baseline and the candidate (the baseline with the candidate's
 * artifacts overlaid and the removals taken out) are checked alike, their findings matched by
 * fingerprint; new findings at or above the blocking severity fail the gate. The baseline
 * archive is read once (a run's baseline not at all: its cached facts are checked again, with
 * the gate's policy and profile): the candidate reuses its scanned artifacts.
 */
final class GateJob {
    private static final int SHOWN = 20;

    private GateJob() {
    }

    /**
     * @param baselineProfile  the distro's profile, what the baseline is judged with
     * @param candidateProfile the same with the what-if toolchains, what the candidate is judged with
     */
    record Options(String baseline, String candidate, List<PackageSelector> removals, String reports, ReadLimits limits,
                   DistroProfile baselineProfile, DistroProfile candidateProfile, ChangeSet.WhatIf whatIf, Policy policy,
                   Severity blockingSeverity) {
        RunOptions checking(String archive, DistroProfile judgedWith) {
            return new RunOptions(archive, reports, null, limits, judgedWith, true, Policy.DEFAULT_KEEP_RUNS, policy, CacheMode.OFF);
        }
    }

    record Result(String path, GateVerdict verdict) {
    }

    static Result run(SparkSession spark, Options options) throws IOException {
        Instant started = Instant.now();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        RunDirectory gate = RunDirectory.create(options.reports(), "gates", started, conf);
        try {
            List<Listing> listings = new ArrayList<>();
            JavaRDD<ScannedArtifact> baseline = baseline(spark, options, conf, gate, listings);
            JavaRDD<ScannedArtifact> added = scan(spark, options.candidate(), options.limits(), conf, gate.staged("candidate-listing"), listings);
            ChangeSet changes = ChangeSet.of(packages(baseline), packages(added), options.removals());
            JavaRDD<ScannedArtifact> candidate = baseline.filter(s -> packageOf(s.inventory()) == null || changes.keeps(packageOf(s.inventory())))
                    .union(added);
            // As a run does: the checks take far fewer partitions than the listing's chunks.
            JavaRDD<ScannedArtifact> baselineChecked = ScanStage.forChecks(baseline);
            JavaRDD<ScannedArtifact> candidateChecked = ScanStage.forChecks(candidate);
            // Waivers expire by the gate's start date (UTC), as they do for a run.
            LocalDate today = started.atOffset(ZoneOffset.UTC).toLocalDate();
            StageClock clock = new StageClock();
            JavaRDD<Finding> before = RunJob.rulesOn(spark, baselineChecked, options.checking(options.baseline(), options.baselineProfile()), clock, today)
                    .findings();
            JavaRDD<Finding> after = RunJob.rulesOn(spark, candidateChecked, options.checking(options.candidate(), options.candidateProfile()), clock,
                    today).findings();
            JavaRDD<GateEntry> entries = compare(before, after, changes, options.whatIf(), options.blockingSeverity());
            String gateId = gate.runId();
            ReportRows.oneSortedFile(spark.createDataFrame(entries.map(e -> ReportRows.gate(gateId, e)), ReportRows.schema(ReportTables.GATE)),
                            col("blocking").desc(), col("status"), ReportRows.severityOrder(), col("rule"), col("package"), col("version"), col("fingerprint"))
                    .write().mode(SaveMode.ErrorIfExists).parquet(gate.staged("gate"));
            GateVerdict verdict = verdict(spark.read().parquet(gate.staged("gate")), gateId, options, changes);
            gate.writeText("gate.md", GateMarkdown.render(verdict));
            Blocks.unpersist(baseline);
            Blocks.unpersist(added);
            for (Listing listing : listings) {
                listing.delete();
            }
            return new Result(gate.moveIntoPlace(), verdict);
        } catch (IOException | RuntimeException e) {
            gate.abandon();
            throw e;
        }
    }

    /**
     * The baseline's scanned artifacts: an archive is read; a complete run (a runs/<id> directory,
     * or a reports directory's LATEST) gives the facts it cached instead, without reading its archive.
     */
    private static JavaRDD<ScannedArtifact> baseline(SparkSession spark, Options options, Configuration conf, RunDirectory gate, List<Listing> listings)
            throws IOException {
        Optional<RunTables> run = RunTables.at(spark, options.baseline());
        if (run.isEmpty()) {
            return scan(spark, options.baseline(), options.limits(), conf, gate.staged("baseline-listing"), listings);
        }
        Path runPath = new Path(run.get().path());
        return FactsCache.under(runPath.getParent().getParent().toString(), conf).loadRun(spark, runPath.toString());
    }

    /** The archive's scanned artifacts, listed into {@code listingDirectory} (added to {@code listings}, to delete once the gate is written). */
    private static JavaRDD<ScannedArtifact> scan(SparkSession spark, String root, ReadLimits limits, Configuration conf, String listingDirectory,
                                                 List<Listing> listings) throws IOException {
        ArchiveAccess archive = ArchiveAccesses.forRoot(root, conf);
        Listing listing = ScanStage.list(spark, archive, listingDirectory);
        listings.add(listing);
        return ScanStage.scan(archive, listing.refs(JavaSparkContext.fromSparkContext(spark.sparkContext())), limits);
    }

    /** The package an artifact holds; null for one without a name (unrecognized, unreadable). */
    private static PackageVersion packageOf(InventoryRecord inventory) {
        return inventory.packageName() == null || inventory.kind().ecosystem() == null ? null
                : new PackageVersion(inventory.kind().ecosystem(), inventory.packageName(), inventory.version());
    }

    private static List<PackageVersion> packages(JavaRDD<ScannedArtifact> scanned) {
        return scanned.map(s -> packageOf(s.inventory())).filter(p -> p != null).distinct().collect();
    }

    /** Baseline and candidate findings by fingerprint (one finding per fingerprint and side: the first by artifact). */
    private static JavaRDD<GateEntry> compare(JavaRDD<Finding> before, JavaRDD<Finding> after, ChangeSet changes, ChangeSet.WhatIf whatIf,
                                              Severity blocking) {
        return byFingerprint(before).fullOuterJoin(byFingerprint(after))
                .map(t -> GateEntry.of(t._2()._1().orNull(), t._2()._2().orNull(), changes, whatIf, blocking));
    }

    private static JavaPairRDD<String, Finding> byFingerprint(JavaRDD<Finding> findings) {
        return findings.mapToPair(f -> new Tuple2<>(f.fingerprint(), f))
                .reduceByKey((a, b) -> (a.artifact() + a.message()).compareTo(b.artifact() + b.message()) <= 0 ? a : b);
    }

    /** Counts and the first findings of each kind, read back from the written table. */
    private static GateVerdict verdict(Dataset<Row> table, String gateId, Options options, ChangeSet changes) {
        Map<String, Long> byStatus = new HashMap<>();
        long blocking = 0;
        for (Row row : table.groupBy("status", "blocking").count().collectAsList()) {
            byStatus.merge(row.getString(0), row.getLong(2), Long::sum);
            blocking += row.getBoolean(1) ? row.getLong(2) : 0;
        }
        long added = byStatus.getOrDefault(GateEntry.NEW, 0L);
        long fixed = byStatus.getOrDefault(GateEntry.FIXED, 0L);
        long persisting = byStatus.getOrDefault(GateEntry.PERSISTING, 0L);
        ChangeSet.WhatIf w = options.whatIf();
        List<String> whatIf = new ArrayList<>();
        if (w.rustc() != null) {
            whatIf.add("rustc " + w.rustc());
        }
        if (w.go() != null) {
            whatIf.add("go " + w.go());
        }
        return new GateVerdict(gateId, options.baseline(), options.candidate(), whatIf.isEmpty() ? null : String.join(", ", whatIf),
                options.blockingSeverity().label(), changes.changes().stream().map(ChangeSet.Change::describe).toList(),
                added, blocking, fixed, persisting,
                lines(table.filter(col("blocking"))),
                lines(table.filter(col("status").equalTo(GateEntry.FIXED))),
                lines(table.filter(col("status").equalTo(GateEntry.NEW).and(col("rule").equalTo(ArchiveUnusedCompatVersion.INSTANCE.id())))));
    }

    private static List<GateVerdict.Line> lines(Dataset<Row> rows) {
        List<GateVerdict.Line> lines = new ArrayList<>();
        for (Row r : rows.orderBy(ReportRows.severityOrder(), col("rule"), col("package"), col("version")).limit(SHOWN)
                .select("rule", "severity", "package", "version", "blame", "message").collectAsList()) {
            lines.add(new GateVerdict.Line(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        }
        return lines;
    }
}
