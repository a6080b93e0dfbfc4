package org.distpolicy.reports.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A digest arranged for reading and cut to a bounded size: per package, one group per problem,
 * where every broken-transitively finding of the package that shares a root cause (and a notice)
 * joins one group under that cause instead of being listed once per feature, and the fixed
 * findings of one rule make one group. Packages and groups
 * past the limits are left out and counted; only what is shown is recorded in the ledger, so the
 * rest comes in a later digest.
 */
public record DigestLayout(Digest digest, Limits limits, List<PackageSection> sections, int omittedFindings, int omittedPackages) {

    /** How much one mail shows. */
    public record Limits(int packages, int groupsPerPackage, int namesPerGroup) {
        public static final Limits DEFAULT = new Limits(40, 15, 8);
    }

    /** The findings of one package version. */
    public record PackageSection(String packageName, String version, List<Group> groups) {
    }

    /** Findings with one notice that one fix makes go away (a single finding, or those sharing a root cause), or that one rule no longer finds. */
    public record Group(Notice notice, RootCause rootCause, List<RunFinding> findings) {
        public RunFinding first() {
            return findings.get(0);
        }
    }

    public static DigestLayout of(Digest digest, Limits limits) {
        Map<String, Map<String, Group>> packages = new LinkedHashMap<>();
        Map<String, RunFinding> packageOf = new LinkedHashMap<>();
        for (Digest.Item item : digest.items()) {
            RunFinding finding = item.finding();
            String packageKey = finding.packageName() + "\u0000" + finding.version();
            packageOf.putIfAbsent(packageKey, finding);
            String groupKey = item.notice() + "\u0000" + (item.notice() == Notice.FIXED ? finding.rule()
                    : finding.rootCause() == null ? finding.fingerprint() : finding.rootCause().toString());
            packages.computeIfAbsent(packageKey, k -> new LinkedHashMap<>())
                    .computeIfAbsent(groupKey, k -> new Group(item.notice(), finding.rootCause(), new ArrayList<>()))
                    .findings().add(finding);
        }
        List<PackageSection> sections = new ArrayList<>();
        int omittedFindings = 0;
        int omittedPackages = 0;
        for (Map.Entry<String, Map<String, Group>> entry : packages.entrySet()) {
            List<Group> groups = List.copyOf(entry.getValue().values());
            if (sections.size() >= limits.packages()) {
                omittedPackages++;
                omittedFindings += groups.stream().mapToInt(g -> g.findings().size()).sum();
                continue;
            }
            List<Group> shown = groups.subList(0, Math.min(groups.size(), limits.groupsPerPackage()));
            omittedFindings += groups.subList(shown.size(), groups.size()).stream().mapToInt(g -> g.findings().size()).sum();
            RunFinding first = packageOf.get(entry.getKey());
            sections.add(new PackageSection(first.packageName(), first.version(), List.copyOf(shown)));
        }
        return new DigestLayout(digest, limits, List.copyOf(sections), omittedFindings, omittedPackages);
    }

    /** The items the mail shows, each with its notice: what the ledger records once the mail is accepted. */
    public List<Digest.Item> shownItems() {
        List<Digest.Item> shown = new ArrayList<>();
        for (PackageSection section : sections) {
            for (Group group : section.groups()) {
                group.findings().forEach(f -> shown.add(new Digest.Item(group.notice(), f)));
            }
        }
        return shown;
    }

    /** Packages shown, for the mail's thread references. */
    public List<String> packageNames() {
        return sections.stream().map(s -> Objects.toString(s.packageName(), "")).distinct().toList();
    }
}
