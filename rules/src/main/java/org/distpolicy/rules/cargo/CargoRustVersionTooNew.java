package org.distpolicy.rules.cargo;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code cargo/rust-version-too-new}: rust-version (or edition) needs a newer rustc than the distro ships. Found by the archive-wide resolution ({@link org.distpolicy.cargo.resolve}). */
public final class CargoRustVersionTooNew extends Rule {
    public static final CargoRustVersionTooNew INSTANCE = new CargoRustVersionTooNew();

    private CargoRustVersionTooNew() {
        super("cargo/rust-version-too-new", Severity.ERROR,
                "rust-version (or edition) needs a newer rustc than the distro ships",
                """
                cargo refuses to build a crate whose rust-version is newer than the compiler (and an
                edition newer than the compiler knows). Example: rust-version = "1.80" with a distro
                rustc 1.75.""",
                "Package an older version of the crate that supports the distro's rustc, or update rustc.");
    }
}
