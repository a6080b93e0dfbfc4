package org.distpolicy.rules.cargo;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code cargo/unsatisfiable-version}: the crate exists, but no archived version matches the requirement. Found by the archive-wide resolution ({@link org.distpolicy.cargo.resolve}). */
public final class CargoUnsatisfiableVersion extends Rule {
    public static final CargoUnsatisfiableVersion INSTANCE = new CargoUnsatisfiableVersion();

    private CargoUnsatisfiableVersion() {
        super("cargo/unsatisfiable-version", Severity.ERROR,
                "the crate exists, but no archived version matches the requirement",
                """
                cargo's requirement (caret by default) excludes every archived version, typically after
                a semver-major update of the dependency. Example: requires nom ^7 while the archive has
                nom 8.0.0 only. The message lists the versions that exist.""",
                "Package a matching version (a compat package for the old semver line), or port the crate to the archived one.");
    }
}
