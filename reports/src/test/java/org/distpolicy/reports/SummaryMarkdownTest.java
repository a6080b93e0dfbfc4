package org.distpolicy.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryMarkdownTest {
    @Test
    void rendersCountsRuleSummariesAndExamples() {
        RunSummary summary = new RunSummary("20261122T031500Z", "file:/archive", 3,
                Map.of("crate", 2L, "unrecognized", 1L), Map.of("ok", 3L),
                List.of(new RunSummary.RuleCount("artifact/unrecognized", "info", 1)),
                List.of(new RunSummary.Wanted("cargo", "windows-sys", "^0.52", 40, 12)),
                List.of(new RunSummary.PackageCount("cargo", "app", 1, 0, 0), new RunSummary.PackageCount(null, "README", 0, 0, 1)),
                Map.of("artifact/unrecognized", List.of(new RunSummary.Example(null, null, null, "neither a crate nor a Go module: README"))),
                new RunSummary.Changes(1, 12, 0,
                        List.of(new RunSummary.Change("artifact/unrecognized", "info", new RunSummary.Example(null, null, null, "README"))),
                        List.of(new RunSummary.Change("cargo/missing-crate", "error", new RunSummary.Example("app", "1.0.0", null, "needs serde")))),
                List.of());
        String md = SummaryMarkdown.render(summary);
        assertTrue(md.contains("# distpolicy run 20261122T031500Z"));
        assertTrue(md.indexOf("## Since the previous run") < md.indexOf("## Findings by rule"), "what changed comes first");
        assertTrue(md.contains("1 new, 12 fixed, 0 persisting."), md);
        assertTrue(md.contains("| `cargo/missing-crate` | error | app | 1.0.0 | needs serde |"), md);
        assertTrue(md.contains("and 11 more in `delta/`."), md);
        assertTrue(md.contains("| `artifact/unrecognized` | info | 1 | a file in the archive that is neither a crate nor a Go module |"), md);
        assertTrue(md.contains("| crate | 2 |"));
        assertTrue(md.contains("- neither a crate nor a Go module: README"));
        assertTrue(md.contains("| cargo | `windows-sys` | `^0.52` | 40 | 12 |"), md);
        assertTrue(md.contains("## Top packages by findings"), md);
        assertTrue(md.contains("| cargo | `app` | 1 | 0 | 0 | 1 |\n|  | `README` | 0 | 0 | 1 | 1 |"), md);
    }

    @Test
    void untrustedTextCannotBreakTheTableOrInjectMarkup() {
        RunSummary summary = new RunSummary("r", "a", 1, Map.of(), Map.of(),
                List.of(new RunSummary.RuleCount("cargo/path-dependency", "error", 1)),
                List.of(),
                List.of(new RunSummary.PackageCount("cargo", "evil`name|x", 1, 0, 0)),
                Map.of("cargo/path-dependency", List.of(new RunSummary.Example("evil`name", "1.0", null,
                        "line one\n| forged | row |<script>alert(1)</script>"))),
                new RunSummary.Changes(1, 0, 0, List.of(new RunSummary.Change("cargo/path-dependency", "error",
                        new RunSummary.Example("x", "1", null, "| forged | row |<script>"))), List.of()),
                List.of());
        String md = SummaryMarkdown.render(summary);
        assertFalse(md.contains("<script>"), md);
        assertFalse(md.contains("\n| forged"), md);
        assertTrue(md.contains("`evil'name 1.0`"), md);
        assertTrue(md.contains("| cargo | `evil'name\\|x` | 1 |"), md);
    }
}
