package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;

/** A package's entries read once, streaming, in container order: a tar, a zip or a directory. */
public interface PackageTree {
    void read(EntryVisitor visitor) throws IOException, ArtifactProblem;

    @FunctionalInterface
    interface EntryVisitor {
        /** {@code content} is valid during the call only, and empty for anything but files. */
        void visit(TreeEntry entry, InputStream content) throws IOException, ArtifactProblem;
    }
}
