package org.distpolicy.cargo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.distpolicy.manifest.ManifestException;
import org.junit.jupiter.api.Test;

/** Old crates in distro archives still use spellings cargo keeps accepting. */
class LegacySpellingTest {

    private static CargoManifest parse(String toml) throws ManifestException {
        return CargoManifestParser.parse(toml.getBytes(UTF_8));
    }

    @Test
    void projectIsReadAsPackage() throws ManifestException {
        CargoManifest manifest = parse("[project]\nname = \"old\"\nversion = \"0.1.0\"\nauthors = [\"A <a@example.org>\"]\n");

        assertEquals("old", manifest.pkg().name());
        assertEquals("0.1.0", manifest.pkg().version());
    }

    @Test
    void packageWinsOverProjectWhenBothAreWritten() throws ManifestException {
        assertEquals("new", parse("[project]\nname = \"old\"\n[package]\nname = \"new\"\n").pkg().name());
    }

    @Test
    void theKebabCaseTableWinsWhenBothSpellingsAreWritten() throws ManifestException {
        CargoManifest manifest = parse("[dev-dependencies]\na = \"1\"\n[dev_dependencies]\nb = \"1\"\n");

        assertEquals(List.of("a"), manifest.dependencies().stream().map(CargoDependency::name).toList());
    }

    @Test
    void theKebabCaseDefaultFeaturesWinsWhenBothAreWritten() throws ManifestException {
        CargoManifest manifest = parse("[dependencies]\na = { version = \"1\", default-features = false, default_features = true }\n");

        assertFalse(manifest.dependencies().get(0).defaultFeatures());
    }

    @Test
    void buildTrueIsTheDefaultScript() throws ManifestException {
        assertEquals("build.rs", parse("[package]\nname = \"a\"\nbuild = true\n").pkg().build());
    }

    @Test
    void noBuildKeyLeavesItToCargosDiscovery() throws ManifestException {
        CargoPackage pkg = parse("[package]\nname = \"a\"\n").pkg();

        assertNull(pkg.build());
        assertFalse(pkg.buildScriptDisabled());
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() throws ManifestException {
        assertEquals("bom", parse("\uFEFF[package]\nname = \"bom\"\n").pkg().name());
    }

    @Test
    void crlfLineEndingsAreRead() throws ManifestException {
        CargoManifest manifest = parse("[package]\r\nname = \"win\"\r\n[dependencies]\r\nserde = \"1\"\r\n");

        assertEquals("win", manifest.pkg().name());
        assertEquals("1", manifest.dependencies().get(0).versionReq());
    }

    @Test
    void unknownKeysAreIgnoredLikeCargoWarnsAboutThem() throws ManifestException {
        CargoManifest manifest = parse("""
                cargo-features = ["edition2024"]
                [package]
                name = "a"
                im-a-teapot = true
                [dependencies]
                serde = { version = "1", frobnicate = [1, 2] }
                [badges]
                travis-ci = { repository = "a/b" }
                """);

        assertEquals("1", manifest.dependencies().get(0).versionReq());
    }
}
