package org.distpolicy.rules.cargo;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code cargo/dev-dependency-unsatisfiable}: a dev-dependency is not satisfiable: only the tests cannot be built. Found by the archive-wide resolution ({@link org.distpolicy.cargo.resolve}). */
public final class CargoDevDependencyUnsatisfiable extends Rule {
    public static final CargoDevDependencyUnsatisfiable INSTANCE = new CargoDevDependencyUnsatisfiable();

    private CargoDevDependencyUnsatisfiable() {
        super("cargo/dev-dependency-unsatisfiable", Severity.WARNING,
                "a dev-dependency is not satisfiable: only the tests cannot be built",
                """
                Dev-dependencies are needed only for %check (cargo test). Example: criterion ^0.5 as a
                dev-dependency while the archive has criterion 0.3 only.""",
                "Package the dev-dependency, or patch it (and the tests needing it) out.");
    }
}
