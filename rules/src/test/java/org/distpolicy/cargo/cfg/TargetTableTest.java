package org.distpolicy.cargo.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The format of targets.cfg, which a regeneration could break. */
class TargetTableTest {

    private static Map<String, TargetSpec> read(String text) throws IOException {
        return TargetTable.read(new BufferedReader(new StringReader(text)), "t.cfg");
    }

    @Test
    void readsBlocksOfNamesAndQuotedValues() throws IOException {
        Map<String, TargetSpec> table = read("""
                # comment

                [a-b-c]
                unix
                debug_assertions
                target_abi = ""
                target_family = "unix" "wasm"
                target_feature = "a b" "c"
                [d-e-f]
                """);

        assertEquals(Map.of(
                "a-b-c", new TargetSpec("a-b-c", Set.of("unix", "debug_assertions"), Map.of(
                        "target_abi", Set.of(""),
                        "target_family", Set.of("unix", "wasm"),
                        "target_feature", Set.of("a b", "c"))),
                "d-e-f", new TargetSpec("d-e-f", Set.of(), Map.of())), table);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void refusesWhatTheGeneratorNeverWrites(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(text));
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> refusesWhatTheGeneratorNeverWrites() {
        return Stream.of(
                Arguments.of("unix\n[t]\n", "t.cfg:1: a cfg line before the first [triple]"),
                Arguments.of("[t]\nunix\n\n[t]\n", "t.cfg:4: target t listed twice"),
                Arguments.of("[t]\npanic = \"a\"\npanic = \"b\"\n", "t.cfg:3: key panic listed twice for t"),
                Arguments.of("[t]\npanic = unwind\n",
                        "t.cfg:2: neither a [triple], a cfg name nor key = \"value\"...: panic = unwind"),
                Arguments.of("[t]\npanic =\n",
                        "t.cfg:2: neither a [triple], a cfg name nor key = \"value\"...: panic ="),
                Arguments.of("[t]\n[t u]\n", "t.cfg:2: neither a [triple], a cfg name nor key = \"value\"...: [t u]"));
    }
}
