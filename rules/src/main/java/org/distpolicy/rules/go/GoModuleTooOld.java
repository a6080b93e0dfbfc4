package org.distpolicy.rules.go;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code go/module-too-old}: every archived version of a required module is older than the requirement. */
public final class GoModuleTooOld extends Rule {
    public static final GoModuleTooOld INSTANCE = new GoModuleTooOld();

    private GoModuleTooOld() {
        super("go/module-too-old", Severity.ERROR,
                "every archived version of a required module is older than the required one",
                """
                Minimal version selection builds with at least the version go.mod requires; an
                older copy may lack the API the module uses. Only the same major path counts
                (example.com/m/v2 is another module than example.com/m). Example: go.mod requires
                golang.org/x/sys v0.15.0, the archive has v0.10.0 only.""",
                "Update the archived module to at least the required version, or lower the requirement if the code allows it.");
    }
}
