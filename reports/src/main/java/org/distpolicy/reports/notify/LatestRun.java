package org.distpolicy.reports.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.distpolicy.reports.ParquetTableReader;

/**
 * The newest complete run of a reports directory (the one {@code LATEST} names) as notify needs it:
 * its open findings from {@code delta}, each with the root cause the {@code broken} table gives its
 * capability and the advice {@link Advice} derives from the {@code requires} table.
 */
public record LatestRun(String runId, String runPath, List<RunFinding> findings) {

    public static LatestRun read(String reportsDir, Configuration conf) throws IOException {
        Path reports = new Path(reportsDir);
        FileSystem fs = reports.getFileSystem(conf);
        Path latest = new Path(reports, "LATEST");
        if (!fs.exists(latest)) {
            throw new IOException("no complete run in " + reportsDir + " (no LATEST); run `distpolicy nightly` first");
        }
        String runId;
        try (InputStream in = fs.open(latest)) {
            runId = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        Path run = fs.makeQualified(new Path(reports, "runs/" + runId));
        ParquetTableReader reader = new ParquetTableReader(conf);
        Map<String, RootCause> roots = new HashMap<>();
        for (Map<String, Object> row : reader.read(new Path(run, "broken").toString())) {
            roots.put(Advice.key(row.get("package"), row.get("version"), row.get("capability")),
                    new RootCause((String) row.get("rule"), (String) row.get("root"), (String) row.get("problem")));
        }
        Advice advice = new Advice(reader.read(new Path(run, "requires").toString()));
        List<RunFinding> findings = new ArrayList<>();
        for (Map<String, Object> row : reader.read(new Path(run, "delta").toString())) {
            if (!"fixed".equals(row.get("status"))) {
                findings.add(finding(row, roots, advice));
            }
        }
        return new LatestRun(runId, run.toString(), findings);
    }

    private static RunFinding finding(Map<String, Object> row, Map<String, RootCause> roots, Advice advice) {
        String rule = (String) row.get("rule");
        String packageName = (String) row.get("package");
        String version = (String) row.get("version");
        String subject = (String) row.get("subject");
        RootCause root = rule.endsWith("/broken-transitively")
                ? roots.get(Advice.key(packageName, version, Advice.capability((String) row.get("ecosystem"), packageName, subject)))
                : null;
        return new RunFinding((String) row.get("fingerprint"), rule, (String) row.get("severity"), packageName, version, subject,
                (String) row.get("message"), (String) row.get("maintainer"), Boolean.TRUE.equals(row.get("waived")),
                (String) row.get("first_seen"), root, advice.of(rule, (String) row.get("ecosystem"), packageName, version, subject, (String) row.get("message"), root));
    }
}
