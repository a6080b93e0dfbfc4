package org.distpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FindingTest {
    private static Finding finding(String version, String subject, String message, String key) {
        return new Finding("cargo/path-dependency", Severity.ERROR, Ecosystem.CARGO, "fancy-log", version, subject,
                message, "registry/fancy-log-" + version, key, null, null, false, null);
    }

    @Test
    void fingerprintIgnoresRewordingAndPatchUpdates() {
        Finding tonight = finding("0.3.1", "helper", "helper has path", "NORMAL||helper");
        assertEquals(tonight.fingerprint(), finding("0.3.2", "helper", "reworded message", "NORMAL||helper").fingerprint());
        assertEquals(32, tonight.fingerprint().length());
    }

    @Test
    void fingerprintChangesWithTheProblem() {
        Finding tonight = finding("0.3.1", "helper", "m", "NORMAL||helper");
        assertNotEquals(tonight.fingerprint(), finding("0.3.1", "other", "m", "NORMAL||other").fingerprint());
        assertNotEquals(tonight.fingerprint(), finding("0.3.1", "helper", "m", "DEV||helper").fingerprint());
        assertNotEquals(tonight.fingerprint(), finding("0.4.0", "helper", "m", "NORMAL||helper").fingerprint(),
                "0.3 and 0.4 are different semver lines, co-installable");
    }

    @Test
    void fingerprintIgnoresWhatThePolicyAdds() {
        Finding tonight = finding("0.3.1", "helper", "m", "NORMAL||helper");
        Finding decorated = tonight.withSeverity(Severity.INFO).withMaintainer("Rust SIG <rust@example.org>")
                .waivedBecause("upstream fix pending");
        assertEquals(tonight.fingerprint(), decorated.fingerprint());
        assertEquals("upstream fix pending", decorated.waiverReason());
    }

    @Test
    void versionLines() {
        assertEquals("1", VersionLine.of(Ecosystem.CARGO, "1.4.2"));
        assertEquals("0.3", VersionLine.of(Ecosystem.CARGO, "0.3.7-beta.1"));
        assertEquals("0.0.5", VersionLine.of(Ecosystem.CARGO, "0.0.5"));
        assertEquals("v2", VersionLine.of(Ecosystem.GO, "v2.1.0+incompatible"));
        assertEquals("v0", VersionLine.of(Ecosystem.GO, "v0.0.0-20230101000000-abcdefabcdef"));
        assertEquals("", VersionLine.of(Ecosystem.GO, null));
    }
}
