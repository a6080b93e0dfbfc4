package org.distpolicy.rules.cargo;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code cargo/missing-crate}: a required crate has no version in the archive. Found by the archive-wide resolution ({@link org.distpolicy.cargo.resolve}). */
public final class CargoMissingCrate extends Rule {
    public static final CargoMissingCrate INSTANCE = new CargoMissingCrate();

    private CargoMissingCrate() {
        super("cargo/missing-crate", Severity.ERROR,
                "a required crate has no version in the archive",
                """
                The capability cannot be installed: nothing provides crate(x). Example: uuid's feature
                macro-diagnostics needs uuid-macro-internal, which is not packaged.""",
                "Package the crate, or patch the dependency (or the feature needing it) out of the manifest.");
    }
}
