package org.distpolicy.rules.copy;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code copy/packaged-code}: a package carries files identical to those of another archived package. */
public final class CopyPackagedCode extends Rule {
    public static final CopyPackagedCode INSTANCE = new CopyPackagedCode();

    private CopyPackagedCode() {
        super("copy/packaged-code", Severity.ERROR,
                "files identical to another archived package's: names which package and version was copied",
                """
                A bundled copy of code the archive already packages misses every security fix the
                packaged one gets. Found by joining file contents (sha256) across the whole archive,
                in any ecosystem, and kept only where the copy sits below a directory of the
                bundling package exactly as the files sit in the original. Example: a Go tree
                shipping vendor/golang.org/x/sys/unix/*.go identical to the archived
                golang.org/x/sys.""",
                "Drop the copy and depend on the packaged one (Go: remove vendor/; Rust: the -sys crate's system feature).");
    }
}
