package org.distpolicy.cargo.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distpolicy.cargo.CargoPackage;
import org.distpolicy.cargo.Publish;
import org.junit.jupiter.api.Test;

class RustVersionTest {
    private static CargoPackage pkg(String edition, String rustVersion) {
        return new CargoPackage("x", "1.0.0", edition, rustVersion, null, null, Publish.ANY_REGISTRY, List.of(), null, null);
    }

    @Test
    void rustVersionWinsOverEdition() {
        assertEquals("1.70", RustVersion.required(pkg("2021", "1.70")).orElseThrow().rustc());
        assertEquals("1.56.0", RustVersion.required(pkg("2021", null)).orElseThrow().rustc());
        assertEquals("1.85.0", RustVersion.required(pkg("2024", null)).orElseThrow().rustc());
        assertTrue(RustVersion.required(pkg(null, null)).isEmpty());
        assertTrue(RustVersion.required(pkg("2015", null)).isEmpty());
    }

    @Test
    void comparesPartialVersionsNumerically() {
        assertTrue(RustVersion.compare("1.90", "1.85.0") > 0);
        assertTrue(RustVersion.compare("1.9", "1.85.0") < 0);
        assertEquals(0, RustVersion.compare("1.70", "1.70.0"));
        assertTrue(RustVersion.compare("1.85.1", "1.85.0") > 0);
    }
}
