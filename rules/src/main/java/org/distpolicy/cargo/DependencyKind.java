package org.distpolicy.cargo;

/** Which dependency table a dependency came from; cargo builds each kind in a different context. */
public enum DependencyKind {
    /** {@code [dependencies]}: linked into the crate itself. */
    NORMAL,
    /** {@code [build-dependencies]}: only used by the build script, built for the host. */
    BUILD,
    /** {@code [dev-dependencies]}: only tests, examples and benches; ignored by dependents. */
    DEV
}
