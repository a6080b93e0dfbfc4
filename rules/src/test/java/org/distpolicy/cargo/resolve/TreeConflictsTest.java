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
    void aConflictNeedsARequirementNarrowerThanTheLineAndOtherThanTheMostFrequentOnes() {
        Map<Reached, Long> counted = Map.of(
                new Reached("1.0.9", "1.0.11"), 10L,
                new Reached("1.0.10", "1.0.11"), 3L,
                new Reached("=1.0.5", "1.0.5"), 1L,
                new Reached("1", "1.0.11"), 50L,
                new Reached("0.4", "0.4.8"), 7L);
        assertEquals(Set.of("=1.0.5"), TreeConflicts.conflictWitnesses("itoa", counted, ITOA),
                "1.0.9 and 1.0.10 match what the most frequent narrowing requirements match; 1 matches the whole line; "
                        + "the 0.4 line cannot conflict");
    }

    @Test
    void whenThePinIsTheMostFrequentTheCaretsAreTheWitnesses() {
        assertEquals(Set.of("1.0.9"), TreeConflicts.conflictWitnesses("itoa",
                Map.of(new Reached("1.0.9", "1.0.11"), 2L, new Reached("=1.0.5", "1.0.5"), 9L), ITOA));
    }

    @Test
    void everyConflictingSetOfRequirementsHoldsAWitness() {
        List<ProvidedVersion> archived = List.of(
                new ProvidedVersion("x", "1.0.5", Set.of()), new ProvidedVersion("x", "1.0.11", Set.of()),
                new ProvidedVersion("x", "1.2.0", Set.of()), new ProvidedVersion("x", "1.3.1", Set.of()));
        Map<Reached, Long> counted = Map.of(
                new Reached("1", "1.3.1"), 40L,
                new Reached("~1.0", "1.0.11"), 12L,
                new Reached("=1.0.5", "1.0.5"), 1L,
                new Reached("1.0.9", "1.3.1"), 20L,
                new Reached("1.2", "1.3.1"), 9L,
                new Reached(">=1.0.5, <1.3", "1.2.0"), 3L,
                new Reached("~1.2", "1.2.0"), 2L);
        Set<String> witnesses = TreeConflicts.conflictWitnesses("x", counted, archived);
        List<Reached> all = List.copyOf(counted.keySet());
        int conflicting = 0;
        for (int subset = 1; subset < 1 << all.size(); subset++) {
            List<Reached> tree = new java.util.ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    tree.add(all.get(i));
                }
            }
            if (!TreeConflicts.lineConflicts("x", tree, archived).isEmpty()) {
                conflicting++;
                assertTrue(tree.stream().anyMatch(r -> witnesses.contains(r.versionReq())), "no witness in the conflicting " + tree);
            }
        }
        assertTrue(conflicting > 20, "the example has many conflicting sets: " + conflicting);
        assertEquals(Set.of("~1.0", "=1.0.5", "1.2", ">=1.0.5, <1.3", "~1.2"), witnesses, "1.0.9 is the most frequent narrowing one");
    }

    @Test
    void aCrateWhoseRequirementsOneVersionMeetsIsNotConflictProne() {
        assertEquals(Set.of(), TreeConflicts.conflictWitnesses("itoa",
                Map.of(new Reached("1.0.9", "1.0.11"), 2L, new Reached("1", "1.0.11"), 9L), ITOA));
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
