package org.distpolicy.rules.cargo;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code cargo/resolution-conflict}: no single version per semver line fits one root, or two packages link the same library. */
public final class CargoResolutionConflict extends Rule {
    public static final CargoResolutionConflict INSTANCE = new CargoResolutionConflict();

    private CargoResolutionConflict() {
        super("cargo/resolution-conflict", Severity.ERROR,
                "no single version per semver-compatible line satisfies all requirements of one root, or two links collide",
                """
                cargo picks one version per semver-compatible line for a whole build, so two crates in
                one dependency tree that need, for example, `=1.0.3` and `^1.0.5` of the same crate
                cannot be built together even though each is satisfiable alone; and only one package
                in a build may declare a given `links` native library. Checked for every crate
                version built with its default features, following the newest archived match of
                each requirement, as cargo prefers.""",
                "Package a version that satisfies every requirement of the line, or relax the exact requirement.");
    }
}
