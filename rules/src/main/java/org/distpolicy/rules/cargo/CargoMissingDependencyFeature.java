package org.distpolicy.rules.cargo;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code cargo/missing-dependency-feature}: versions match, but none of them defines the required feature. Found by the archive-wide resolution ({@link org.distpolicy.cargo.resolve}). */
public final class CargoMissingDependencyFeature extends Rule {
    public static final CargoMissingDependencyFeature INSTANCE = new CargoMissingDependencyFeature();

    private CargoMissingDependencyFeature() {
        super("cargo/missing-dependency-feature", Severity.ERROR,
                "versions match, but none of them defines the required feature",
                """
                The dependency is there in a matching version but without the feature asked for, often
                because the distro patched the feature out. Example: `tokio = { version = "1",
                features = ["io-uring"] }` against a tokio without io-uring.""",
                "Package the feature (restore it in the dependency), or stop requiring it.");
    }
}
