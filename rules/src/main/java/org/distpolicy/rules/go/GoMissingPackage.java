package org.distpolicy.rules.go;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code go/missing-package}: an import that no archived module nor the standard library provides. */
public final class GoMissingPackage extends Rule {
    public static final GoMissingPackage INSTANCE = new GoMissingPackage();

    private GoMissingPackage() {
        super("go/missing-package", Severity.ERROR,
                "a .go file built for the distro's targets imports a package nothing in the archive provides",
                """
                The compiler needs every imported package; one that no archived module provides
                (for the distro's GOOS/GOARCH, after build constraints) or that the distro's Go
                standard library does not have yet fails the build. Imports of test files only
                break %check and are reported at warning. Example: cmd/tool/main.go imports
                github.com/mattn/go-isatty, which is not packaged.""",
                "Package the module providing it, or patch the import out; for a standard package, build with a newer Go.");
    }
}
