package org.distpolicy.rules.archive;

import org.distpolicy.rules.Rule;
import org.distpolicy.rules.Severity;

/** {@code archive/unused-compat-version}: an older semver line of a crate that nothing in the archive requires any more. */
public final class ArchiveUnusedCompatVersion extends Rule {
    public static final ArchiveUnusedCompatVersion INSTANCE = new ArchiveUnusedCompatVersion();

    private ArchiveUnusedCompatVersion() {
        super("archive/unused-compat-version", Severity.INFO,
                "an older semver line of a crate that nothing in the archive requires any more",
                """
                Distros keep compatibility packages for old semver lines (rust-nom-5 beside rust-nom-7)
                only as long as something builds against them; each costs a rebuild in every mass
                rebuild and a security update when the line has a hole. Example: once the last crate
                needing `nom = "5"` moved to nom 7, nom 5.1.3 is required by no other package (not
                even by its tests) and can be retired. The newest line of a crate is never reported.""",
                "Remove the old line's package(s) from the archive, after a gate run confirms nothing breaks.");
    }
}
