package org.distpolicy.jobs.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the per-root TSV, cargo's full error text for every disagreement, and the summary. */
final class AgreementReport {
    private AgreementReport() {
    }

    static void write(Path out, List<Comparison> comparisons, String header) throws IOException {
        Files.createDirectories(out);
        List<Comparison> sorted = new ArrayList<>(comparisons);
        sorted.sort(Comparator.comparing(Comparison::root));
        writeTsv(out.resolve("agreement.tsv"), sorted);
        writeCargoErrors(out.resolve("disagreements"), sorted);
        Files.writeString(out.resolve("summary.md"), summary(sorted, header), StandardCharsets.UTF_8);
    }

    private static void writeTsv(Path file, List<Comparison> comparisons) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("crate\tversion\tcapability\tdistpolicy\tcargo\tagree\tcargo_error\tdistpolicy_rule\tdistpolicy_root\tdisagreement_class");
            for (Comparison c : comparisons) {
                w.println(String.join("\t", c.root().crate(), c.root().version(), c.root().capability(),
                        c.distpolicyInstallable() ? "installable" : "broken",
                        c.cargo().outcome().name().toLowerCase(),
                        c.agree() ? "yes" : "no",
                        tsv(c.cargo().firstErrorLine()),
                        c.distpolicyInstallable() ? "" : tsv(c.distpolicyBroken().rule()),
                        c.distpolicyInstallable() ? "" : tsv(c.distpolicyBroken().root()),
                        c.agree() ? "" : tsv(c.disagreement().disagreementClass())));
            }
        }
    }

    /** cargo's whole stderr for each disagreement: the TSV's first line rarely says why. */
    private static void writeCargoErrors(Path dir, List<Comparison> comparisons) throws IOException {
        Files.createDirectories(dir);
        for (Comparison c : comparisons) {
            if (!c.agree() && !c.cargo().installable()) {
                String name = (c.root().crate() + "-" + c.root().version() + "-" + c.root().capability())
                        .replaceAll("[^A-Za-z0-9._+-]", "_") + ".txt";
                Files.writeString(dir.resolve(name), c.cargo().errorText(), StandardCharsets.UTF_8);
            }
        }
    }

    static String summary(List<Comparison> comparisons, String header) {
        long total = comparisons.size();
        long agree = comparisons.stream().filter(Comparison::agree).count();
        StringBuilder s = new StringBuilder("# distpolicy vs cargo: agreement on crate roots\n\n").append(header).append("\n\n");
        s.append(String.format("Roots compared: %d. Agree: %d (%.2f %%). Disagree: %d.%n%n", total, agree, percent(agree, total), total - agree));
        s.append("| distpolicy \\ cargo | installable | failed | timeout |\n|---|---:|---:|---:|\n");
        for (boolean dpInstallable : new boolean[] {true, false}) {
            s.append("| ").append(dpInstallable ? "installable" : "broken");
            for (CargoVerdict.Outcome outcome : CargoVerdict.Outcome.values()) {
                s.append(" | ").append(comparisons.stream()
                        .filter(c -> c.distpolicyInstallable() == dpInstallable && c.cargo().outcome() == outcome).count());
            }
            s.append(" |\n");
        }
        s.append("\n## Disagreement classes\n\n");
        Map<String, List<Comparison>> byClass = new LinkedHashMap<>();
        comparisons.stream().filter(c -> !c.agree())
                .forEach(c -> byClass.computeIfAbsent(c.disagreement().disagreementClass(), k -> new ArrayList<>()).add(c));
        if (byClass.isEmpty()) {
            s.append("None.\n");
        }
        byClass.entrySet().stream()
                .sorted(Map.Entry.<String, List<Comparison>>comparingByValue(Comparator.comparingInt(List::size)).reversed())
                .forEach(e -> {
                    Comparison example = e.getValue().get(0);
                    s.append("### ").append(e.getKey()).append(" — ").append(e.getValue().size()).append("\n\n");
                    s.append("Example: `").append(example.root()).append("` (distpolicy: ")
                            .append(example.distpolicyInstallable() ? "installable" : "broken")
                            .append(", cargo: ").append(example.cargo().outcome().name().toLowerCase()).append(")  \n");
                    s.append(example.disagreement().reason().replace("|", "\\|")).append("\n\n");
                    long crates = e.getValue().stream().map(c -> c.root().crate() + " " + c.root().version()).distinct().count();
                    s.append("Distinct crate versions: ").append(crates).append(".\n\n");
                });
        return s.toString();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String tsv(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
