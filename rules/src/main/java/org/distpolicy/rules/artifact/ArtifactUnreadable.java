package org.distpolicy.rules.artifact;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code artifact/unreadable}: archive file cannot be opened: corrupt gzip or zip, truncated tar, not an archive. */
public final class ArtifactUnreadable extends Rule {
    public static final ArtifactUnreadable INSTANCE = new ArtifactUnreadable();

    private ArtifactUnreadable() {
        super("artifact/unreadable", Severity.ERROR,
                "archive file cannot be opened: corrupt gzip or zip, truncated tar, not an archive",
                """
                A package that cannot be unpacked cannot be built or checked. Example: a .crate whose
                gzip trailer is corrupt after an interrupted mirror sync, or an HTML error page saved
                as foo-1.0.0.crate.""",
                "Re-fetch the artifact from its source and compare its checksum with the registry's.");
    }
}
