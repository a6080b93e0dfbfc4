package org.distpolicy.rules.cargo;

import static org.distpolicy.rules.cargo.CrateFixtures.crate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class CargoGitDependencyTest {
    private static final String HEADER = "[package]\nname = \"gitdep\"\nversion = \"0.2.0\"\n";

    @Test
    void gitDependencyIsAnError() {
        List<Finding> findings = CargoGitDependency.INSTANCE.check(crate(HEADER + """
                [dependencies.tokio-util]
                git = "https://github.com/tokio-rs/tokio"
                branch = "master"
                """));
        assertEquals(1, findings.size());
        assertEquals("tokio-util", findings.get(0).subject());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("git = \"https://github.com/tokio-rs/tokio\""));
    }

    @Test
    void gitBesideVersionInTheOriginalIsFineAndRegistryDependenciesToo() {
        assertEquals(List.of(), CargoGitDependency.INSTANCE.check(crate(HEADER + """
                [dependencies.tokio-util]
                version = "0.7"
                """, HEADER + """
                [dependencies]
                tokio-util = { version = "0.7", git = "https://github.com/tokio-rs/tokio" }
                """)));
    }
}
