package org.distpolicy.archive;

import org.distpolicy.rules.Ecosystem;

/** What an artifact of the archive is; reports carry the label. */
public enum ArtifactKind {
    /** A {@code .crate} file: gzip tar with {@code name-version/Cargo.toml}. */
    CRATE("crate", Ecosystem.CARGO),
    /** An unpacked crate: a cargo directory source entry, Debian's {@code /usr/share/cargo/registry/<name>-<version>/}. */
    CRATE_DIR("crate-dir", Ecosystem.CARGO),
    /** A module version in the Go module proxy layout: {@code <module>/@v/<version>.zip} with its .mod and .info. */
    GO_MODULE_ZIP("go-module-zip", Ecosystem.GO),
    /** A proxy {@code <version>.mod} without a zip: the module's go.mod only, as proxies serve for the module graph. */
    GO_MODULE_MOD("go-module-mod", Ecosystem.GO),
    /** A Go source tree: a directory with go.mod, or a GOPATH-style tree such as Debian's /usr/share/gocode/src. */
    GO_SOURCE_TREE("go-source-tree", Ecosystem.GO),
    /**
     * A symbolic link outside any package, such as Debian's compatibility import paths
     * (code.google.com/p/go.net → golang.org/x/net). Never followed: what it points to is
     * either in the archive already or not part of it.
     */
    LINK("link", null),
    /** A file that belongs to no package. */
    UNRECOGNIZED("unrecognized", null);

    private final String label;
    private final Ecosystem ecosystem;

    ArtifactKind(String label, Ecosystem ecosystem) {
        this.label = label;
        this.ecosystem = ecosystem;
    }

    public String label() {
        return label;
    }

    /** Null for {@link #UNRECOGNIZED}. */
    public Ecosystem ecosystem() {
        return ecosystem;
    }

    public boolean isDirectory() {
        return this == CRATE_DIR || this == GO_SOURCE_TREE;
    }
}
