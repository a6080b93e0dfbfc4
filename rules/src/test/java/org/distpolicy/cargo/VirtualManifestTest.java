package org.distpolicy.cargo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;

class VirtualManifestTest {

    static final String WORKSPACE_ROOT = """
            [workspace]
            resolver = "2"
            members = ["crates/*", "xtask"]
            exclude = ["crates/legacy"]

            [workspace.package]
            version = "0.3.1"
            edition = "2021"
            license = "MIT OR Apache-2.0"

            [workspace.dependencies]
            serde = { version = "1.0.200", features = ["derive"] }
            tokio = { version = "1.38", default-features = false }

            [workspace.lints.rust]
            unsafe_code = "forbid"

            [patch.crates-io]
            tokio = { git = "https://github.com/tokio-rs/tokio", branch = "master" }

            [profile.release]
            lto = true
            codegen-units = 1
            """;

    @Test
    void aWorkspaceRootWithoutPackageHasNoPackage() throws ManifestException {
        CargoManifest manifest = CargoManifestParser.parse(WORKSPACE_ROOT.getBytes(UTF_8));

        assertNull(manifest.pkg());
        assertTrue(manifest.hasWorkspaceTable());
        assertEquals(List.of(), manifest.dependencies(), "[workspace.dependencies] are definitions, not dependencies");
        assertEquals(List.of(), manifest.inheritedKeys());
        assertEquals(List.of("tokio"), manifest.patches().stream().map(CargoPatch::name).toList());
        assertEquals("branch=master", manifest.patches().get(0).spec().gitRef());
    }

    @Test
    void aPackageThatIsAlsoTheWorkspaceRootHasBoth() throws ManifestException {
        String toml = "[package]\nname = \"root\"\nversion = \"1.0.0\"\n\n[workspace]\nmembers = [\"sub\"]\n";

        CargoManifest manifest = CargoManifestParser.parse(toml.getBytes(UTF_8));

        assertEquals("root", manifest.pkg().name());
        assertTrue(manifest.hasWorkspaceTable());
    }

    @Test
    void anEmptyFileIsAnEmptyManifestLeftForPolicyToJudge() throws ManifestException {
        CargoManifest manifest = CargoManifestParser.parse(new byte[0]);

        assertNull(manifest.pkg());
        assertFalse(manifest.hasWorkspaceTable());
        assertEquals(List.of(), manifest.dependencies());
    }
}
