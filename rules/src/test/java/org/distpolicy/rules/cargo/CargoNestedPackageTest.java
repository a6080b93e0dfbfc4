package org.distpolicy.rules.cargo;

import static org.distpolicy.datasets.Entry.file;
import static org.distpolicy.rules.cargo.CrateFixtures.scanned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CargoNestedPackageTest {
    @TempDir
    Path dir;

    @Test
    void aPackagePublishedNestedIsNamed() {
        List<Finding> findings = CargoNestedPackage.INSTANCE.check(scanned(dir, "fancy-log", "0.3.1", List.of(
                file("Cargo.toml", "[package]\nname = \"fancy-log\"\nversion = \"0.3.1\"\n"),
                file("macros/Cargo.toml", """
                        [package]
                        name = "fancy-log-macros"
                        version = "0.1.0"
                        publish = "nested"

                        [lib]
                        proc-macro = true
                        """),
                file("macros/src/lib.rs", ""))));
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.INFO, finding.severity());
        assertEquals("macros/", finding.subject());
        assertEquals("macros/ holds the nested package fancy-log-macros 0.1.0, private to this crate (publish = \"nested\")", finding.message());
        assertEquals("fancy-log-macros", finding.problemKey());
    }

    @Test
    void publishablePackagesAndFixturesAreNotNestedPackages() {
        assertEquals(List.of(), CargoNestedPackage.INSTANCE.check(scanned(dir, "fancy-log", "0.3.1", List.of(
                file("Cargo.toml", "[package]\nname = \"fancy-log\"\nversion = \"0.3.1\"\n"),
                file("helper/Cargo.toml", "[package]\nname = \"helper\"\nversion = \"0.1.0\"\npublish = false\n"),
                file("tests/nested/Cargo.toml", "[package]\nname = \"fixture\"\nversion = \"0.1.0\"\npublish = \"nested\"\n")))));
    }
}
