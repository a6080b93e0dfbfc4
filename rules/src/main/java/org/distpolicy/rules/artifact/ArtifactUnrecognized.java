package org.distpolicy.rules.artifact;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code artifact/unrecognized}: a file in the archive that is neither a crate nor a Go module. */
public final class ArtifactUnrecognized extends Rule {
    public static final ArtifactUnrecognized INSTANCE = new ArtifactUnrecognized();

    private ArtifactUnrecognized() {
        super("artifact/unrecognized", Severity.INFO,
                "a file in the archive that is neither a crate nor a Go module",
                """
                Stray files are often leftovers of a broken upload or of tooling, and nothing checks
                them. Example: a README.txt at the archive root, a .tar.gz that is not a .crate.""",
                "Remove the file from the archive, or give it the layout of a crate or Go module.");
    }
}
