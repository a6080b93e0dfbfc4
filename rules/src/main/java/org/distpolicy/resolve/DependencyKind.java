package org.distpolicy.resolve;

/** In which context a requirement is needed; only normal and build requirements break their owner. */
public enum DependencyKind {
    /** Cargo {@code [dependencies]}, a Go import of a non-test file: linked into the package itself. */
    NORMAL,
    /** Cargo {@code [build-dependencies]}: only used by the build script, built for the host. */
    BUILD,
    /** Cargo {@code [dev-dependencies]}, a Go import of a {@code _test.go} file: tests only, ignored by dependents. */
    DEV,
    /**
     * A go.mod requirement: judged and reported, but what a build needs is what its packages
     * import (those requirements carry the go.mod's versions), so it breaks nothing by itself.
     */
    DECLARED
}
