package org.distpolicy.rules.cargo;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code cargo/undefined-feature}: a feature names something that is neither a feature nor an optional dependency. Found by the archive-wide resolution ({@link org.distpolicy.cargo.resolve}). */
public final class CargoUndefinedFeature extends Rule {
    public static final CargoUndefinedFeature INSTANCE = new CargoUndefinedFeature();

    private CargoUndefinedFeature() {
        super("cargo/undefined-feature", Severity.ERROR,
                "a feature names something that is neither a feature nor an optional dependency",
                """
                cargo refuses the whole manifest ("feature `x` includes `y` which is neither a dependency
                nor another feature"), so the crate and everything that needs it cannot be built. Often
                a distro patch removed a dependency but not the features naming it. Example:
                `serde = ["dep:serde", "uuid/serde"]` after `uuid` was patched out.""",
                "Remove the entry from the feature, or restore the dependency it names.");
    }
}
