package org.distpolicy.rules.cargo;

import static org.distpolicy.rules.cargo.CrateFixtures.crate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class CargoPathDependencyTest {
    private static final String HEADER = """
            [package]
            name = "fancy-log"
            version = "0.3.1"
            edition = "2021"
            """;

    @Test
    void pathInTheShippedManifestIsAnError() {
        List<Finding> findings = CargoPathDependency.INSTANCE.check(crate(HEADER + """
                [dependencies]
                log = "0.4"
                fancy-log-macros = { path = "../fancy-log-macros" }

                [target.'cfg(unix)'.build-dependencies.cc-helper]
                version = "1.0"
                path = "../cc-helper"
                """));
        assertEquals(2, findings.size());
        Finding noVersion = findings.get(0);
        assertEquals("fancy-log-macros", noVersion.subject());
        assertEquals(Severity.ERROR, noVersion.severity());
        assertTrue(noVersion.message().contains("in Cargo.toml"), noVersion.message());
        assertTrue(noVersion.message().contains("cannot even be published"), noVersion.message());
        assertEquals("cc-helper", findings.get(1).subject());
        assertTrue(findings.get(1).message().contains("target.'cfg(unix)'.build-dependencies"), findings.get(1).message());
    }

    @Test
    void pathBesideVersionInCargoTomlOrigIsHowWorkspacesPublish() {
        List<Finding> findings = CargoPathDependency.INSTANCE.check(crate(HEADER + """
                [dependencies.uuid-macro-internal]
                version = "1.10.0"
                """, HEADER + """
                [dependencies]
                uuid-macro-internal = { version = "1.10.0", path = "macros" }
                """));
        assertEquals(List.of(), findings);
    }

    @Test
    void devOnlyPathDependenciesAreInfoFromEitherManifest() {
        List<Finding> findings = CargoPathDependency.INSTANCE.check(crate(HEADER + """
                [dev-dependencies]
                testkit = { path = "testkit" }
                """, HEADER + """
                [dev-dependencies]
                testkit = { path = "testkit" }
                helpers = { path = "tests/helpers" }
                """));
        assertEquals(List.of("testkit", "helpers"), findings.stream().map(Finding::subject).toList());
        findings.forEach(f -> assertEquals(Severity.INFO, f.severity()));
        assertTrue(findings.get(0).message().contains("in Cargo.toml:"), findings.get(0).message());
        assertTrue(findings.get(1).message().contains("in Cargo.toml.orig"), findings.get(1).message());
    }

    @Test
    void registryDependenciesAreFine() {
        assertEquals(List.of(), CargoPathDependency.INSTANCE.check(crate(HEADER + """
                [dependencies]
                serde = { version = "1", features = ["derive"] }
                """)));
    }
}
