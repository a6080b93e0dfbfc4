package org.distpolicy.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.distpolicy.rules.Finding;
import org.junit.jupiter.api.Test;

class UnusedCompatLinesTest {
    private static final Map<String, String> NOM = new TreeMap<>(Map.of(
            "5.1.2", "nom-5.1.2.crate", "5.1.3", "nom-5.1.3.crate", "7.1.3", "nom-7.1.3.crate", "0.4.2", "nom-0.4.2.crate"));

    @Test
    void anOldLineNothingRequiresIsReportedOnItsNewestVersion() {
        List<Finding> findings = UnusedCompatLines.of("nom", NOM, Set.of("7.1.3", "0.4.2"));
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("archive/unused-compat-version", finding.rule());
        assertEquals("5.1.3", finding.version());
        assertEquals("5", finding.subject());
        assertEquals("nom-5.1.3.crate", finding.artifact());
        assertEquals("nom 5.1.2, 5.1.3 (line 5) is required by no other archived package; the newest line is 7 (nom 7.1.3): "
                + "the old line can be retired", finding.message());
    }

    @Test
    void aLineOneVersionOfWhichIsRequiredStaysAndTheNewestLineIsNeverReported() {
        assertEquals(List.of(), UnusedCompatLines.of("nom", NOM, Set.of("5.1.2", "0.4.2")));
        assertEquals(List.of("0.4", "5"), UnusedCompatLines.of("nom", NOM, Set.of()).stream().map(Finding::subject).toList());
        assertEquals(List.of(), UnusedCompatLines.of("log", Map.of("0.4.21", "a", "0.4.22", "b"), Set.of()), "one line only");
    }
}
