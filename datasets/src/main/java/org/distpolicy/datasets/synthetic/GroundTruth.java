package org.distpolicy.datasets.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings a generated archive must produce, one row each (a rule can find the same
 * package and subject twice, e.g. two missing dependencies of one crate: then the row appears
 * twice). Written as ground-truth.tsv: rule, package, version, subject, "-" for none.
 */
public final class GroundTruth {
    public static final String FILE_NAME = "ground-truth.tsv";
    public static final String HEADER = "rule\tpackage\tversion\tsubject";

    /** One expected finding; null fields are "none" (a tree without a version, a finding about the whole package). */
    public record Row(String rule, String packageName, String version, String subject) {
        public String tsv() {
            return String.join("\t", rule, dash(packageName), dash(version), dash(subject));
        }

        private static String dash(String value) {
            return value == null ? "-" : value;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String rule, String packageName, String version, String subject) {
        rows.add(new Row(rule, packageName, version, subject));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The rows as TSV lines, sorted, so the file is the same bytes for the same seed. */
    public List<String> lines() {
        return rows.stream().map(Row::tsv).sorted(Comparator.naturalOrder()).toList();
    }

    void write(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Findings distpolicy nightly must produce on this generated archive, and no others.\n# " + HEADER + "\n");
            for (String line : lines()) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    /** Reads a ground-truth.tsv back as its lines (comments dropped), sorted. */
    public static List<String> read(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.startsWith("#") && !l.isBlank()).sorted().toList();
        }
    }
}
