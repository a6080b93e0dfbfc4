package org.distpolicy.goresolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoToolchainVersionTest {
    @Test
    void ordersLanguageVersionsReleaseCandidatesAndReleasesLikeGover() {
        List<String> ascending = List.of("1", "1.9", "1.10", "1.21", "1.21beta1", "1.21rc1", "1.21rc2", "1.21.0", "1.21.1", "1.21.10", "1.22");
        for (int i = 0; i + 1 < ascending.size(); i++) {
            assertTrue(GoToolchainVersion.compare(ascending.get(i), ascending.get(i + 1)) < 0, ascending.get(i) + " < " + ascending.get(i + 1));
            assertTrue(GoToolchainVersion.compare(ascending.get(i + 1), ascending.get(i)) > 0);
        }
    }

    @Test
    void theToolchainSpellingAndTheShortFormAreTheSameVersion() {
        assertEquals(0, GoToolchainVersion.compare("go1.21.0", "1.21.0"));
        assertEquals(0, GoToolchainVersion.compare("1", "1.0.0"));
        assertTrue(GoToolchainVersion.compare("go1.25.1", "1.24") > 0);
    }

    @Test
    void rejectsWhatCmdGoRejects() {
        assertTrue(GoToolchainVersion.isValid("1.21rc1"));
        assertFalse(GoToolchainVersion.isValid("default"));
        assertFalse(GoToolchainVersion.isValid("1.21.0rc1"));
        assertFalse(GoToolchainVersion.isValid("01.21"));
        assertFalse(GoToolchainVersion.isValid("1.21-beta"));
        assertFalse(GoToolchainVersion.isValid(null));
    }
}
