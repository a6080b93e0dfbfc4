package org.distpolicy.reports.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.distpolicy.reports.ParquetTableWriter;
import org.distpolicy.reports.ReportTables;
import org.distpolicy.reports.TableSpec;

/** Writes a complete run into a reports directory as the nightly job lays it out: delta, broken and requires with parquet-mr, then LATEST. */
final class RunFixture {
    private final List<Map<String, Object>> delta = new ArrayList<>();
    private final List<Map<String, Object>> broken = new ArrayList<>();
    private final List<Map<String, Object>> requires = new ArrayList<>();
    private final String runId;

    RunFixture(String runId) {
        this.runId = runId;
    }

    /** A cargo finding, status persisting unless {@link #status} says otherwise. */
    RunFixture finding(String fingerprint, String rule, String packageName, String subject, String message, String maintainer) {
        Map<String, Object> row = new HashMap<>();
        row.put("run_id", runId);
        row.put("rule", rule);
        row.put("severity", "error");
        row.put("ecosystem", "cargo");
        row.put("package", packageName);
        row.put("version", "1.0.0");
        row.put("subject", subject);
        row.put("message", message);
        row.put("artifact", "crates/" + packageName + "-1.0.0.crate");
        row.put("fingerprint", fingerprint);
        row.put("maintainer", maintainer);
        row.put("waived", false);
        row.put("status", "persisting");
        row.put("first_seen", "20261101T000000Z");
        delta.add(row);
        return this;
    }

    RunFixture waived(String fingerprint) {
        delta.stream().filter(r -> r.get("fingerprint").equals(fingerprint)).forEach(r -> {
            r.put("waived", true);
            r.put("waiver_reason", "accepted");
        });
        return this;
    }

    /** A capability of {@code packageName} 1.0.0 the broken table says the root cause breaks. */
    RunFixture broken(String packageName, String capability, String rule, String root, String problem) {
        broken.add(new HashMap<>(Map.of("run_id", runId, "ecosystem", "cargo", "package", packageName, "version", "1.0.0",
                "capability", capability, "rule", rule, "class", "distro", "root", root, "problem", problem, "depth", 1L)));
        return this;
    }

    RunFixture missingCrate(String packageName, String capability, String crate, String requirement) {
        requires.add(new HashMap<>(Map.of("run_id", runId, "ecosystem", "cargo", "package", packageName, "version", "1.0.0",
                "capability", capability, "required_capability", "crate(" + crate + ")", "version_requirement", requirement,
                "kind", "normal", "weak", false, "foreign_target", false)));
        requires.get(requires.size() - 1).putAll(Map.of("satisfied", false, "status", "missing-crate"));
        return this;
    }

    void writeTo(Path reports) throws IOException {
        Path run = reports.resolve("runs").resolve(runId);
        write(ReportTables.DELTA, run, delta);
        write(ReportTables.BROKEN, run, broken);
        write(ReportTables.REQUIRES, run, requires);
        Files.writeString(reports.resolve("LATEST"), runId + "\n");
    }

    private static void write(TableSpec table, Path run, List<Map<String, Object>> rows) throws IOException {
        Files.createDirectories(run.resolve(table.name()));
        new ParquetTableWriter().write(table, run.resolve(table.name()).resolve("part-00000.parquet").toString(), rows);
    }
}
