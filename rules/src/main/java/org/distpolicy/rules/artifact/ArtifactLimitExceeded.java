package org.distpolicy.rules.artifact;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code artifact/limit-exceeded}: decompressed size, entry count or compression ratio over the configured limits. */
public final class ArtifactLimitExceeded extends Rule {
    public static final ArtifactLimitExceeded INSTANCE = new ArtifactLimitExceeded();

    private ArtifactLimitExceeded() {
        super("artifact/limit-exceeded", Severity.ERROR,
                "decompressed size, entry count or compression ratio over the configured limits",
                """
                Decompression bombs exhaust disks and memory of build machines. Example: a 40 KiB
                .crate that unpacks to 4 GiB of zeros. The limits are set in the policy file.""",
                "Check whether the artifact is legitimate; raise the limit in the policy file only for a known large package.");
    }
}
