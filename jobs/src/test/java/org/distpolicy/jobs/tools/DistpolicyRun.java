package org.distpolicy.jobs.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.distpolicy.reports.ParquetTableReader;

/**
 * What one distpolicy run says about the archive: every root it knows (from {@code provides/}),
 * the broken ones with their root cause (from {@code broken/}), and the requirement edges (from
 * {@code requires/}) that explain a disagreement.
 */
final class DistpolicyRun {
    /** The distpolicy side of one broken capability. */
    record Broken(String rule, String distroClass, String root, String problem) {
    }

    /** One requirement edge, as much of it as the classifier needs. */
    record Edge(String requiredCapability, String versionRequirement, String kind, boolean weak,
                boolean foreignTarget, String status) {
        boolean satisfied() {
            return status.equals("satisfied");
        }

        String requiredCrate() {
            String inner = requiredCapability.substring("crate(".length(), requiredCapability.length() - 1);
            int slash = inner.indexOf('/');
            return slash < 0 ? inner : inner.substring(0, slash);
        }
    }

    final List<Root> roots = new ArrayList<>();
    final Map<Root, Broken> broken = new HashMap<>();
    /** "crate version" → every edge any capability of that crate version has. */
    final Map<String, List<Edge>> edgesByPackage = new HashMap<>();

    static DistpolicyRun read(Path runDirectory) throws IOException {
        ParquetTableReader reader = new ParquetTableReader();
        DistpolicyRun run = new DistpolicyRun();
        for (Map<String, Object> row : reader.read(runDirectory.resolve("provides").toString())) {
            run.roots.add(root(row));
        }
        for (Map<String, Object> row : reader.read(runDirectory.resolve("broken").toString())) {
            run.broken.put(root(row), new Broken((String) row.get("rule"), (String) row.get("class"),
                    (String) row.get("root"), (String) row.get("problem")));
        }
        for (Map<String, Object> row : reader.read(runDirectory.resolve("requires").toString())) {
            Edge edge = new Edge((String) row.get("required_capability"), (String) row.get("version_requirement"),
                    (String) row.get("kind"), (Boolean) row.get("weak"), (Boolean) row.get("foreign_target"),
                    (String) row.get("status"));
            run.edgesByPackage.computeIfAbsent(row.get("package") + " " + row.get("version"), k -> new ArrayList<>()).add(edge);
        }
        return run;
    }

    List<Edge> edgesOf(String crate, String version) {
        return edgesByPackage.getOrDefault(crate + " " + version, List.of());
    }

    private static Root root(Map<String, Object> row) {
        return new Root((String) row.get("package"), (String) row.get("version"), (String) row.get("capability"));
    }
}
