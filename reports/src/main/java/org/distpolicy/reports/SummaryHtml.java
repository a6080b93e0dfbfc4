package org.distpolicy.reports;

import java.util.List;
import java.util.Locale;
import org.distpolicy.rules.Rule;
import org.distpolicy.rules.RuleCatalogue;

/**
 * Renders a run's summary.html: one self-contained page (inline CSS and SVG, no script, nothing
 * fetched) that a browser shows offline. What changed comes first, then the trend, then counts.
 */
public final class SummaryHtml {
    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 160;
    private static final int MARGIN = 30;

    private SummaryHtml() {
    }

    public static String render(RunSummary summary) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>distpolicy run %s</title>
                <style>
                body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}
                table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left}
                td.n{text-align:right}.error{color:#b00}.warning{color:#a60}.info{color:#555}
                </style></head><body>
                """.formatted(escape(summary.runId())));
        long open = summary.ruleCounts().stream().mapToLong(RunSummary.RuleCount::count).sum();
        html.append("<h1>distpolicy run ").append(escape(summary.runId())).append("</h1>\n<p>Archive <code>")
                .append(escape(summary.archive())).append("</code>: ").append(summary.artifacts()).append(" artifacts, ")
                .append(open).append(" open findings.</p>\n");

        RunSummary.Changes changes = summary.changes();
        html.append("<h2>Since the previous run</h2>\n<p>").append(changes.added()).append(" new, ").append(changes.fixed())
                .append(" fixed, ").append(changes.persisting()).append(" persisting.</p>\n");
        changes(html, "New", changes.newFindings(), changes.added());
        changes(html, "Fixed", changes.fixedFindings(), changes.fixed());

        html.append("<h2>Trend</h2>\n").append(trendChart(summary.trend()));

        html.append("<h2>Findings by rule</h2>\n<table><tr><th>rule</th><th>severity</th><th>findings</th><th>what</th></tr>\n");
        for (RunSummary.RuleCount count : summary.ruleCounts()) {
            String what = RuleCatalogue.find(count.rule()).map(Rule::summary).orElse("");
            html.append("<tr><td><code>").append(escape(count.rule())).append("</code></td><td class=\"").append(escape(count.severity()))
                    .append("\">").append(escape(count.severity())).append("</td><td class=\"n\">").append(count.count())
                    .append("</td><td>").append(escape(what)).append("</td></tr>\n");
        }
        html.append("</table>\n");

        if (!summary.wanted().isEmpty()) {
            html.append("<h2>Most wanted</h2>\n<table><tr><th>ecosystem</th><th>package</th><th>requirement</th>")
                    .append("<th>broken capabilities</th><th>package versions</th></tr>\n");
            for (RunSummary.Wanted wanted : summary.wanted()) {
                html.append("<tr><td>").append(escape(wanted.ecosystem())).append("</td><td><code>").append(escape(wanted.packageName()))
                        .append("</code></td><td><code>").append(escape(wanted.versionReq())).append("</code></td><td class=\"n\">")
                        .append(wanted.capabilities()).append("</td><td class=\"n\">").append(wanted.packages()).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!summary.topPackages().isEmpty()) {
            html.append("<h2>Top packages by findings</h2>\n<table><tr><th>ecosystem</th><th>package</th><th>errors</th>")
                    .append("<th>warnings</th><th>info</th><th>total</th></tr>\n");
            for (RunSummary.PackageCount count : summary.topPackages()) {
                html.append("<tr><td>").append(escape(count.ecosystem())).append("</td><td><code>").append(escape(count.packageName()))
                        .append("</code></td><td class=\"n error\">").append(count.errors()).append("</td><td class=\"n warning\">")
                        .append(count.warnings()).append("</td><td class=\"n info\">").append(count.infos()).append("</td><td class=\"n\">")
                        .append(count.total()).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void changes(StringBuilder html, String title, List<RunSummary.Change> shown, long total) {
        if (shown.isEmpty()) {
            return;
        }
        html.append("<h3>").append(title).append("</h3>\n<table><tr><th>rule</th><th>severity</th><th>package</th><th>version</th><th>message</th></tr>\n");
        for (RunSummary.Change change : shown) {
            RunSummary.Example f = change.finding();
            html.append("<tr><td><code>").append(escape(change.rule())).append("</code></td><td class=\"").append(escape(change.severity()))
                    .append("\">").append(escape(change.severity())).append("</td><td>").append(escape(f.packageName())).append("</td><td>")
                    .append(escape(f.version())).append("</td><td>").append(escape(f.message())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (total > shown.size()) {
            html.append("<p>and ").append(total - shown.size()).append(" more in <code>delta/</code>.</p>\n");
        }
    }

    /** Open findings as a line, new (up) and fixed (down) as bars, one column per run, oldest left. */
    static String trendChart(List<RunSummary.TrendPoint> trend) {
        if (trend.isEmpty()) {
            return "<p>No runs yet.</p>\n";
        }
        long max = Math.max(1, trend.stream().mapToLong(p -> Math.max(p.open(), Math.max(p.added(), p.fixed()))).max().orElse(1));
        double step = (double) (CHART_WIDTH - 2 * MARGIN) / Math.max(1, trend.size());
        double mid = CHART_HEIGHT - MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
                + "aria-label=\"open, new and fixed findings per run\">\n", CHART_WIDTH, CHART_HEIGHT + MARGIN));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>\n",
                MARGIN, mid, CHART_WIDTH - MARGIN, mid));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            RunSummary.TrendPoint p = trend.get(i);
            double x = MARGIN + step * i + step / 2;
            double scale = (CHART_HEIGHT - 2.0 * MARGIN) / max;
            svg.append(String.format(Locale.ROOT, "<rect class=\"new\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#c33\"><title>%s: %d new</title></rect>\n",
                    x - step / 4, mid - p.added() * scale, step / 4, p.added() * scale, escape(p.runId()), p.added()));
            svg.append(String.format(Locale.ROOT, "<rect class=\"fixed\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3a3\"><title>%s: %d fixed</title></rect>\n",
                    x, mid, step / 4, Math.min(MARGIN, p.fixed() * scale), escape(p.runId()), p.fixed()));
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, mid - p.open() * scale));
        }
        svg.append("<polyline class=\"open\" fill=\"none\" stroke=\"#36c\" stroke-width=\"2\" points=\"").append(line.toString().trim()).append("\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">open (line, max %d), new (red), fixed (green) over the last %d runs</text>\n",
                MARGIN, CHART_HEIGHT + MARGIN / 2, max, trend.size()));
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
