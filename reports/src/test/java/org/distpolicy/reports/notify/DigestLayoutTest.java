package org.distpolicy.reports.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.distpolicy.policy.NotifySettings;
import org.junit.jupiter.api.Test;

class DigestLayoutTest {
    private static final RootCause SERDE = new RootCause("cargo/missing-crate", "serde 1.0.210 feature serde_derive", "needs crate(serde_derive)");

    private static RunFinding finding(String fingerprint, String packageName, String subject, RootCause root) {
        return new RunFinding(fingerprint, root == null ? "cargo/path-dependency" : "cargo/broken-transitively", "error", packageName, "1.0.0",
                subject, "message of " + fingerprint, "rust@example.org", false, "r1", root, "do something");
    }

    @Test
    void findingsSharingARootCauseAreOneGroupPerNotice() {
        List<Digest.Item> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(new Digest.Item(Notice.NEW, finding("n" + i, "app", "f" + i, SERDE)));
        }
        items.add(new Digest.Item(Notice.REMINDER, finding("r", "app", "old", SERDE)));
        items.add(new Digest.Item(Notice.NEW, finding("p", "app", "dep", null)));
        DigestLayout layout = DigestLayout.of(new Digest("rust@example.org", "rust@example.org", items), DigestLayout.Limits.DEFAULT);
        List<DigestLayout.Group> groups = layout.sections().get(0).groups();
        assertEquals(List.of(5, 1, 1), groups.stream().map(g -> g.findings().size()).toList());
        assertEquals(List.of(Notice.NEW, Notice.REMINDER, Notice.NEW), groups.stream().map(DigestLayout.Group::notice).toList());
        assertEquals(7, layout.shownItems().size());
    }

    @Test
    void aLongDigestIsCutWithACountAndOnlyWhatIsShownIsRecorded() {
        List<Digest.Item> items = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            for (int i = 0; i < 3; i++) {
                items.add(new Digest.Item(Notice.NEW, finding("p" + p + "f" + i, "pkg" + p, "dep" + i, null)));
            }
        }
        DigestLayout layout = DigestLayout.of(new Digest("rust@example.org", "rust@example.org", items), new DigestLayout.Limits(2, 2, 8));
        assertEquals(List.of("pkg0", "pkg1"), layout.packageNames());
        assertEquals(4, layout.shownItems().size());
        assertEquals(8, layout.omittedFindings());
        assertEquals(2, layout.omittedPackages());
        String text = DigestText.render(layout, "r1", "file:/reports/runs/r1", NotifySettings.DEFAULTS);
        assertTrue(text.contains("\n... and 8 more finding(s) in 2 more package(s) not listed here; they follow in a later digest.\n"
                + "\nThe full report: file:/reports/runs/r1/summary.md\n"), text);
    }

    @Test
    void untrustedTextStaysOnOneBoundedLine() {
        assertEquals("a?b?c?d?e?f", DigestText.clean("a\rb\nc\u0000d\u2028e\u202Ef"));
        assertEquals("née", DigestText.clean("née"));
        String longName = "x".repeat(1000);
        assertEquals(DigestText.MAX_FIELD + 3, DigestText.clean(longName).length());
    }
}
