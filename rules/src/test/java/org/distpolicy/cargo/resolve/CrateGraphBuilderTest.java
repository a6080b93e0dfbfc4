package org.distpolicy.cargo.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.distpolicy.cargo.CargoManifestParser;
import org.distpolicy.cargo.cfg.TargetSpec;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.resolve.DependencyKind;
import org.distpolicy.resolve.Requirement;
import org.junit.jupiter.api.Test;

class CrateGraphBuilderTest {
    private static final CrateGraphBuilder LINUX = new CrateGraphBuilder(List.of(
            TargetSpec.lookup("x86_64-unknown-linux-gnu").orElseThrow()));

    private static CrateGraph graph(String manifest) throws ManifestException {
        return LINUX.build("crates/x.crate", "x", "1.0.0", CargoManifestParser.parse(manifest.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> provided(CrateGraph graph) {
        return graph.provides().stream().map(p -> p.capability().toString()).collect(Collectors.toSet());
    }

    /** "owner -> required req" lines, for the requirements of one owning feature (null: the base). */
    private static Set<String> requirementsOf(CrateGraph graph, String feature) {
        return graph.requirements().stream()
                .filter(r -> java.util.Objects.equals(r.owner().feature(), feature))
                .map(r -> r.requiredCapability() + " " + r.versionReq() + (r.weak() ? " weak" : "")
                        + (r.kind() == DependencyKind.DEV ? " dev" : "") + (r.foreignTarget() ? " foreign" : ""))
                .collect(Collectors.toSet());
    }

    @Test
    void baseNeedsNonOptionalDependenciesWithTheirDefaultAndListedFeatures() throws ManifestException {
        CrateGraph graph = graph("""
                [package]
                name = "x"
                version = "1.0.0"
                [dependencies]
                serde = { version = "1.0.56", features = ["derive"] }
                libc = { version = "0.2", default-features = false }
                [build-dependencies]
                cc = "1"
                [dev-dependencies]
                serde_test = "1"
                """);
        assertEquals(Set.of("crate(serde) 1.0.56", "crate(serde/default) 1.0.56", "crate(serde/derive) 1.0.56",
                "crate(libc) 0.2", "crate(cc) 1", "crate(cc/default) 1",
                "crate(serde_test) 1 dev", "crate(serde_test/default) 1 dev"), requirementsOf(graph, null));
        assertEquals(Set.of("crate(x)", "crate(x/default)"), provided(graph));
        assertEquals(Set.of("crate(x) =1.0.0"), requirementsOf(graph, "default"));
    }

    @Test
    void optionalDependencyGetsAnImplicitFeatureUnlessDepSyntaxNamesIt() throws ManifestException {
        CrateGraph graph = graph("""
                [package]
                name = "x"
                version = "1.0.0"
                [dependencies]
                serde = { version = "1", optional = true, default-features = false }
                rayon = { version = "1.5", optional = true }
                [features]
                parallel = ["dep:rayon"]
                """);
        assertEquals(Set.of("crate(x)", "crate(x/default)", "crate(x/serde)", "crate(x/parallel)"), provided(graph));
        assertEquals(Set.of("crate(x) =1.0.0", "crate(serde) 1"), requirementsOf(graph, "serde"));
        assertEquals(Set.of("crate(x) =1.0.0", "crate(rayon) 1.5", "crate(rayon/default) 1.5"), requirementsOf(graph, "parallel"));
        assertTrue(graph.undefinedFeatures().isEmpty());
    }

    @Test
    void slashEnablesTheOptionalDependencyButWeakSlashDoesNot() throws ManifestException {
        CrateGraph graph = graph("""
                [package]
                name = "x"
                version = "1.0.0"
                [dependencies]
                serde = { version = "1", optional = true }
                uuid = { version = "1", optional = true }
                [features]
                std = ["serde/std", "uuid?/std"]
                """);
        assertEquals(Set.of("crate(x) =1.0.0", "crate(serde) 1", "crate(serde/default) 1", "crate(serde/std) 1",
                "crate(uuid/std) 1 weak"), requirementsOf(graph, "std"));
    }

    @Test
    void renamedDependenciesAreNamedByAliasAndRequiredByRealName() throws ManifestException {
        CrateGraph graph = graph("""
                [package]
                name = "x"
                version = "1.0.0"
                [dependencies]
                web = { package = "actix-web", version = "4", optional = true, default-features = false }
                [features]
                server = ["web/macros"]
                """);
        assertEquals(Set.of("crate(x) =1.0.0", "crate(actix-web) 4", "crate(actix-web/macros) 4"), requirementsOf(graph, "server"));
        assertTrue(graph.requirements().stream().filter(r -> "server".equals(r.owner().feature()) && !r.internal())
                .allMatch(r -> r.dependency().equals("web")));
    }

    @Test
    void featureToFeatureEdgesStayInsideTheCrateVersion() throws ManifestException {
        CrateGraph graph = graph("""
                [package]
                name = "x"
                version = "1.0.0"
                [features]
                default = ["std"]
                std = ["alloc"]
                alloc = []
                """);
        assertEquals(Set.of("crate(x) =1.0.0", "crate(x/std) =1.0.0"), requirementsOf(graph, "default"));
        assertTrue(graph.requirements().stream().allMatch(Requirement::internal));
    }

    @Test
    void targetTablesForOtherPlatformsAreForeignButStillRequired() throws ManifestException {
        CrateGraph graph = graph("""
                [package]
                name = "x"
                version = "1.0.0"
                [target.'cfg(windows)'.dependencies]
                windows-sys = { version = "0.52", default-features = false }
                [target.'cfg(unix)'.dependencies]
                libc = { version = "0.2", default-features = false }
                [target.x86_64-pc-windows-msvc.dependencies]
                winapi = { version = "0.3", default-features = false }
                """);
        assertEquals(Set.of("crate(windows-sys) 0.52 foreign", "crate(libc) 0.2", "crate(winapi) 0.3 foreign"),
                requirementsOf(graph, null));
    }

    @Test
    void undefinedFeatureEntriesAreCargoManifestErrors() throws ManifestException {
        CrateGraph graph = graph("""
                [package]
                name = "x"
                version = "1.0.0"
                [dependencies]
                serde = { version = "1", optional = true }
                log = "0.4"
                [features]
                a = ["dep:rustls"]
                b = ["nonexistent"]
                c = ["log"]
                d = ["missing/std"]
                e = ["dep:serde"]
                f = ["serde"]
                """);
        assertEquals(List.of("a:dep:rustls", "b:nonexistent", "c:log", "d:missing/std", "f:serde"),
                graph.undefinedFeatures().stream().map(u -> u.feature() + ":" + u.entry()).toList());
        assertFalse(provided(graph).contains("crate(x/serde)"), "dep:serde removes the implicit feature");
    }
}
