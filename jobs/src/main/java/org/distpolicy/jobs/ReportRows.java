package org.distpolicy.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.distpolicy.archive.FileEntry;
import org.distpolicy.facts.InventoryRecord;
import org.distpolicy.release.GateEntry;
import org.distpolicy.release.RebuildPlan;
import org.distpolicy.reports.Column;
import org.distpolicy.reports.ReportTables;
import org.distpolicy.reports.TableSpec;
import org.distpolicy.resolve.BrokenCause;
import org.distpolicy.resolve.Capability;
import org.distpolicy.resolve.Nodes;
import org.distpolicy.resolve.Provide;
import org.distpolicy.resolve.Requirement;
import org.distpolicy.resolve.Verdict;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;

/** Domain records → Spark rows of the report tables, in the column order {@link ReportTables} fixes. */
final class ReportRows {
    private ReportRows() {
    }

    /** Errors first, then warnings, then the rest: the order a person reads findings in. */
    static org.apache.spark.sql.Column severityOrder() {
        return when(col("severity").equalTo(Severity.ERROR.label()), 0).when(col("severity").equalTo(Severity.WARNING.label()), 1).otherwise(2);
    }

    /**
     * The rows as one file in the given order, sorted by the one task that writes it. A global
     * {@code orderBy} would range-partition them first, which samples the input in a job of its
     * own (computing everything behind it twice unless kept) before the sort's shuffle.
     */
    static Dataset<Row> oneSortedFile(Dataset<Row> rows, org.apache.spark.sql.Column... order) {
        return rows.repartition(1).sortWithinPartitions(order);
    }

    static StructType schema(TableSpec table) {
        StructField[] fields = table.columns().stream()
                .map(c -> DataTypes.createStructField(c.name(), sparkType(c), c.nullable()))
                .toArray(StructField[]::new);
        return DataTypes.createStructType(fields);
    }

    private static DataType sparkType(Column column) {
        return switch (column.type()) {
            case STRING -> DataTypes.StringType;
            case LONG -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /** @param cacheKey the artifact's facts-cache key, null without one */
    static Row inventory(String runId, InventoryRecord r, String cacheKey) {
        Map<String, Object> v = new HashMap<>();
        v.put("run_id", runId);
        v.put("artifact", r.artifact());
        v.put("ecosystem", r.kind().ecosystem() == null ? null : r.kind().ecosystem().label());
        v.put("kind", r.kind().label());
        v.put("package", r.packageName());
        v.put("version", r.version());
        v.put("size_bytes", r.sizeBytes());
        v.put("file_count", r.fileCount());
        v.put("sha256", r.sha256());
        v.put("status", r.status());
        v.put("error", r.error());
        v.put("cache_key", cacheKey);
        return RowFactory.create(ReportTables.INVENTORY.row(v));
    }

    static Row finding(String runId, Finding f) {
        return RowFactory.create(ReportTables.FINDINGS.row(findingValues(runId, f)));
    }

    static Row gate(String gateId, GateEntry entry) {
        Map<String, Object> v = findingValues(gateId, entry.finding());
        v.put("status", entry.status());
        v.put("blocking", entry.blocking());
        v.put("blame", entry.blame());
        return RowFactory.create(ReportTables.GATE.row(v));
    }

    static Row rebuildStep(String id, RebuildPlan.Step step) {
        Map<String, Object> v = new HashMap<>();
        v.put("run_id", id);
        v.put("ecosystem", step.pkg().ecosystem().label());
        v.put("package", step.pkg().name());
        v.put("version", Nodes.reportedVersion(step.pkg().version()));
        v.put("wave", (long) step.wave());
        v.put("build", step.build().label());
        v.put("cycle_id", step.cycleId());
        v.put("dropped_features", step.droppedFeatures().isEmpty() ? null : String.join(",", step.droppedFeatures()));
        return RowFactory.create(ReportTables.REBUILD_ORDER.row(v));
    }

    private static Map<String, Object> findingValues(String runId, Finding f) {
        Map<String, Object> v = new HashMap<>();
        v.put("run_id", runId);
        v.put("rule", f.rule());
        v.put("severity", f.severity().label());
        v.put("ecosystem", f.ecosystem() == null ? null : f.ecosystem().label());
        v.put("package", f.packageName());
        v.put("version", f.version());
        v.put("subject", f.subject());
        v.put("message", f.message());
        v.put("artifact", f.artifact());
        v.put("fingerprint", f.fingerprint());
        v.put("class", f.dependencyClass());
        v.put("maintainer", f.maintainer());
        v.put("waived", f.waived());
        v.put("waiver_reason", f.waiverReason());
        return v;
    }

    static Row file(String runId, InventoryRecord owner, FileEntry f) {
        Map<String, Object> v = new HashMap<>();
        v.put("run_id", runId);
        v.put("artifact", owner.artifact());
        v.put("ecosystem", owner.kind().ecosystem() == null ? null : owner.kind().ecosystem().label());
        v.put("package", owner.packageName());
        v.put("version", owner.version());
        v.put("path", f.path());
        v.put("size_bytes", f.size());
        v.put("sha256", f.sha256());
        return RowFactory.create(ReportTables.FILES.row(v));
    }

    static Row provide(String runId, Provide p) {
        Map<String, Object> v = new HashMap<>();
        v.put("run_id", runId);
        v.put("ecosystem", p.capability().ecosystem().label());
        v.put("package", p.packageName());
        v.put("version", Nodes.reportedVersion(p.version()));
        v.put("capability", p.capability().toString());
        return RowFactory.create(ReportTables.PROVIDES.row(v));
    }

    static Row requirement(String runId, Requirement r, Verdict verdict) {
        Map<String, Object> v = new HashMap<>();
        v.put("run_id", runId);
        v.put("ecosystem", r.owner().ecosystem().label());
        v.put("package", r.packageName());
        v.put("version", Nodes.reportedVersion(r.version()));
        v.put("capability", r.capability());
        v.put("dependency", r.dependency());
        v.put("required_capability", r.requiredCapability());
        v.put("version_requirement", r.versionReq());
        v.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        v.put("weak", r.weak());
        v.put("foreign_target", r.foreignTarget());
        v.put("satisfied", verdict.satisfied());
        v.put("origin", r.origin());
        v.put("status", verdict.label(r.required()));
        return RowFactory.create(ReportTables.REQUIRES.row(v));
    }

    static Row wanted(String runId, String ecosystem, String packageName, String versionReq, long capabilities, long packages) {
        Map<String, Object> v = new HashMap<>();
        v.put("run_id", runId);
        v.put("ecosystem", ecosystem);
        v.put("package", packageName);
        v.put("version_requirement", versionReq);
        v.put("capabilities", capabilities);
        v.put("packages", packages);
        return RowFactory.create(ReportTables.WANTED.row(v));
    }

    static Row broken(String runId, String node, BrokenCause cause) {
        Map<String, Object> v = new HashMap<>();
        v.put("run_id", runId);
        v.put("ecosystem", Capability.ecosystemOf(Nodes.capability(node)).label());
        v.put("package", Nodes.packageName(node));
        v.put("version", Nodes.reportedVersion(Nodes.version(node)));
        v.put("capability", Nodes.capability(node));
        v.put("rule", cause.rule());
        v.put("class", cause.dependencyClass());
        v.put("root", cause.root());
        v.put("problem", cause.problem());
        v.put("depth", (long) cause.chain().size());
        return RowFactory.create(ReportTables.BROKEN.row(v));
    }
}
