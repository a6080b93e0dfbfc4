package org.distpolicy.cargo.cfg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Platform against cargo itself: {@code cargo-selections.tsv} records, for each key, the built-in
 * targets for which {@code cargo tree --target} kept that key's dependency.
 */
class CargoSelectionTest {

    static Stream<Arguments> cargoSelections() throws IOException {
        String table;
        try (InputStream in = CargoSelectionTest.class.getResourceAsStream("cargo-selections.tsv")) {
            table = new String(in.readAllBytes(), UTF_8);
        }
        return table.lines()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(fields -> Arguments.of(fields[0], Arrays.stream(fields[1].split(" "))
                        .filter(triple -> !triple.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cargoSelections")
    void selectsTheTargetsCargoSelects(String key, Set<String> selectedByCargo) throws CfgException {
        Platform platform = Platform.parse(key);

        Set<String> selected = TargetSpec.builtInTriples().stream()
                .filter(triple -> platform.matches(TargetSpec.of(triple)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(selectedByCargo, selected);
    }
}
