package org.distpolicy.reports;

import static org.distpolicy.reports.SummaryMarkdown.cell;
import static org.distpolicy.reports.SummaryMarkdown.code;
import static org.distpolicy.reports.SummaryMarkdown.orEmpty;

import java.util.List;

/** Renders gate.md: the verdict a release manager pastes into a ticket. */
public final class GateMarkdown {
    private static final int CHANGES_SHOWN = 20;

    private GateMarkdown() {
    }

    public static String render(GateVerdict v) {
        StringBuilder md = new StringBuilder();
        md.append("## Release gate ").append(v.gateId()).append(": ")
                .append(v.passed() ? "PASSED" : "FAILED (" + v.blockingFindings() + " blocking " + (v.blockingFindings() == 1 ? "finding" : "findings") + ")")
                .append("\n\n");
        md.append("Baseline `").append(code(v.baseline())).append("`, candidate `").append(code(v.candidate())).append("`");
        if (v.whatIf() != null) {
            md.append(", judged with ").append(v.whatIf()).append(" (what-if)");
        }
        md.append("; blocking at ").append(v.blockingSeverity()).append(" and above.\n\n");
        md.append("Changes (").append(v.changes().size()).append("): ");
        List<String> shown = v.changes().subList(0, Math.min(CHANGES_SHOWN, v.changes().size()));
        md.append(shown.isEmpty() ? "none" : String.join("; ", shown.stream().map(SummaryMarkdown::cell).toList()));
        if (v.changes().size() > shown.size()) {
            md.append("; and ").append(v.changes().size() - shown.size()).append(" more");
        }
        md.append(".\n\n");
        md.append(v.newFindings()).append(" new findings (").append(v.blockingFindings()).append(" blocking), ")
                .append(v.fixedFindings()).append(" fixed, ").append(v.persistingFindings()).append(" persisting (persisting ones never block).\n\n");
        table(md, "Blocking", "caused by", v.blocking(), v.blockingFindings());
        table(md, "Fixed", "fixed by", v.fixed(), v.fixedFindings());
        if (!v.retirable().isEmpty()) {
            md.append("### Old semver lines nothing needs any more\n\n");
            v.retirable().forEach(l -> md.append("- ").append(cell(l.packageName())).append(' ').append(cell(orEmpty(l.version())))
                    .append(": ").append(cell(l.message())).append('\n'));
            md.append('\n');
        }
        md.append("Details: the `gate/` table (status, blocking, blame for every finding).\n");
        return md.toString();
    }

    private static void table(StringBuilder md, String title, String blameHeader, List<GateVerdict.Line> lines, long total) {
        if (lines.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n| rule | severity | package | version | ").append(blameHeader)
                .append(" | message |\n|---|---|---|---|---|---|\n");
        for (GateVerdict.Line l : lines) {
            md.append("| `").append(l.rule()).append("` | ").append(l.severity()).append(" | ").append(cell(orEmpty(l.packageName())))
                    .append(" | ").append(cell(orEmpty(l.version()))).append(" | ").append(cell(l.blame() == null ? "(unexplained)" : l.blame()))
                    .append(" | ").append(cell(l.message())).append(" |\n");
        }
        if (total > lines.size()) {
            md.append("\nand ").append(total - lines.size()).append(" more in `gate/`.\n");
        }
        md.append('\n');
    }
}
