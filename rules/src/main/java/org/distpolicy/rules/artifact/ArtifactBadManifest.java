package org.distpolicy.rules.artifact;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code artifact/bad-manifest}: Cargo.toml or go.mod missing or unparseable. */
public final class ArtifactBadManifest extends Rule {
    public static final ArtifactBadManifest INSTANCE = new ArtifactBadManifest();

    private ArtifactBadManifest() {
        super("artifact/bad-manifest", Severity.ERROR,
                "Cargo.toml or go.mod missing or unparseable",
                """
                Without a readable manifest neither cargo nor cmd/go can build the package, and no other
                rule can judge it. Example: Cargo.toml with an unterminated string, invalid UTF-8,
                a go.mod with an unknown directive. The message gives file, line and column.""",
                "Fix the manifest at the given line, or re-generate it with cargo package or go mod tidy.");
    }
}
