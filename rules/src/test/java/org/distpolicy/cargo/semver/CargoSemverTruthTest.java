package org.distpolicy.cargo.semver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement with the real crate: shared/testdata/cargo-semver-truth.tsv holds requirement,
 * version and what semver 1.x answers: true, false, or "ERR " and the requirement's parse error.
 * Every row must agree; a failure lists every row that does not.
 */
class CargoSemverTruthTest {
    private static final String FILE = "cargo-semver-truth.tsv";

    private record Row(int line, String requirement, String version, String verdict) {
        @Override
        public String toString() {
            return "line " + line + ": [" + requirement + "] [" + version + "]";
        }
    }

    private static List<Row> rows;

    @BeforeAll
    static void readTruthTable() throws IOException {
        Path table = locateTruthTable();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        List<Row> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] columns = lines.get(i).split("\t", -1);
            if (columns.length != 3) {
                fail(table + " line " + (i + 1) + " has " + columns.length + " columns, not 3: " + lines.get(i));
            }
            read.add(new Row(i + 1, columns[0], columns[1], columns[2]));
        }
        assertFalse(read.isEmpty(), table + " has no rows");
        rows = read;
    }

    /**
     * shared/ sits beside the repository root: two levels up from this module in a worktree or a
     * CI clone, one level up if shared/ is inside the repository.
     */
    private static Path locateTruthTable() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        List<Path> candidates = List.of(
                module.resolve(Path.of("..", "..", "shared", "testdata", FILE)).normalize(),
                module.resolve(Path.of("..", "shared", "testdata", FILE)).normalize());
        return candidates.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new AssertionError("cargo semver truth table not found; looked at " + candidates));
    }

    @Test
    void everyRowAgreesWithTheCrate() {
        List<String> disagreements = new ArrayList<>();
        for (Row row : rows) {
            String actual = verdict(row);
            if (!actual.equals(row.verdict())) {
                disagreements.add(row + " expected " + row.verdict() + ", got " + actual);
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " of " + rows.size()
                + " rows disagree with the crate:\n" + String.join("\n", disagreements));
    }

    @Test
    void everyRequirementReadsBackFromItsDisplay() throws SemverException {
        Set<String> requirements = rows.stream()
                .filter(row -> !row.verdict().startsWith("ERR "))
                .map(Row::requirement)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertFalse(requirements.isEmpty());
        for (String text : requirements) {
            VersionReq req = VersionReq.parse(text);
            assertEquals(req, VersionReq.parse(req.toString()), text);
        }
    }

    /** ERR rows carry a placeholder version ("*"), so the requirement is read first. */
    private static String verdict(Row row) {
        VersionReq req;
        try {
            req = VersionReq.parse(row.requirement());
        } catch (SemverException e) {
            return "ERR " + e.getMessage();
        }
        try {
            return String.valueOf(req.matches(CargoVersion.parse(row.version())));
        } catch (SemverException e) {
            return "version does not parse: " + e.getMessage();
        }
    }
}
