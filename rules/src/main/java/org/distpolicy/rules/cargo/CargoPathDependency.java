package org.distpolicy.rules.cargo;

import org.distpolicy.cargo.CargoDependency;

/** {@code cargo/path-dependency}: a dependency with {@code path}. */
public final class CargoPathDependency extends SourceDependencyRule {
    public static final CargoPathDependency INSTANCE = new CargoPathDependency();

    private CargoPathDependency() {
        super("cargo/path-dependency", "path",
                "dependency with path (without version it cannot even be published)",
                """
                A distro builds every crate against the crates it packages, offline; a path points
                into the author's checkout, which the archive does not have. Example: in a shipped
                Cargo.toml, `helper = { path = "../helper" }`. In Cargo.toml.orig, a path beside a
                version is fine (cargo package keeps only the version); a dev-dependency with only
                a path is dropped on publish and costs only the tests (info).""",
                "Package the dependency and replace path with a version requirement, or patch the dependency out.");
    }

    @Override
    String source(CargoDependency dependency) {
        return dependency.path();
    }
}
