package org.distpolicy.cargo.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.distpolicy.cargo.resolve.TreeConflicts.Reached;
import org.distpolicy.resolve.ProvidedVersion;
import org.junit.jupiter.api.Test;

class TreeConflictsTest {
    private static final List<ProvidedVersion> ITOA = List.of(
            new ProvidedVersion("x", "1.0.5", Set.of("default")),
            new ProvidedVersion("x", "1.0.11", Set.of("default")),
            new ProvidedVersion("x", "0.4.8", Set.of("default")));

    @Test
    void anExactPinAndALaterCaretOnOneLineConflict() {
        assertEquals(Optional.of("no single archived version of itoa 1.x satisfies all of 1.0.9, =1.0.5"),
                TreeConflicts.check("itoa", "1", List.of("=1.0.5", "1.0.9"), ITOA));
        assertEquals(List.of("no single archived version of itoa 1.x satisfies all of 1.0.9, =1.0.5"),
                TreeConflicts.lineConflicts("itoa", List.of(new Reached("=1.0.5", "1.0.5"), new Reached("1.0.9", "1.0.11")), ITOA));
    }

    @Test
    void oneVersionMeetingEveryRequirementIsNoConflict() {
        assertTrue(TreeConflicts.check("itoa", "1", List.of("1", "1.0.9", ">=1.0.10, <2"), ITOA).isEmpty());
        assertTrue(TreeConflicts.check("itoa", "1", List.of("=1.0.5"), ITOA).isEmpty(), "a single requirement is never a conflict");
    }

    @Test
    void requirementsOnDifferentLinesLiveSideBySide() {
        assertEquals(List.of(), TreeConflicts.lineConflicts("itoa",
                List.of(new Reached("=0.4.8", "0.4.8"), new Reached("=1.0.5", "1.0.5")), ITOA));
        assertTrue(TreeConflicts.check("itoa", "0.4", List.of("0.4", "=0.4.9"), ITOA).isPresent());
    }

    @Test
    void twoPackagesLinkingOneLibraryConflictButOnePackageDoesNot() {
        assertEquals(List.of("packages libz-ng-sys 1.1.0, libz-sys 1.1.0 all declare links = \"z\""),
                TreeConflicts.linkConflicts(Map.of("z", List.of("libz-sys 1.1.0", "libz-ng-sys 1.1.0"),
                        "ssl", List.of("openssl-sys 0.9.100", "openssl-sys 0.9.100"))));
    }

    @Test
    void newestByCargoOrderNotByText() {
        assertEquals("1.0.11", TreeConflicts.newest(List.of("1.0.5", "1.0.11", "1.0.9")));
        assertEquals("2.0.0", TreeConflicts.newest(List.of("2.0.0-rc.1", "2.0.0")));
    }
}
