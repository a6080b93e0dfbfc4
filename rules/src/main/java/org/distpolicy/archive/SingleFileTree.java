package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;

/** A tree of one file: a proxy's .mod, a stray file, read through the same checks as any package. */
public final class SingleFileTree implements PackageTree {
    private final String name;
    private final long size;
    private final InputStream content;

    public SingleFileTree(String name, long size, InputStream content) {
        this.name = name;
        this.size = size;
        this.content = content;
    }

    @Override
    public void read(EntryVisitor visitor) throws IOException, ArtifactProblem {
        visitor.visit(TreeEntry.file(name, size), content);
    }
}
