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
    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

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
            Path listed = pending.pop();
            // Two passes over the directory instead of holding its entries: a flat directory of a
            // hundred thousand .crate files costs no memory. The first finds the subdirectories and
            // the package markers, which go first; the second tells the other files as they come.
            // What the walk holds is the subdirectories still to walk.
            List<Path> subdirectories = new ArrayList<>();
            List<Path> markers = new ArrayList<>();
            int entries = 0;
            try (DirectoryStream<Path> children = Files.newDirectoryStream(listed)) {
                for (Path child : children) {
                    entries++;
                    if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                        subdirectories.add(child);
                    } else if (ArchiveLayout.isPackageMarker(child.getFileName().toString())) {
                        markers.add(child);
                    }
                }
            }
            markers.sort(BY_NAME);
            for (Path marker : markers) {
                accept(rootPath, marker, Files.readAttributes(marker, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), consumer);
            }
            if (entries > subdirectories.size() + markers.size()) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(listed)) {
                    for (Path child : children) {
                        BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                        if (!attributes.isDirectory() && !ArchiveLayout.isPackageMarker(child.getFileName().toString())) {
                            accept(rootPath, child, attributes, consumer);
                        }
                    }
                }
            }
            // By name, so subdirectories pop in walk order.
            subdirectories.sort(BY_NAME.reversed());
            subdirectories.forEach(pending::push);
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
