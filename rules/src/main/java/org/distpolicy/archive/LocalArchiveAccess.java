package org.distpolicy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.stream.Stream;

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
        try (Stream<Path> walk = Files.walk(resolve(directory))) {
            Iterator<Path> paths = walk.iterator();
            while (paths.hasNext()) {
                Path p = paths.next();
                BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
                    String relative = rootPath.relativize(p).toString().replace('\\', '/');
                    consumer.accept(new ListedFile(relative, attributes.isSymbolicLink() ? 0 : attributes.size(), attributes.isSymbolicLink(),
                            attributes.lastModifiedTime().toMillis()));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Path resolve(String path) {
        return path.isEmpty() ? Path.of(root) : Path.of(root, path);
    }
}
