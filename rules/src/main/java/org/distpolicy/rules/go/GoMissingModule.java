package org.distpolicy.rules.go;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code go/missing-module}: a module go.mod requires has no version in the archive. Found by the archive-wide resolution. */
public final class GoMissingModule extends Rule {
    public static final GoMissingModule INSTANCE = new GoMissingModule();

    private GoMissingModule() {
        super("go/missing-module", Severity.ERROR,
                "a required module has no version in the archive",
                """
                In module mode cmd/go needs the go.mod of every module in the build list, so a
                module the archive lacks fails the offline build even before compiling. Example:
                go.mod says `require github.com/spf13/pflag v1.0.5` and no tree provides
                gomod(github.com/spf13/pflag).""",
                "Package the module, or drop the requirement (and the code needing it) in the distro patch.");
    }
}
