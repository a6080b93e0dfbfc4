package org.distpolicy.reports;

import java.util.List;
import java.util.Map;
import org.distpolicy.rules.Rule;
import org.distpolicy.rules.RuleCatalogue;

/** Renders a run's summary.md: what a QA engineer reads first. */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    private static void changes(StringBuilder md, String title, List<RunSummary.Change> shown, long total) {
        if (shown.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n| rule | severity | package | version | message |\n|---|---|---|---|---|\n");
        for (RunSummary.Change change : shown) {
            RunSummary.Example f = change.finding();
            md.append("| `").append(change.rule()).append("` | ").append(change.severity()).append(" | ").append(cell(orEmpty(f.packageName())))
                    .append(" | ").append(cell(orEmpty(f.version()))).append(" | ").append(cell(f.message())).append(" |\n");
        }
        if (total > shown.size()) {
            md.append("\nand ").append(total - shown.size()).append(" more in `delta/`.\n");
        }
        md.append('\n');
    }

    public static String render(RunSummary summary) {
        StringBuilder md = new StringBuilder();
        md.append("# distpolicy run ").append(summary.runId()).append("\n\n");
        md.append("Archive: `").append(code(summary.archive())).append("`  \n");
        long findings = summary.ruleCounts().stream().mapToLong(RunSummary.RuleCount::count).sum();
        md.append(summary.artifacts()).append(" artifacts, ").append(findings).append(" findings.\n\n");

        RunSummary.Changes changes = summary.changes();
        md.append("## Since the previous run\n\n").append(changes.added()).append(" new, ").append(changes.fixed())
                .append(" fixed, ").append(changes.persisting()).append(" persisting.\n\n");
        changes(md, "New", changes.newFindings(), changes.added());
        changes(md, "Fixed", changes.fixedFindings(), changes.fixed());

        md.append("## Findings by rule\n\n");
        if (summary.ruleCounts().isEmpty()) {
            md.append("No findings.\n\n");
        } else {
            md.append("| rule | severity | findings | what |\n|---|---|---:|---|\n");
            for (RunSummary.RuleCount count : summary.ruleCounts()) {
                String what = RuleCatalogue.find(count.rule()).map(Rule::summary).orElse("");
                md.append("| `").append(count.rule()).append("` | ").append(count.severity()).append(" | ")
                        .append(count.count()).append(" | ").append(cell(what)).append(" |\n");
            }
            md.append('\n');
        }

        if (!summary.wanted().isEmpty()) {
            md.append("## Most wanted\n\nPackaging these would unbreak the most (transitively):\n\n");
            md.append("| ecosystem | package | requirement | broken capabilities | package versions |\n|---|---|---|---:|---:|\n");
            for (RunSummary.Wanted wanted : summary.wanted()) {
                md.append("| ").append(wanted.ecosystem()).append(" | `").append(code(wanted.packageName())).append("` | `").append(code(wanted.versionReq())).append("` | ")
                        .append(wanted.capabilities()).append(" | ").append(wanted.packages()).append(" |\n");
            }
            md.append('\n');
        }

        if (!summary.topPackages().isEmpty()) {
            md.append("## Top packages by findings\n\nOpen findings per package (all its versions), most errors first:\n\n");
            md.append("| ecosystem | package | errors | warnings | info | total |\n|---|---|---:|---:|---:|---:|\n");
            for (RunSummary.PackageCount count : summary.topPackages()) {
                md.append("| ").append(cell(orEmpty(count.ecosystem()))).append(" | `").append(cell(code(count.packageName()))).append("` | ")
                        .append(count.errors()).append(" | ").append(count.warnings()).append(" | ").append(count.infos()).append(" | ")
                        .append(count.total()).append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Inventory\n\n| kind | artifacts |\n|---|---:|\n");
        table(md, summary.artifactsByKind());
        md.append("\n| status | artifacts |\n|---|---:|\n");
        table(md, summary.artifactsByStatus());
        md.append('\n');

        if (!summary.examples().isEmpty()) {
            md.append("## Examples\n");
            for (Map.Entry<String, List<RunSummary.Example>> rule : summary.examples().entrySet()) {
                md.append("\n### `").append(rule.getKey()).append("`\n\n");
                for (RunSummary.Example example : rule.getValue()) {
                    md.append("- ");
                    if (example.packageName() != null) {
                        md.append('`').append(code(example.packageName()));
                        if (example.version() != null) {
                            md.append(' ').append(code(example.version()));
                        }
                        md.append("`: ");
                    }
                    md.append(text(example.message())).append('\n');
                }
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Map<String, Long> counts) {
        counts.forEach((key, value) -> md.append("| ").append(cell(key)).append(" | ").append(value).append(" |\n"));
    }

    /** Archive content is untrusted: keep it from breaking out of table cells and code spans. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String cell(String text) {
        return text(text).replace("|", "\\|");
    }

    private static String text(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").replace("<", "&lt;");
    }

    static String code(String text) {
        return text(text).replace("`", "'");
    }
}
