package org.distpolicy.rules.cargo;

import static org.distpolicy.rules.cargo.CrateFixtures.crate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distpolicy.rules.Finding;
import org.junit.jupiter.api.Test;

class CargoUnnormalizedManifestTest {
    @Test
    void workspaceInheritanceIsReportedOnceWithEveryKey() {
        List<Finding> findings = CargoUnnormalizedManifest.INSTANCE.check(crate("""
                [package]
                name = "workspace-member"
                version.workspace = true
                edition.workspace = true

                [dependencies]
                serde = { workspace = true, features = ["derive"] }
                """));
        assertEquals(1, findings.size());
        String message = findings.get(0).message();
        assertTrue(message.contains("package.version") && message.contains("package.edition") && message.contains("dependencies.serde"), message);
    }

    @Test
    void aBareWorkspaceTableIsHarmless() {
        // As criterion 0.3.6 ships it: the crate is its own workspace root, which is what a distro build wants.
        assertEquals(List.of(), CargoUnnormalizedManifest.INSTANCE.check(crate("""
                [package]
                name = "criterion"
                version = "0.3.6"

                [workspace]
                exclude = ["cargo-criterion"]
                """)));
    }

    @Test
    void missingVersionIsReported() {
        List<Finding> findings = CargoUnnormalizedManifest.INSTANCE.check(crate("""
                [package]
                name = "unversioned"
                edition = "2021"
                """));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("no package.version"), findings.get(0).message());
    }

    @Test
    void normalizedManifestIsFine() {
        assertEquals(List.of(), CargoUnnormalizedManifest.INSTANCE.check(crate("""
                [package]
                edition = "2021"
                name = "normal"
                version = "1.0.0"

                [dependencies.serde]
                version = "1"
                features = ["derive"]
                """)));
    }
}
