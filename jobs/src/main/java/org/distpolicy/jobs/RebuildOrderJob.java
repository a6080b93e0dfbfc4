package org.distpolicy.jobs;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.distpolicy.archive.ArchiveAccess;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.facts.ScannedArtifact;
import org.distpolicy.policy.Policy;
import org.distpolicy.release.BuildEdge;
import org.distpolicy.release.PackageSelector;
import org.distpolicy.release.PackageVersion;
import org.distpolicy.release.RebuildPlan;
import org.distpolicy.reports.RebuildOrder;
import org.distpolicy.reports.RebuildOrderMarkdown;
import org.distpolicy.reports.ReportTables;
import org.distpolicy.resolve.ProvidedVersion;
import org.distpolicy.resolve.ResolutionInput;
import org.distpolicy.rules.DistroProfile;
import org.distpolicy.rules.Finding;
import scala.Tuple2;

/**
 * The rebuild order of an archive, or of a run's graph: Spark judges the requirements and
 * keeps the distinct package-level build edges; the plan itself (cycles, bootstraps, waves) is
 * computed on the driver by {@link RebuildPlan}.
 */
final class RebuildOrderJob {
    private RebuildOrderJob() {
    }

    /** @param archive the archive to scan; null to read the graph of {@code run} */
    record Options(String archive, RunTables run, String reports, ReadLimits limits, DistroProfile profile, List<PackageSelector> changed,
                   Policy policy) {
        String source() {
            return archive != null ? archive : run.path();
        }
    }

    record Result(String path, RebuildOrder order) {
    }

    private record Graph(List<PackageVersion> packages, Map<PackageVersion, String> artifacts, List<BuildEdge> edges) {
    }

    static Result run(SparkSession spark, Options options) throws IOException {
        Instant started = Instant.now();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        RunDirectory out = RunDirectory.create(options.reports(), "rebuild-orders", started, conf);
        try {
            Graph graph = options.archive() != null ? fromArchive(spark, options, out) : fromRun(options.run());
            RebuildPlan plan = options.changed().isEmpty() ? RebuildPlan.of(graph.packages(), graph.edges())
                    : RebuildPlan.ofReverseDependencies(graph.packages(), graph.edges(), options.changed());
            String id = out.runId();
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<Row> steps = plan.steps().stream().map(s -> ReportRows.rebuildStep(id, s)).toList();
            spark.createDataFrame(steps, ReportRows.schema(ReportTables.REBUILD_ORDER)).coalesce(1)
                    .write().mode(SaveMode.ErrorIfExists).parquet(out.staged("rebuild_order"));
            LocalDate today = started.atOffset(ZoneOffset.UTC).toLocalDate();
            List<Finding> cycleFindings = plan.cycleFindings(graph.artifacts());
            List<Row> findings = cycleFindings.stream().flatMap(f -> options.policy().apply(f, today).stream())
                    .map(f -> ReportRows.finding(id, f)).toList();
            spark.createDataFrame(jsc.parallelize(findings, 1).rdd(), ReportRows.schema(ReportTables.FINDINGS))
                    .write().mode(SaveMode.ErrorIfExists).parquet(out.staged("findings"));
            List<RebuildOrder.Cycle> cycles = new ArrayList<>();
            for (int i = 0; i < plan.cycles().size(); i++) {
                cycles.add(new RebuildOrder.Cycle(plan.cycles().get(i).id(), cycleFindings.get(i).message()));
            }
            RebuildOrder order = new RebuildOrder(id, options.source(),
                    options.changed().isEmpty() ? null : String.join(", ", options.changed().stream().map(PackageSelector::toString).toList()),
                    plan.steps().stream().map(s -> new RebuildOrder.Step(s.wave(), s.build().label(), s.pkg().name(),
                            s.pkg().version().isEmpty() ? null : s.pkg().version(), s.cycleId(),
                            s.droppedFeatures().isEmpty() ? null : String.join(",", s.droppedFeatures()))).toList(),
                    cycles);
            out.writeText("rebuild-order.md", RebuildOrderMarkdown.render(order));
            return new Result(out.moveIntoPlace(), order);
        } catch (IOException | RuntimeException e) {
            out.abandon();
            throw e;
        }
    }

    /** The graph of the archive, listed into {@code out} (the listing deleted once the graph is collected). */
    private static Graph fromArchive(SparkSession spark, Options options, RunDirectory out) throws IOException {
        ArchiveAccess archive = ArchiveAccesses.forRoot(options.archive(), spark.sparkContext().hadoopConfiguration());
        Listing listing = ScanStage.list(spark, archive, out.staged("listing"));
        JavaRDD<ScannedArtifact> scanned = ScanStage.scan(archive, listing.refs(JavaSparkContext.fromSparkContext(spark.sparkContext())),
                options.limits());
        JavaRDD<ScannedArtifact> checked = ScanStage.forChecks(scanned);
        JavaRDD<ResolutionInput> inputs = ResolutionStage.withLinkedGoTrees(checked, ResolutionStage.packageInputs(checked, options.profile()));
        JavaPairRDD<String, List<ProvidedVersion>> archived = ResolutionStage.archived(inputs.flatMap(i -> i.provides().iterator()));
        List<BuildEdge> edges = ResolutionStage.judge(inputs.flatMap(i -> i.requirements().iterator()), archived)
                .flatMap(j -> BuildEdge.of(j.requirement(), j.verdict().satisfiers()).iterator()).distinct().collect();
        List<Tuple2<PackageVersion, String>> packages = checked
                .filter(s -> s.facts() != null && s.inventory().packageName() != null && s.inventory().kind().ecosystem() != null)
                .map(s -> new Tuple2<>(new PackageVersion(s.inventory().kind().ecosystem(), s.inventory().packageName(), s.inventory().version()),
                        s.inventory().artifact()))
                .collect();
        Blocks.unpersist(scanned);
        listing.delete();
        return graph(packages, edges);
    }

    private static Graph fromRun(RunTables run) {
        JavaPairRDD<String, List<ProvidedVersion>> archived = ResolutionStage.archived(run.provides());
        List<BuildEdge> edges = ResolutionStage.judge(run.requirements(), archived)
                .flatMap(j -> BuildEdge.of(j.requirement(), j.verdict().satisfiers()).iterator()).distinct().collect();
        return graph(run.packages().collect(), edges);
    }

    private static Graph graph(List<Tuple2<PackageVersion, String>> packages, List<BuildEdge> edges) {
        Map<PackageVersion, String> artifacts = new HashMap<>();
        packages.forEach(p -> artifacts.putIfAbsent(p._1(), p._2()));
        return new Graph(new ArrayList<>(artifacts.keySet()), artifacts, edges);
    }
}
