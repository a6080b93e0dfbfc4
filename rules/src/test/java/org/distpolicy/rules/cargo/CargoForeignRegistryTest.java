package org.distpolicy.rules.cargo;

import static org.distpolicy.rules.cargo.CrateFixtures.crate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class CargoForeignRegistryTest {
    private static final String HEADER = "[package]\nname = \"corp-client\"\nversion = \"1.4.0\"\n";

    @Test
    void privateRegistryIsAnErrorAndOnlyAWarningForTests() {
        List<Finding> findings = CargoForeignRegistry.INSTANCE.check(crate(HEADER + """
                [dependencies.corp-auth]
                version = "2.1"
                registry-index = "sparse+https://crates.corp.example/index/"

                [dev-dependencies]
                corp-mock = { version = "1", registry = "corp" }
                """));
        assertEquals(List.of("corp-auth", "corp-mock"), findings.stream().map(Finding::subject).toList());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(Severity.WARNING, findings.get(1).severity());
    }

    @Test
    void cratesIoSpelledAnyWayIsFine() {
        assertEquals(List.of(), CargoForeignRegistry.INSTANCE.check(crate(HEADER + """
                [dependencies]
                a = { version = "1", registry-index = "sparse+https://index.crates.io/" }
                b = { version = "1", registry-index = "https://github.com/rust-lang/crates.io-index" }
                c = { version = "1", registry = "crates-io" }
                d = "1"
                """)));
    }
}
