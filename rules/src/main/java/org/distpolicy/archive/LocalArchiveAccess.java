package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * {@link ArchiveAccess} over a directory of the local filesystem (or one every executor mounts
 * at the same path). java.nio lists links as links and reads attributes without forking, which
 * Hadoop's local filesystem does neither of.
 */
public final class LocalArchiveAccess implements ArchiveAccess {
    private final String root;

    public LocalArchiveAccess(Path root) {
        this.root = root.toAbsolutePath().toString();
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public String linkTarget(String path) throws IOException {
        Path p = resolve(path);
        return Files.isSymbolicLink(p) ? Files.readSymbolicLink(p).toString() : null;
    }

    @Override
    public void forEachFile(String directory, FileConsumer consumer) throws IOException {
        Path rootPath = Path.of(root);
        Path start = resolve(directory);
        BasicFileAttributes startAttributes = Files.readAttributes(start, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!startAttributes.isDirectory()) {
            accept(rootPath, start, startAttributes, consumer);
            return;
        }
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(pending.pop())) {
                entries.forEach(children::add);
            }
            // By name, so subdirectories pop in walk order; every file goes before any subdirectory's.
            children.sort(Comparator.comparing(p -> p.getFileName().toString()));
            List<Path> subdirectories = new ArrayList<>();
            for (Path child : children) {
                BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    subdirectories.add(child);
                } else {
                    accept(rootPath, child, attributes, consumer);
                }
            }
            for (int i = subdirectories.size() - 1; i >= 0; i--) {
                pending.push(subdirectories.get(i));
            }
        }
    }

    private static void accept(Path rootPath, Path p, BasicFileAttributes attributes, FileConsumer consumer) throws IOException {
        if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
            String relative = rootPath.relativize(p).toString().replace('\\', '/');
            consumer.accept(new ListedFile(relative, attributes.isSymbolicLink() ? 0 : attributes.size(), attributes.isSymbolicLink(),
                    attributes.lastModifiedTime().toMillis()));
        }
    }

    private Path resolve(String path) {
        return path.isEmpty() ? Path.of(root) : Path.of(root, path);
    }
}
