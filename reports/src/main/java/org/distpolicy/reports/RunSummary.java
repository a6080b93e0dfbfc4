package org.distpolicy.reports;

import java.util.List;
import java.util.Map;

/**
 * The small aggregates a run's summary page shows; computed by the job, rendered here.
 *
 * @param artifactsByKind   artifact kind → count
 * @param artifactsByStatus inventory status → count
 * @param ruleCounts        one entry per rule that fired, most severe and most frequent first
 * @param wanted            the most wanted missing crates, Go modules and version lines, most wanted first
 * @param topPackages       the packages with the most open findings, most errors first
 * @param examples          rule id → a few of its findings
 * @param changes           what changed since the previous complete run
 * @param trend             the last runs, oldest first, this one last
 */
public record RunSummary(
        String runId,
        String archive,
        long artifacts,
        Map<String, Long> artifactsByKind,
        Map<String, Long> artifactsByStatus,
        List<RuleCount> ruleCounts,
        List<Wanted> wanted,
        List<PackageCount> topPackages,
        Map<String, List<Example>> examples,
        Changes changes,
        List<TrendPoint> trend) {

    /** One night of the trend: open findings, and what was new and fixed that night. */
    public record TrendPoint(String runId, long open, long added, long fixed) {
    }

    /** Counts of the delta, and the first new and fixed findings (rule, then example). */
    public record Changes(long added, long fixed, long persisting, List<Change> newFindings, List<Change> fixedFindings) {
    }

    public record Change(String rule, String severity, Example finding) {
    }

    public record RuleCount(String rule, String severity, long count) {
    }

    public record Wanted(String ecosystem, String packageName, String versionReq, long capabilities, long packages) {
    }

    /** Open findings of one package (all its versions) by severity. */
    public record PackageCount(String ecosystem, String packageName, long errors, long warnings, long infos) {
        public long total() {
            return errors + warnings + infos;
        }
    }

    public record Example(String packageName, String version, String subject, String message) {
    }
}
