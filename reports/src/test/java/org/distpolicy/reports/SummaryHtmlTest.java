package org.distpolicy.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryHtmlTest {
    private static RunSummary summary(List<RunSummary.TrendPoint> trend, String message) {
        return new RunSummary("20261122T031500Z", "file:/archive", 3, Map.of("crate", 3L), Map.of("ok", 3L),
                List.of(new RunSummary.RuleCount("cargo/missing-crate", "error", 2)),
                List.of(new RunSummary.Wanted("go", "k8s.io/apimachinery", "*", 45, 3)),
                List.of(new RunSummary.PackageCount("cargo", "app", 2, 1, 0), new RunSummary.PackageCount("go", "<evil>", 0, 0, 4)),
                Map.of(),
                new RunSummary.Changes(1, 1, 1,
                        List.of(new RunSummary.Change("cargo/missing-crate", "error", new RunSummary.Example("app", "1.0.0", null, message))),
                        List.of(new RunSummary.Change("cargo/missing-crate", "error", new RunSummary.Example("tool", null, null, "gone")))),
                trend);
    }

    @Test
    void aSelfContainedPageWithWhatChangedFirstAndTheTrendAsInlineSvg() {
        List<RunSummary.TrendPoint> trend = List.of(new RunSummary.TrendPoint("20261120T031500Z", 5, 5, 0),
                new RunSummary.TrendPoint("20261121T031500Z", 3, 0, 2), new RunSummary.TrendPoint("20261122T031500Z", 3, 1, 1));
        String html = SummaryHtml.render(summary(trend, "needs serde"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.indexOf("Since the previous run") < html.indexOf("<h2>Trend") && html.indexOf("<h2>Trend") < html.indexOf("Findings by rule"));
        assertTrue(html.contains("<p>1 new, 1 fixed, 1 persisting.</p>"), html);
        assertEquals(3, html.split("class=\"new\"", -1).length - 1, "one bar of new findings per run");
        assertTrue(html.contains("<polyline class=\"open\""), html);
        assertTrue(html.contains("<title>20261121T031500Z: 2 fixed</title>"), html);
        assertTrue(html.contains("<code>k8s.io/apimachinery</code>"));
        assertTrue(html.contains("<td><code>app</code></td><td class=\"n error\">2</td><td class=\"n warning\">1</td>"
                + "<td class=\"n info\">0</td><td class=\"n\">3</td>"), html);
        assertTrue(html.indexOf("<code>app</code>") < html.indexOf("<code>&lt;evil&gt;</code>"), "in the order given: errors first");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"), "nothing fetched");
        assertFalse(html.contains("<script"), "no script");
    }

    @Test
    void untrustedTextIsEscapedAndAnEmptyHistoryIsSaid() {
        String html = SummaryHtml.render(summary(List.of(), "<script>alert(1)</script> & \"quotes\""));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), html);
        assertTrue(html.contains("No runs yet."));
    }
}
