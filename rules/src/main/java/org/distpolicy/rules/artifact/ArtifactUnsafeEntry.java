package org.distpolicy.rules.artifact;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code artifact/unsafe-entry}: entry with an absolute path, a .. component, or a link pointing outside the package. */
public final class ArtifactUnsafeEntry extends Rule {
    public static final ArtifactUnsafeEntry INSTANCE = new ArtifactUnsafeEntry();

    private ArtifactUnsafeEntry() {
        super("artifact/unsafe-entry", Severity.ERROR,
                "entry with an absolute path, a .. component, or a link pointing outside the package",
                """
                Unpacking such an entry writes or reads outside the package directory (path traversal),
                the classic tar-slip attack on build machines. distpolicy never extracts it. Example:
                an entry named foo-1.0.0/../../etc/cron.d/x, or a symlink src/lib.rs -> /etc/passwd.""",
                "Rebuild the artifact from clean sources with cargo package or go mod download; never ship it as is.");
    }
}
