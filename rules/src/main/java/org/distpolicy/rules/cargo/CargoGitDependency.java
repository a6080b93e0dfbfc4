package org.distpolicy.rules.cargo;

import org.distpolicy.cargo.CargoDependency;

/** {@code cargo/git-dependency}: a dependency with {@code git}. */
public final class CargoGitDependency extends SourceDependencyRule {
    public static final CargoGitDependency INSTANCE = new CargoGitDependency();

    private CargoGitDependency() {
        super("cargo/git-dependency", "git",
                "dependency with git",
                """
                A distro build has no network and takes every crate from its own archive; a git
                dependency is a moving, unreviewed snapshot nothing in the archive provides.
                Example: `tokio-util = { git = "https://github.com/tokio-rs/tokio", branch = "master" }`.""",
                "Depend on a released version that the archive packages, or patch the dependency out.");
    }

    @Override
    String source(CargoDependency dependency) {
        return dependency.git();
    }
}
