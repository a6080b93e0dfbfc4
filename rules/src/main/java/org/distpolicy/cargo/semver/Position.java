package org.distpolicy.cargo.semver;

/** The part of a version or requirement being read when parsing failed, as the crate names it. */
enum Position {
    MAJOR("major version number"),
    MINOR("minor version number"),
    PATCH("patch version number"),
    PRE("pre-release identifier"),
    BUILD("build metadata");

    private final String description;

    Position(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return description;
    }
}
