package org.distpolicy.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ArtifactRef;
import org.distpolicy.facts.FactsKeys;
import org.distpolicy.facts.GoModuleFacts;
import org.distpolicy.facts.ScannedArtifact;
import org.distpolicy.policy.Policy;
import org.distpolicy.reports.ReportTables;
import org.distpolicy.reports.RunSummary;
import org.distpolicy.reports.SummaryHtml;
import org.distpolicy.reports.SummaryMarkdown;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.PackageChecks;
import org.distpolicy.rules.Severity;
import scala.Tuple2;

/** One run: scan the archive, check it, write the run's reports, move LATEST. */
final class RunJob {
    private static final int EXAMPLES_PER_RULE = 5;
    private static final int MOST_WANTED = 20;
    private static final int TOP_PACKAGES = 20;
    private static final int CHANGES_SHOWN = 10;
    private static final int TREND_RUNS = 30;
    /** The run's listing, in its staging directory until the run's tables are written. */
    private static final String LISTING = "listing";

    private RunJob() {
    }

    /**
     * @param bySeverity findings of the run by severity label, for --fail-on
     * @param pruned     complete runs deleted to keep the history short
     */
    record Result(String runId, String runPath, long artifacts, long findings, Map<String, Long> bySeverity, DeltaStage.Counts delta,
                  List<String> pruned, StageClock clock) {
    }

    static Result run(SparkSession spark, RunOptions options) throws IOException {
        Instant started = Instant.now();
        // Waivers expire by the run's start date (UTC), so one run judges every finding alike.
        LocalDate today = started.atOffset(ZoneOffset.UTC).toLocalDate();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        ArchiveAccess archive = ArchiveAccesses.forRoot(options.archive(), conf);
        RunDirectory run = RunDirectory.create(options.reports(), started, conf);
        StageClock clock = new StageClock();
        try {
            Listing listing = clock.time("list", () -> ScanStage.list(spark, archive, run.staged(LISTING)));
            clock.count("artifacts", listing.artifacts());
            clock.count("artifact_bytes", listing.bytes());
            JavaRDD<ArtifactRef> refs = listing.refs(JavaSparkContext.fromSparkContext(spark.sparkContext()));
            JavaPairRDD<String, ArtifactRef> keyed = options.cache() == CacheMode.OFF ? null : ScanStage.keyed(refs,
                    new FactsKeys(archive, FactsKeys.salt(Version.build(), options.limits()), options.cache() == CacheMode.MTIME));
            // The digest's job computes the keys (persisted for the cache lookup).
            Optional<String> inputs = keyed == null ? Optional.empty() : clock.time("key", () -> RunInputs.digest(options, keyed.keys(), today));
            Optional<String> reused = inputs.isPresent() ? RunInputs.sameAsPrevious(run, inputs.get()) : Optional.empty();
            boolean cacheAdded = false;
            if (reused.isPresent()) {
                clock.time("reuse", () -> {
                    RunInputs.copyTables(spark, run, reused.get(), run.runId());
                    return null;
                });
            } else {
                Scan scan = keyed == null ? readAll(archive, refs, options) : scan(spark, options, archive, listing, keyed, run.runId(), clock);
                cacheAdded = scan.added();
                try {
                    check(spark, options, run, today, clock, scan.artifacts());
                } finally {
                    scan.release().run();
                }
            }
            if (keyed != null) {
                Blocks.unpersist(keyed);
            }
            listing.delete();
            return report(spark, options, run, started, clock, inputs, reused, cacheAdded);
        } catch (IOException | RuntimeException e) {
            run.abandon();
            throw e;
        }
    }

    /**
     * The scanned artifacts by facts-cache key (null for none; persisted until {@code release})
     * and whether the cache got new entries.
     */
    private record Scan(JavaPairRDD<String, ScannedArtifact> artifacts, Runnable release, boolean added) {
    }

    /** Every artifact read, with no cache and so no keys. */
    private static Scan readAll(ArchiveAccess archive, JavaRDD<ArtifactRef> artifacts, RunOptions options) {
        JavaRDD<ScannedArtifact> read = ScanStage.scan(archive, artifacts, options.limits());
        return new Scan(read.mapToPair(s -> new Tuple2<String, ScannedArtifact>(null, s)), () -> Blocks.unpersist(read), false);
    }

    /**
     * Every artifact's scan: from the cache where its key is there, else read (and then added to
     * the cache). Which are cached comes from an anti-join on the executors, not a set on the driver.
     */
    private static Scan scan(SparkSession spark, RunOptions options, ArchiveAccess archive, Listing listing, JavaPairRDD<String, ArtifactRef> keyed,
                             String runId, StageClock clock) throws IOException {
        FactsCache cache = FactsCache.under(options.reports(), spark.sparkContext().hadoopConfiguration());
        FactsCache.Found found = clock.time("cache", () -> cache.load(spark,
                spark.createDataset(keyed.keys().filter(Objects::nonNull).rdd(), Encoders.STRING())));
        JavaPairRDD<String, ScannedArtifact> cached = found.scans();
        long misses = listing.artifacts() - found.count();
        clock.count("cache_hits", found.count());
        clock.count("cache_misses", misses);
        if (misses == 0) {
            return new Scan(cached, () -> Blocks.unpersist(cached), false);
        }
        JavaPairRDD<String, ArtifactRef> uncached = found.count() == 0 ? keyed : ScanStage.uncached(keyed, found.keys(), listing.chunks());
        JavaPairRDD<String, ScannedArtifact> read = ScanStage.scanKeyed(archive, uncached, options.limits());
        clock.time("read+parse", read::count);
        clock.time("cache", () -> {
            cache.add(spark, read.filter(e -> e._1() != null), runId);
            return null;
        });
        return new Scan(read.union(cached), () -> {
            Blocks.unpersist(read);
            Blocks.unpersist(cached);
        }, true);
    }

    /** Checks the scanned artifacts (read once, persisted) with every rule and writes the run's tables. */
    private static void check(SparkSession spark, RunOptions options, RunDirectory run, LocalDate today, StageClock clock,
                              JavaPairRDD<String, ScannedArtifact> scans) throws IOException {
        String runId = run.runId();
        int partitions = clock.time("read+parse", () -> ScanStage.checkPartitions(scans));
        JavaPairRDD<String, ScannedArtifact> keyed = scans.coalesce(partitions);
        JavaRDD<ScannedArtifact> scanned = keyed.values();
        clock.count("files", clock.time("read+parse", () -> scanned.map(s -> (long) s.files().size()).fold(0L, Long::sum)));
        clock.count("go_files", scanned.map(s -> s.facts() instanceof GoModuleFacts go ? (long) go.sourceHeaders().size() : 0L).fold(0L, Long::sum));

        Checked checked = rulesOn(spark, scanned, options, clock, today);
        JavaRDD<Finding> allFindings = checked.findings();
        ResolutionStage.Output written = checked.resolution();
        clock.time("write", () -> {
            writeTables(spark, run, runId, scanned, keyed, allFindings, written);
            return null;
        });
        checked.release();
    }

    /** From the run's tables: the delta, summary.md/html and run.json; then commits the run and prunes history and cache. */
    private static Result report(SparkSession spark, RunOptions options, RunDirectory run, Instant started, StageClock clock,
                                 Optional<String> inputs, Optional<String> reused, boolean cacheAdded) throws IOException {
        String runId = run.runId();
        DeltaStage.Counts delta = clock.time("delta", () -> reused.isPresent() ? DeltaStage.writeUnchanged(spark, run, runId, reused.get())
                : DeltaStage.write(spark, run, runId));
        RunSummary summary = clock.time("summary", () -> summarize(spark, run, options.archive(), runId, options.packageRules(), delta));
        run.writeText("summary.md", SummaryMarkdown.render(summary));
        run.writeText("summary.html", SummaryHtml.render(summary));
        long findingCount = summary.ruleCounts().stream().mapToLong(RunSummary.RuleCount::count).sum();
        Map<String, Long> bySeverity = new TreeMap<>();
        summary.ruleCounts().forEach(c -> bySeverity.merge(c.severity(), c.count(), Long::sum));
        run.writeText("run.json", runJson(options, runId, started, summary, findingCount, delta, clock, inputs, reused));
        String path = run.commit();
        List<String> pruned = run.prune(options.keepRuns());
        if (options.cache() != CacheMode.OFF && (cacheAdded || !pruned.isEmpty())) {
            FactsCache cache = FactsCache.under(options.reports(), spark.sparkContext().hadoopConfiguration());
            clock.count("cache_dropped", cache.retainOnly(spark, run.cacheKeysOfCompleteRuns(spark), runId));
        }
        return new Result(runId, path, summary.artifacts(), findingCount, bySeverity, delta, pruned, clock);
    }

    /**
     * What every rule finds on scanned artifacts, mapped through the policy (waivers expire by
     * {@code today}: the run's start date, UTC, so one run judges every finding alike).
     *
     * @param resolution the archive-wide resolution it ran; null without package rules
     */
    record Checked(JavaRDD<Finding> findings, ResolutionStage.Output resolution, JavaRDD<Finding> packageFindings) {
        /** Drops the per-package findings kept for the write, once the findings are written. */
        void release() {
            Blocks.unpersist(packageFindings);
        }
    }

    /** @param scanned the scans in the partitions every check takes ({@link ScanStage#forChecks}) */
    static Checked rulesOn(SparkSession spark, JavaRDD<ScannedArtifact> scanned, RunOptions options, StageClock clock, LocalDate today)
            throws IOException {
        boolean packageRules = options.packageRules();
        JavaRDD<Finding> packageFindings = Blocks.persist(scanned.flatMap(s -> findingsOf(s, packageRules).iterator()));
        clock.count("package_findings", clock.time("rules", packageFindings::count));
        JavaRDD<Finding> findings = packageFindings;
        ResolutionStage.Output resolution = null;
        if (packageRules) {
            ResolutionStage.Output resolved = clock.time("resolve", () -> ResolutionStage.run(scanned, options.profile()));
            clock.count("requirement_edges", clock.time("resolve", () -> resolved.judged().count()));
            clock.count("crates", resolved.crates());
            clock.count("go_modules", resolved.goModules());
            clock.count("resolution_rounds", resolved.rounds());
            clock.count("conflict_rounds", resolved.conflictRounds());
            findings = findings.union(resolved.findings()).union(VendoredCopyStage.run(scanned));
            CodeCopyStage.Output copies = clock.time("copy", () -> CodeCopyStage.run(scanned));
            JavaRDD<Finding> copyFindings = Blocks.persist(copies.findings());
            clock.time("copy", copyFindings::count);
            clock.count("countable_files", copies.countableFiles());
            findings = findings.union(copyFindings);
            resolution = resolved;
        }
        Policy policy = options.policy();
        JavaRDD<Finding> mapped = findings
                .union(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(policy.expiredWaiverFindings(today), 1))
                .flatMap(f -> policy.apply(f, today).stream().iterator());
        return new Checked(mapped, resolution, packageFindings);
    }

    private static void writeTables(SparkSession spark, RunDirectory run, String runId, JavaRDD<ScannedArtifact> scanned,
                                    JavaPairRDD<String, ScannedArtifact> keyed, JavaRDD<Finding> findings, ResolutionStage.Output resolution) {
        ReportRows.oneSortedFile(spark.createDataFrame(keyed.map(s -> ReportRows.inventory(runId, s._2().inventory(), s._1())),
                        ReportRows.schema(ReportTables.INVENTORY)), col("artifact"))
                .write().mode(SaveMode.ErrorIfExists).parquet(run.staged("inventory"));
        if (resolution != null) {
            writeGraph(spark, run, runId, resolution);
        }
        // The findings are a union of hundreds of small partitions (scan, fixpoint rounds, joins): as many tasks
        // would each cost more to ship and start than to run.
        JavaRDD<Row> findingRows = findings.coalesce(2 * spark.sparkContext().defaultParallelism()).map(f -> ReportRows.finding(runId, f));
        ReportRows.oneSortedFile(spark.createDataFrame(findingRows, ReportRows.schema(ReportTables.FINDINGS)),
                        col("package"), col("version"), col("rule"), col("subject"), col("fingerprint"))
                .write().mode(SaveMode.ErrorIfExists).parquet(run.staged("findings"));
        spark.createDataFrame(
                        scanned.flatMap(s -> s.files().stream().map(f -> ReportRows.file(runId, s.inventory(), f)).iterator()),
                        ReportRows.schema(ReportTables.FILES))
                .write().mode(SaveMode.ErrorIfExists).parquet(run.staged("files"));
    }

    private static void writeGraph(SparkSession spark, RunDirectory run, String runId, ResolutionStage.Output resolution) {
        spark.createDataFrame(resolution.provides().map(p -> ReportRows.provide(runId, p)), ReportRows.schema(ReportTables.PROVIDES))
                .write().mode(SaveMode.ErrorIfExists).parquet(run.staged("provides"));
        spark.createDataFrame(resolution.judged().map(j -> ReportRows.requirement(runId, j.requirement(), j.verdict())),
                        ReportRows.schema(ReportTables.REQUIRES))
                .write().mode(SaveMode.ErrorIfExists).parquet(run.staged("requires"));
        ReportRows.oneSortedFile(spark.createDataFrame(resolution.wanted().map(w -> ReportRows.wanted(runId, w.ecosystem(), w.packageName(),
                                w.versionReq(), w.capabilities(), w.packages())), ReportRows.schema(ReportTables.WANTED)),
                        col("capabilities").desc(), col("packages").desc(), col("package"), col("version_requirement"))
                .write().mode(SaveMode.ErrorIfExists).parquet(run.staged("wanted"));
        ReportRows.oneSortedFile(spark.createDataFrame(resolution.broken().map(b -> ReportRows.broken(runId, b._1(), b._2())),
                        ReportRows.schema(ReportTables.BROKEN)), col("package"), col("version"), col("capability"))
                .write().mode(SaveMode.ErrorIfExists).parquet(run.staged("broken"));
    }

    private static List<Finding> findingsOf(ScannedArtifact scanned, boolean packageRules) {
        if (!packageRules || scanned.facts() == null) {
            return scanned.findings();
        }
        List<Finding> all = new ArrayList<>(scanned.findings());
        all.addAll(PackageChecks.check(scanned.facts()));
        return all;
    }

    /** Aggregates read back from the written tables: small, so collecting them is fine. */
    private static RunSummary summarize(SparkSession spark, RunDirectory run, String archive, String runId, boolean resolved,
                                        DeltaStage.Counts delta) throws IOException {
        Dataset<Row> inventory = spark.read().parquet(run.staged("inventory"));
        // Waived findings stay in the table; what the summary counts (and --fail-on judges) is what is open.
        Dataset<Row> findings = spark.read().parquet(run.staged("findings")).filter(not(col("waived")));
        Map<String, Long> byKind = counts(inventory, "kind");
        Map<String, Long> byStatus = counts(inventory, "status");
        List<RunSummary.RuleCount> ruleCounts = new ArrayList<>();
        for (Row row : findings.groupBy("rule", "severity").count().collectAsList()) {
            ruleCounts.add(new RunSummary.RuleCount(row.getString(0), row.getString(1), row.getLong(2)));
        }
        ruleCounts.sort((a, b) -> a.severity().equals(b.severity())
                ? Long.compare(b.count(), a.count()) != 0 ? Long.compare(b.count(), a.count()) : a.rule().compareTo(b.rule())
                : Integer.compare(severityRank(a.severity()), severityRank(b.severity())));
        // One query for every rule's first examples (in the table's order), not one per rule.
        Map<String, List<RunSummary.Example>> examples = new LinkedHashMap<>();
        ruleCounts.forEach(count -> examples.put(count.rule(), new ArrayList<>()));
        for (Row row : findings.withColumn("position", monotonically_increasing_id())
                .withColumn("nth", row_number().over(Window.partitionBy("rule").orderBy("position")))
                .filter(col("nth").leq(EXAMPLES_PER_RULE)).orderBy("rule", "nth")
                .select("rule", "package", "version", "subject", "message").collectAsList()) {
            examples.get(row.getString(0)).add(new RunSummary.Example(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
        }
        List<RunSummary.Wanted> wanted = new ArrayList<>();
        if (resolved) {
            for (Row row : spark.read().parquet(run.staged("wanted")).limit(MOST_WANTED)
                    .select("ecosystem", "package", "version_requirement", "capabilities", "packages").collectAsList()) {
                wanted.add(new RunSummary.Wanted(row.getString(0), row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)));
            }
        }
        List<RunSummary.PackageCount> topPackages = new ArrayList<>();
        for (Row row : findings.filter(col("package").isNotNull()).groupBy("ecosystem", "package")
                .agg(severityCount("error").as("errors"), severityCount("warning").as("warnings"), severityCount("info").as("infos"))
                .orderBy(col("errors").desc(), col("warnings").desc(), col("infos").desc(), col("package"), col("ecosystem"))
                .limit(TOP_PACKAGES).collectAsList()) {
            topPackages.add(new RunSummary.PackageCount(row.getString(0), row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)));
        }
        long artifacts = byKind.values().stream().mapToLong(Long::longValue).sum();
        long open = ruleCounts.stream().mapToLong(RunSummary.RuleCount::count).sum();
        List<RunSummary.TrendPoint> trend = new ArrayList<>(earlierRuns(run));
        trend.add(new RunSummary.TrendPoint(runId, open, delta.added(), delta.fixed()));
        return new RunSummary(runId, archive, artifacts, byKind, byStatus, ruleCounts, wanted, topPackages, examples, new RunSummary.Changes(
                delta.added(), delta.fixed(), delta.persisting(), changes(spark, run, DeltaStage.NEW), changes(spark, run, DeltaStage.FIXED)),
                trend);
    }

    /** The trend so far, from the run.json of the complete runs kept (runs from before deltas count no new or fixed). */
    private static List<RunSummary.TrendPoint> earlierRuns(RunDirectory run) throws IOException {
        List<RunSummary.TrendPoint> points = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        List<String> ids = run.completeRuns();
        for (String id : ids.subList(Math.max(0, ids.size() - TREND_RUNS + 1), ids.size())) {
            Optional<String> json = run.readText(id, "run.json");
            if (json.isPresent()) {
                JsonNode counts = mapper.readTree(json.get()).path("counts");
                points.add(new RunSummary.TrendPoint(id, counts.path("findings").asLong(), counts.path("delta").path(DeltaStage.NEW).asLong(),
                        counts.path("delta").path(DeltaStage.FIXED).asLong()));
            }
        }
        return points;
    }

    /** The first new or fixed findings, errors first. */
    private static List<RunSummary.Change> changes(SparkSession spark, RunDirectory run, String status) {
        List<RunSummary.Change> changes = new ArrayList<>();
        for (Row row : spark.read().parquet(run.staged("delta")).filter(col("status").equalTo(status))
                .orderBy(ReportRows.severityOrder(), col("rule"), col("package"), col("fingerprint")).limit(CHANGES_SHOWN)
                .select("rule", "severity", "package", "version", "subject", "message").collectAsList()) {
            changes.add(new RunSummary.Change(row.getString(0), row.getString(1),
                    new RunSummary.Example(row.getString(2), row.getString(3), row.getString(4), row.getString(5))));
        }
        return changes;
    }

    private static Column severityCount(String severity) {
        return sum(when(col("severity").equalTo(severity), 1L).otherwise(0L));
    }

    private static int severityRank(String label) {
        return Severity.valueOf(label.toUpperCase(Locale.ROOT)).ordinal();
    }

    private static Map<String, Long> counts(Dataset<Row> table, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Row row : table.groupBy(column).count().orderBy(column).collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    private static String runJson(RunOptions options, String runId, Instant started, RunSummary summary, long findings,
                                  DeltaStage.Counts delta, StageClock clock, Optional<String> inputs, Optional<String> reused)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode json = mapper.createObjectNode();
        json.put("run_id", runId);
        json.put("archive", options.archive());
        json.put("started", started.toString());
        json.put("finished", Instant.now().toString());
        json.put("tool", "distpolicy");
        json.put("tool_version", Version.current());
        json.put("package_rules", options.packageRules());
        json.put("policy", options.policy().digest());
        json.put("cache", options.cache().name().toLowerCase(Locale.ROOT));
        json.put(RunInputs.DIGEST_KEY, inputs.orElse(null));
        json.put("tables_reused_from", reused.orElse(null));
        ObjectNode counts = json.putObject("counts");
        counts.put("artifacts", summary.artifacts());
        counts.put("findings", findings);
        ObjectNode sincePrevious = counts.putObject("delta");
        sincePrevious.put(DeltaStage.NEW, delta.added());
        sincePrevious.put(DeltaStage.FIXED, delta.fixed());
        sincePrevious.put(DeltaStage.PERSISTING, delta.persisting());
        ObjectNode bySeverity = counts.putObject("findings_by_severity");
        summary.ruleCounts().forEach(c -> bySeverity.put(c.severity(), bySeverity.path(c.severity()).asLong(0) + c.count()));
        ObjectNode byStatus = counts.putObject("artifacts_by_status");
        summary.artifactsByStatus().forEach(byStatus::put);
        ObjectNode distro = json.putObject("distro");
        distro.put("name", options.policy().distro().name());
        distro.put("rustc", options.profile().rustc());
        distro.put("go", options.profile().go());
        options.profile().targets().forEach(distro.putArray("targets")::add);
        ObjectNode timings = json.putObject("stage_seconds");
        clock.seconds().forEach(timings::put);
        ObjectNode stageCounts = json.putObject("stage_counts");
        clock.counts().forEach(stageCounts::put);
        ObjectNode limits = json.putObject("limits");
        limits.put("max_unpacked_bytes", options.limits().maxUnpackedBytes());
        limits.put("max_entries", options.limits().maxEntries());
        limits.put("max_ratio", options.limits().maxRatio());
        return mapper.writeValueAsString(json) + "\n";
    }
}
