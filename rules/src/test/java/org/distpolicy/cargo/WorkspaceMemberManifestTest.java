package org.distpolicy.cargo;

import java.util.List;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.resolve.DependencyKind;
import org.junit.jupiter.api.Test;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** A developer's Cargo.toml (what a .crate keeps as Cargo.toml.orig) inside a workspace. */
class WorkspaceMemberManifestTest {

    static final String MEMBER = """
            [package]
            name = "acme-server"
            version.workspace = true
            edition.workspace = true
            rust-version = { workspace = true }
            authors.workspace = true
            license.workspace = true
            repository = "https://git.example.org/acme/server"
            description = "The acme server"
            keywords.workspace = true
            build = "build/main.rs"
            links = "acme"

            [lints]
            workspace = true

            [dependencies]
            serde = { workspace = true, features = ["derive", "rc"] }
            tokio = { workspace = true, optional = true, default-features = false }
            acme-core = { path = "../acme-core", version = "0.3.1" }
            regex = { git = "https://github.com/rust-lang/regex", branch = "main" }
            pinned = { git = "https://github.com/example/pinned", tag = "v1.2", rev = "0a1b2c3" }
            acme-auth = { version = "2.1", registry = "my-registry" }
            mirrored = { version = "1", registry-index = "sparse+https://index.example.org/" }
            openssl_sys = { package = "openssl-sys", version = "0.9" }
            futures01 = { package = "futures", version = "0.1", default_features = false }
            log = "0.4"

            [dev_dependencies]
            insta.workspace = true
            pretty_assertions = "1"

            [build_dependencies]
            cc = { version = "1.0", features = ["parallel"] }

            [target.'cfg(windows)'.dependencies]
            windows-sys = { version = "0.52", features = ["Win32_Foundation"] }

            [target.'cfg(windows)'.dev-dependencies]
            tempfile = "3"

            [target.'cfg(windows)'.build-dependencies]
            embed-resource = "2"

            [target.x86_64-unknown-linux-gnu.dependencies]
            libc = { workspace = true }

            [target.x86_64-unknown-linux-gnu.dev_dependencies]
            procfs = "0.16"

            [target.aarch64-apple-darwin.build_dependencies]
            bindgen = "0.69"

            [patch.crates-io]
            serde = { git = "https://github.com/serde-rs/serde", rev = "ad8dd41" }
            acme-core = { path = "../acme-core" }

            [patch."https://github.com/rust-lang/regex"]
            regex = { path = "../vendor/regex" }

            [replace]
            "foo:0.1.0" = { git = "https://github.com/example/foo", tag = "v0.1.0" }
            "bar:1.0.2" = "1.0.3"

            [[bin]]
            name = "acme-server"
            path = "src/main.rs"

            [[bin]]
            name = "acme-admin"

            [[example]]
            name = "echo"
            path = "examples/echo.rs"
            """;

    private static CargoManifest parsed() throws ManifestException {
        return CargoManifestParser.parse(MEMBER.getBytes(UTF_8));
    }

    private static CargoDependency dependency(CargoManifest manifest, String tableName, String name) {
        return manifest.dependencies().stream()
                .filter(d -> d.tableName().equals(tableName) && d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + tableName + "." + name));
    }

    @Test
    void inheritedPackageFieldsAreNullAndListed() throws ManifestException {
        CargoManifest manifest = parsed();
        CargoPackage pkg = manifest.pkg();

        assertEquals("acme-server", pkg.name());
        assertNull(pkg.version());
        assertNull(pkg.edition());
        assertNull(pkg.rustVersion());
        assertNull(pkg.authors());
        assertNull(pkg.license());
        assertEquals("https://git.example.org/acme/server", pkg.repository());
        assertEquals("build/main.rs", pkg.build());
        assertFalse(pkg.buildScriptDisabled());
        assertEquals("acme", pkg.links());
    }

    @Test
    void listsEveryInheritedKeyInTheOrderWritten() throws ManifestException {
        assertEquals(List.of(
                "package.version",
                "package.edition",
                "package.rust-version",
                "package.authors",
                "package.license",
                "package.keywords",
                "dependencies.serde",
                "dependencies.tokio",
                "dev_dependencies.insta",
                "target.x86_64-unknown-linux-gnu.dependencies.libc",
                "lints"), parsed().inheritedKeys());
    }

    @Test
    void anInheritedDependencyKeepsOnlyWhatTheMemberAdds() throws ManifestException {
        CargoManifest manifest = parsed();

        assertEquals(new CargoDependency("serde", "serde", null, DependencyKind.NORMAL, null, false, true,
                List.of("derive", "rc"), null, null, null, null, null, true, "dependencies"),
                dependency(manifest, "dependencies", "serde"));
        CargoDependency tokio = dependency(manifest, "dependencies", "tokio");
        assertTrue(tokio.workspaceInherited());
        assertTrue(tokio.optional());
        assertFalse(tokio.defaultFeatures());
        assertTrue(dependency(manifest, "dev_dependencies", "insta").workspaceInherited());
    }

    @Test
    void readsPathGitAndRegistrySources() throws ManifestException {
        CargoManifest manifest = parsed();

        CargoDependency core = dependency(manifest, "dependencies", "acme-core");
        assertEquals("../acme-core", core.path());
        assertEquals("0.3.1", core.versionReq());

        CargoDependency regex = dependency(manifest, "dependencies", "regex");
        assertEquals("https://github.com/rust-lang/regex", regex.git());
        assertEquals("branch=main", regex.gitRef());
        assertNull(regex.versionReq());

        assertEquals("tag=v1.2,rev=0a1b2c3", dependency(manifest, "dependencies", "pinned").gitRef());
        assertEquals("my-registry", dependency(manifest, "dependencies", "acme-auth").registry());
        assertEquals("sparse+https://index.example.org/",
                dependency(manifest, "dependencies", "mirrored").registryIndex());
        assertNull(dependency(manifest, "dependencies", "log").gitRef());
    }

    @Test
    void aRenamedDependencyKeepsTheAliasAsNameAndTheCrateAsPackageName() throws ManifestException {
        CargoManifest manifest = parsed();

        CargoDependency openssl = dependency(manifest, "dependencies", "openssl_sys");
        assertEquals("openssl-sys", openssl.packageName());
        assertTrue(openssl.isRenamed());

        CargoDependency futures = dependency(manifest, "dependencies", "futures01");
        assertEquals("futures", futures.packageName());
        assertFalse(futures.defaultFeatures(), "default_features is cargo's old spelling");

        assertFalse(dependency(manifest, "dependencies", "log").isRenamed());
    }

    @Test
    void acceptsSnakeCaseTableNamesAndTargetsOfAllThreeKinds() throws ManifestException {
        CargoManifest manifest = parsed();

        assertEquals(DependencyKind.DEV, dependency(manifest, "dev_dependencies", "pretty_assertions").kind());
        assertEquals(DependencyKind.BUILD, dependency(manifest, "build_dependencies", "cc").kind());

        record Seen(DependencyKind kind, String target, String name) {}
        List<Seen> targeted = manifest.dependencies().stream()
                .filter(d -> d.target() != null)
                .map(d -> new Seen(d.kind(), d.target(), d.name()))
                .toList();
        assertEquals(List.of(
                new Seen(DependencyKind.NORMAL, "cfg(windows)", "windows-sys"),
                new Seen(DependencyKind.DEV, "cfg(windows)", "tempfile"),
                new Seen(DependencyKind.BUILD, "cfg(windows)", "embed-resource"),
                new Seen(DependencyKind.NORMAL, "x86_64-unknown-linux-gnu", "libc"),
                new Seen(DependencyKind.DEV, "x86_64-unknown-linux-gnu", "procfs"),
                new Seen(DependencyKind.BUILD, "aarch64-apple-darwin", "bindgen")), targeted);
        assertEquals("target.aarch64-apple-darwin.build_dependencies",
                dependency(manifest, "target.aarch64-apple-darwin.build_dependencies", "bindgen").tableName());
    }

    @Test
    void readsPatchesPerSourceAndReplaces() throws ManifestException {
        CargoManifest manifest = parsed();

        assertEquals(List.of("crates-io serde", "crates-io acme-core", "https://github.com/rust-lang/regex regex"),
                manifest.patches().stream().map(p -> p.source() + " " + p.name()).toList());
        CargoDependency serdePatch = manifest.patches().get(0).spec();
        assertEquals("https://github.com/serde-rs/serde", serdePatch.git());
        assertEquals("rev=ad8dd41", serdePatch.gitRef());
        assertEquals("patch.crates-io", serdePatch.tableName());
        assertEquals("patch.'https://github.com/rust-lang/regex'", manifest.patches().get(2).spec().tableName());
        assertEquals("../vendor/regex", manifest.patches().get(2).spec().path());

        CargoPatch foo = manifest.replaces().get(0);
        assertEquals("", foo.source());
        assertEquals("foo:0.1.0", foo.name());
        assertEquals("tag=v0.1.0", foo.spec().gitRef());
        assertEquals("1.0.3", manifest.replaces().get(1).spec().versionReq());
    }

    @Test
    void readsBinsWithAndWithoutPaths() throws ManifestException {
        assertEquals(List.of(
                new CargoTarget(CargoTarget.Kind.BIN, "acme-server", "src/main.rs"),
                new CargoTarget(CargoTarget.Kind.BIN, "acme-admin", null),
                new CargoTarget(CargoTarget.Kind.EXAMPLE, "echo", "examples/echo.rs")), parsed().targets());
    }

    @Test
    void aMemberIsNotAWorkspaceRoot() throws ManifestException {
        assertFalse(parsed().hasWorkspaceTable());
    }
}
