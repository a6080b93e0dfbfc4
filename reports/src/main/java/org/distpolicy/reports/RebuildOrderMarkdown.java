package org.distpolicy.reports;

import static org.distpolicy.reports.SummaryMarkdown.cell;
import static org.distpolicy.reports.SummaryMarkdown.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders rebuild-order.md: the waves to rebuild in, one line of packages per wave, and the cycles' bootstraps. */
public final class RebuildOrderMarkdown {
    private RebuildOrderMarkdown() {
    }

    public static String render(RebuildOrder order) {
        Map<Integer, List<String>> waves = new TreeMap<>();
        for (RebuildOrder.Step s : order.steps()) {
            String what = s.packageName() + (s.version() == null ? "" : " " + s.version());
            List<String> notes = new ArrayList<>();
            if (s.build().equals("bootstrap")) {
                notes.add("bootstrap without " + s.droppedFeatures());
            } else if (s.build().equals("final")) {
                notes.add("final, every feature");
            }
            if (s.cycleId() != null) {
                notes.add(s.cycleId());
            }
            waves.computeIfAbsent(s.wave(), w -> new ArrayList<>()).add(cell(what + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")")));
        }
        StringBuilder md = new StringBuilder();
        md.append("# Rebuild order ").append(order.id()).append("\n\n");
        md.append("Source `").append(code(order.source())).append("`");
        if (order.changed() != null) {
            md.append(", reverse dependencies of ").append(cell(order.changed()));
        }
        md.append(": ").append(order.steps().size()).append(" builds in ").append(waves.size()).append(" waves, ")
                .append(order.cycles().size()).append(" cycles. Each wave needs only what earlier waves built.\n\n");
        if (!order.cycles().isEmpty()) {
            md.append("## Cycles\n\n");
            order.cycles().forEach(c -> md.append("- ").append(c.id()).append(": ").append(cell(c.message())).append('\n'));
            md.append('\n');
        }
        md.append("## Waves\n\n");
        waves.forEach((wave, builds) -> md.append("- wave ").append(wave).append(" (").append(builds.size()).append("): ")
                .append(String.join(", ", builds)).append('\n'));
        return md.toString();
    }
}
