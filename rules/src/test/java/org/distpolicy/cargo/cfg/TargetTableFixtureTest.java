package org.distpolicy.cargo.cfg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in table against {@code rustc-print-cfg.txt}, rustc's own answer to cargo's question for
 * each triple, read here line by line without the table's reader.
 */
class TargetTableFixtureTest {
    /** Cargo's TargetInfo drops it from what rustc prints: a dependency never sees it. */
    private static final String DROPPED_BY_CARGO = "proc_macro";

    private static final Map<String, List<String>> RUSTC_OUTPUT = readFixture();

    /** One rustc output line: {@code name} or {@code key="value"}. */
    private record CfgLine(String key, String value) {
        static CfgLine of(String line) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                return new CfgLine(line, null);
            }
            String quoted = line.substring(equals + 1);
            assertTrue(quoted.length() >= 2 && quoted.startsWith("\"") && quoted.endsWith("\""), line);
            return new CfgLine(line.substring(0, equals), quoted.substring(1, quoted.length() - 1));
        }
    }

    static Stream<String> rustcTriples() {
        return RUSTC_OUTPUT.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("rustcTriples")
    void tableHoldsExactlyWhatRustcPrints(String triple) {
        Set<String> names = new HashSet<>();
        Map<String, Set<String>> keyValues = new HashMap<>();
        for (String line : RUSTC_OUTPUT.get(triple)) {
            CfgLine cfg = CfgLine.of(line);
            if (cfg.value() == null) {
                if (!cfg.key().equals(DROPPED_BY_CARGO)) {
                    names.add(cfg.key());
                }
            } else {
                keyValues.computeIfAbsent(cfg.key(), key -> new HashSet<>()).add(cfg.value());
            }
        }

        TargetSpec spec = TargetSpec.of(triple);

        assertAll(
                () -> assertEquals(names, spec.names(), "names"),
                () -> assertEquals(keyValues, spec.keyValues(), "key/value pairs"));
    }

    @Test
    void everyShippedTripleHasRustcOutputAndTheOtherWayRound() {
        assertEquals(List.copyOf(RUSTC_OUTPUT.keySet()), TargetSpec.builtInTriples());
    }

    private static Map<String, List<String>> readFixture() {
        Map<String, List<String>> output = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = TargetTableFixtureTest.class.getResourceAsStream("rustc-print-cfg.txt")) {
            for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
                if (line.startsWith("== ")) {
                    current = new ArrayList<>();
                    output.put(line.substring(3), current);
                } else if (!line.startsWith("#") && !line.isEmpty()) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return output;
    }
}
