package org.distpolicy.archive;

/** Whether a package reader keeps a file's content, and what a file over the manifest size limit means. */
public enum Capture {
    /** Only hashed. */
    SKIP,
    /** A manifest the package cannot be understood without: over the limit, the artifact fails. */
    REQUIRED,
    /**
     * A manifest the package does not depend on (a nested Cargo.toml): kept while it fits, and all
     * such files of one package share one limit's worth of memory; past it the file is only hashed
     * and listed in {@link PackageContent#uncaptured()}, so a hostile one costs no more than that.
     */
    IF_WITHIN_LIMIT
}
