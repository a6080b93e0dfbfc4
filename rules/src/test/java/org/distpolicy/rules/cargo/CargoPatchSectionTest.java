package org.distpolicy.rules.cargo;

import static org.distpolicy.rules.cargo.CrateFixtures.crate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.Severity;
import org.junit.jupiter.api.Test;

class CargoPatchSectionTest {
    private static final String HEADER = "[package]\nname = \"patched\"\nversion = \"2.0.0\"\n[dependencies]\nopenssl-sys = \"0.9\"\n";

    @Test
    void patchAndReplaceEntriesAreReported() {
        List<Finding> findings = CargoPatchSection.INSTANCE.check(crate(HEADER + """
                [patch.crates-io]
                openssl-sys = { git = "https://github.com/sfackler/rust-openssl", branch = "fix-ci" }

                [patch."https://github.com/example/repo"]
                helper = { path = "../helper" }

                [replace]
                "libc:0.2.150" = { git = "https://github.com/rust-lang/libc" }
                """));
        assertEquals(List.of("openssl-sys", "helper", "libc:0.2.150"), findings.stream().map(Finding::subject).toList());
        findings.forEach(f -> assertEquals(Severity.WARNING, f.severity()));
        assertTrue(findings.get(0).message().contains("[patch.crates-io]"), findings.get(0).message());
    }

    @Test
    void manifestWithoutPatchesIsFine() {
        assertEquals(List.of(), CargoPatchSection.INSTANCE.check(crate(HEADER)));
    }
}
