package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An unpacked package: a directory of the archive, listed and read file by file, in path order.
 * A Go tree leaves out the Go modules nested in it, which are artifacts of their own.
 */
public final class DirectoryTree implements PackageTree {
    private final ArchiveAccess access;
    private final String directory;
    private final boolean goTree;

    public DirectoryTree(ArchiveAccess access, String directory, boolean goTree) {
        this.access = access;
        this.directory = directory;
        this.goTree = goTree;
    }

    @Override
    public void read(EntryVisitor visitor) throws IOException, ArtifactProblem {
        List<ListedFile> files = access.listFiles(directory);
        files = files.stream().sorted(Comparator.comparing(ListedFile::path)).toList();
        int prefix = directory.isEmpty() ? 0 : directory.length() + 1;
        List<String> nestedModules = goTree ? nestedGoModules(files, prefix) : List.of();
        for (ListedFile file : files) {
            String name = file.path().substring(prefix);
            if (nestedModules.stream().anyMatch(nested -> name.startsWith(nested))) {
                continue;
            }
            if (file.symlink()) {
                visitor.visit(new TreeEntry(name, EntryType.SYMLINK, 0, access.linkTarget(file.path())), InputStream.nullInputStream());
            } else {
                try (InputStream content = access.open(file.path())) {
                    visitor.visit(TreeEntry.file(name, file.size()), content);
                }
            }
        }
    }

    /** "sub/v2/" for each nested module directory, as {@link ArchiveLayout#isNestedGoModule} decides. */
    private static List<String> nestedGoModules(List<ListedFile> files, int prefix) {
        List<String> nested = new ArrayList<>();
        for (ListedFile file : files) {
            String name = file.path().substring(prefix);
            int slash = name.lastIndexOf('/');
            if (!file.symlink() && slash > 0 && name.substring(slash + 1).equals("go.mod")
                    && ArchiveLayout.isNestedGoModule(name.substring(0, slash))) {
                nested.add(name.substring(0, slash + 1));
            }
        }
        return nested;
    }
}
