package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;

/** An unpacked package: a directory of the archive, listed and read file by file, in path order. */
public final class DirectoryTree implements PackageTree {
    private final ArchiveAccess access;
    private final String directory;

    public DirectoryTree(ArchiveAccess access, String directory) {
        this.access = access;
        this.directory = directory;
    }

    @Override
    public void read(EntryVisitor visitor) throws IOException, ArtifactProblem {
        List<ListedFile> files = access.listFiles(directory);
        files = files.stream().sorted(Comparator.comparing(ListedFile::path)).toList();
        int prefix = directory.isEmpty() ? 0 : directory.length() + 1;
        for (ListedFile file : files) {
            String name = file.path().substring(prefix);
            if (file.symlink()) {
                visitor.visit(new TreeEntry(name, EntryType.SYMLINK, 0, access.linkTarget(file.path())), InputStream.nullInputStream());
            } else {
                try (InputStream content = access.open(file.path())) {
                    visitor.visit(TreeEntry.file(name, file.size()), content);
                }
            }
        }
    }
}
