package org.distpolicy.rules.go;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code go/go-version-too-new}: the go or toolchain directive needs a newer Go than the distro ships. */
public final class GoVersionTooNew extends Rule {
    public static final GoVersionTooNew INSTANCE = new GoVersionTooNew();

    private GoVersionTooNew() {
        super("go/go-version-too-new", Severity.ERROR,
                "go or toolchain directive newer than the distro's Go",
                """
                Since Go 1.21 the go line is a minimum: with GOTOOLCHAIN=local (no downloads) an
                older go refuses the module, and every package of it breaks. A toolchain line
                alone only asks for a newer toolchain; it is reported at warning. Example:
                `go 1.23.0` while the distro ships Go 1.22.""",
                "Update the distro's Go, or package an older release of the module whose go line the distro meets.");
    }
}
