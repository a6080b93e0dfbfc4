package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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
    /** Files of one directory whose attributes the walk's first pass keeps; a directory with more is read twice. */
    static final int HELD_PER_DIRECTORY = 4096;

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
            // One pass finds the subdirectories and the package markers, which go first, and holds the other
            // files' attributes up to a bound; a directory with more (a flat directory of a hundred thousand
            // .crate files) gets a second pass that tells them as they come, so the walk's memory stays bounded.
            // What the walk holds beyond one directory is the subdirectories still to walk.
            List<Path> subdirectories = new ArrayList<>();
            List<Listed> markers = new ArrayList<>();
            List<Listed> others = new ArrayList<>();
            boolean tooMany = false;
            try (DirectoryStream<Path> children = Files.newDirectoryStream(listed)) {
                for (Path child : children) {
                    BasicFileAttributes attributes = attributesOf(child);
                    if (attributes == null) {
                        continue;
                    }
                    if (attributes.isDirectory()) {
                        subdirectories.add(child);
                    } else if (ArchiveLayout.isPackageMarker(child.getFileName().toString())) {
                        markers.add(new Listed(child, attributes));
                    } else if (!tooMany && others.size() < HELD_PER_DIRECTORY) {
                        others.add(new Listed(child, attributes));
                    } else {
                        tooMany = true;
                        others.clear();
                    }
                }
            }
            markers.sort(Comparator.comparing(Listed::path, BY_NAME));
            for (Listed marker : markers) {
                accept(rootPath, marker.path(), marker.attributes(), consumer);
            }
            if (tooMany) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(listed)) {
                    for (Path child : children) {
                        BasicFileAttributes attributes = attributesOf(child);
                        if (attributes != null && !attributes.isDirectory() && !ArchiveLayout.isPackageMarker(child.getFileName().toString())) {
                            accept(rootPath, child, attributes, consumer);
                        }
                    }
                }
            } else {
                for (Listed other : others) {
                    accept(rootPath, other.path(), other.attributes(), consumer);
                }
            }
            // By name, so subdirectories pop in walk order.
            subdirectories.sort(BY_NAME.reversed());
            subdirectories.forEach(pending::push);
        }
    }

    private record Listed(Path path, BasicFileAttributes attributes) {
    }

    /** The entry's own attributes (a link's, not its target's); null when it is gone since the directory was read. */
    private static BasicFileAttributes attributesOf(Path child) throws IOException {
        try {
            return Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
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
