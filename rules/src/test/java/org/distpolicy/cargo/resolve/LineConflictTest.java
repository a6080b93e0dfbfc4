package org.distpolicy.cargo.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineConflictTest {
    private static final List<ProvidedVersion> ITOA = List.of(
            new ProvidedVersion("1.0.5", Set.of("default")),
            new ProvidedVersion("1.0.11", Set.of("default")),
            new ProvidedVersion("0.4.8", Set.of("default")));

    @Test
    void anExactPinAndALaterCaretOnOneLineConflict() {
        Optional<String> why = LineConflict.check("itoa", "1", List.of("=1.0.5", "1.0.9"), ITOA);
        assertEquals(Optional.of("no single archived version of itoa 1.x satisfies all of 1.0.9, =1.0.5"), why);
    }

    @Test
    void oneVersionMeetingEveryRequirementIsNoConflict() {
        assertTrue(LineConflict.check("itoa", "1", List.of("1", "1.0.9", ">=1.0.10, <2"), ITOA).isEmpty());
        assertTrue(LineConflict.check("itoa", "1", List.of("=1.0.5"), ITOA).isEmpty(), "a single requirement is never a conflict");
    }

    @Test
    void onlyVersionsOfTheLineCount() {
        assertTrue(LineConflict.check("itoa", "0.4", List.of("0.4", "=0.4.8"), ITOA).isEmpty());
        assertTrue(LineConflict.check("itoa", "0.4", List.of("0.4", "=0.4.9"), ITOA).isPresent());
    }
}
